import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Paragraph } from '../../../model/index.js'
import { inlinesToHast } from '../inline.js'
import type { TextState } from './types.js'

/** A paragraph as `<p>`; its space after comes from the frame's CSS. */
export function paragraph(node: Paragraph, state: TextState): ElementContent[] {
  return [h('p', inlinesToHast(node.children, state.face, state.ctx.fonts))]
}
