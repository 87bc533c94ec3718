import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { BULLETS, listItemMarker, type ListMarker } from '../../../layout/list-marker.js'
import type { List, ListItem } from '../../../model/index.js'
import { useFont } from '../context.js'
import { lineHeightStyle } from './paragraph.js'
import type { TextState } from './types.js'

/**
 * A list as `<ul>` or `<ol start>`. Each item's marker is the layout's
 * (`listItemMarker`): bullets and task boxes are written in `data-marker`
 * and drawn by theme CSS, numbers are counted by the `<ol>`; all hang in the
 * indent before the text. The item's class (`bullet-N`, `number`, `task-*`)
 * picks the marker's font. An item the layout gave a click (`ListItem.step`,
 * an incremental list's) is a reveal.js fragment at that index, in its
 * fragment style (`ListItem.fragment`) if it has one.
 */
export function list(node: List, state: TextState): ElementContent[] {
  // Markers are drawn upright in the regular body face (see theme CSS); task boxes in a symbol font.
  const markerFace = { role: 'body', weight: 400, style: 'normal' } as const
  const bullets = state.ctx.theme.bullets ?? BULLETS
  useFont(state.ctx.fonts, markerFace, node.ordered ? '0123456789.' : bullets.join(''))
  const inner: TextState = { ...state, level: state.level + 1 }
  const items = node.children.map((item, index) =>
    listItem(item, listItemMarker(node, item, index, state.level, bullets), inner),
  )
  return node.ordered ? [h('ol', { start: node.start }, items)] : [h('ul', items)]
}

function listItem(item: ListItem, marker: ListMarker, state: TextState): ElementContent {
  const classes = [markerClass(marker)]
  const drawn = marker.type === 'number' ? {} : { dataMarker: marker.char }
  // Explicit indices: reveal.js would otherwise show unindexed fragments after every indexed one (a pause's).
  const step = state.ctx.fragments ? item.step : undefined
  if (step !== undefined) classes.push('fragment')
  const style = item.fragment?.style ?? null
  if (step !== undefined && style !== null) classes.push(style)
  // The marker (`li::before`) takes the item's line height: its first paragraph's, so it sits on that line's baseline.
  const first = item.children.find((child) => child.type === 'paragraph')
  const line = lineHeightStyle(first?.children ?? [], state)
  return h('li', { className: classes, ...drawn, ...line, ...(step === undefined ? {} : { dataFragmentIndex: step }) }, state.all(item.children, state))
}

function markerClass(marker: ListMarker): string {
  switch (marker.type) {
    case 'bullet':
      return `bullet-${marker.level}`
    case 'task':
      return marker.checked ? 'task-done' : 'task-open'
    case 'number':
      return 'number'
  }
}
