import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { List, ListItem } from '../../../model/index.js'
import { useFont } from '../context.js'
import type { TextState } from './types.js'

/** Bullets by level, repeating: the rendering agreement both outputs follow. */
const BULLETS = ['•', '–', '◦'] as const

/**
 * A list as `<ul>` or `<ol start>`. Markers are drawn by theme CSS from the
 * item's class (`bullet-N`, `number`, `task-*`), hanging in the indent
 * before the text. Items become reveal.js fragments when the list (or else
 * the deck) is incremental.
 */
export function list(node: List, state: TextState): ElementContent[] {
  const incremental = state.ctx.fragments && (node.incremental ?? state.ctx.incremental)
  const marker = node.ordered ? 'number' : `bullet-${state.level % BULLETS.length}`
  // Markers are drawn upright in the regular body face (see theme CSS).
  const markerFace = { role: 'body', weight: 400, style: 'normal' } as const
  useFont(state.ctx.fonts, markerFace, node.ordered ? '0123456789.' : BULLETS.join(''))
  const inner: TextState = { ...state, level: state.level + 1 }
  const items = node.children.map((item) => listItem(item, marker, incremental, inner))
  return node.ordered ? [h('ol', { start: node.start }, items)] : [h('ul', items)]
}

function listItem(item: ListItem, marker: string, incremental: boolean, state: TextState): ElementContent {
  const classes = [item.checked === null ? marker : item.checked ? 'task-done' : 'task-open']
  if (incremental) classes.push('fragment')
  return h('li', { className: classes }, state.all(item.children, state))
}
