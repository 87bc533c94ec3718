import type { Html } from 'mdast'
import type { Block } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { positionOf } from '../position.js'
import { sourceOf, type State } from '../state.js'

/** Only a comment, `<!-- … -->`, with nothing else around it. */
export function isComment(value: string): boolean {
  return /^<!--[\s\S]*?-->$/.test(value.trim()) && !value.trim().slice(4, -3).includes('-->')
}

/**
 * Raw HTML is never passed through: it is shown as its source text, with a
 * warning. An HTML comment is the author's remark and is not shown, with a warning.
 */
export function html(node: Html, state: State): Block[] {
  const position = positionOf(node)
  if (isComment(node.value)) {
    report(state.file, 'html-comment', undefined, position)
    return []
  }
  report(state.file, 'raw-html', undefined, position)
  return [{ type: 'paragraph', children: [{ type: 'text', value: sourceOf(state, node), position }], position }]
}
