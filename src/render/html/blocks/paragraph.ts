import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Inline, Paragraph } from '../../../model/index.js'
import { inlinesToHast } from '../inline.js'
import { px } from '../units.js'
import type { TextState } from './types.js'

/** A paragraph as `<p>`; its space after comes from the frame's CSS, its line height from the frame (or `lineHeightStyle`). */
export function paragraph(node: Paragraph, state: TextState): ElementContent[] {
  return [h('p', lineHeightStyle(node.children, state), inlinesToHast(node.children, state.face, state.ctx.fonts))]
}

/**
 * In a frame with formulas, an element's own `line-height` (the
 * layout's for `inlines`), so a paragraph with a tall formula gets the
 * taller lines the layout gave it and nothing inherits them; `{}` elsewhere.
 */
export function lineHeightStyle(inlines: readonly Inline[], state: TextState): { style?: string } {
  return state.lineHeightOf === undefined ? {} : { style: `line-height:${px(state.lineHeightOf(inlines))}` }
}
