import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Blockquote } from '../../../model/index.js'
import type { TextState } from './types.js'

/** A blockquote: its blocks indented by one list indent, italic and muted (theme CSS). */
export function blockquote(node: Blockquote, state: TextState): ElementContent[] {
  const inner: TextState = { ...state, face: { ...state.face, style: 'italic' } }
  return [h('blockquote', state.all(node.children, inner))]
}
