import type { Html } from 'mdast'
import type { Block } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { positionOf } from '../position.js'
import { sourceOf, type State } from '../state.js'

/** Raw HTML is never passed through: it is shown as its source text, with a warning. */
export function html(node: Html, state: State): Block[] {
  const position = positionOf(node)
  report(state.file, 'raw-html', undefined, position)
  return [{ type: 'paragraph', children: [{ type: 'text', value: sourceOf(state, node), position }], position }]
}
