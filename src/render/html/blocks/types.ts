import type { ElementContent } from 'hast'
import type { Blockquote, DefinitionList, Inline, List, Paragraph } from '../../../model/index.js'
import type { RenderContext, TextFace } from '../context.js'

/** Blocks drawn inside a text frame (and in speaker notes). */
export type TextBlock = Paragraph | List | Blockquote | DefinitionList

/** State handed down while text blocks become hast. */
export interface TextState {
  ctx: RenderContext
  /** Face of the surrounding text (blockquotes switch to italic). */
  face: TextFace
  /** 0-based nesting level the next list is drawn at. */
  level: number
  /**
   * Set in a text frame whose paragraphs hold formulas (`TextFrame.baselineDrop`):
   * the line height of a paragraph, which may be taller than the frame's
   * (`paragraphLineHeight`), as the layout measured it.
   */
  lineHeightOf?: (inlines: readonly Inline[]) => number
  /** Renders child blocks through the registry (passed in, so handlers never import the registry). */
  all(blocks: readonly TextBlock[], state: TextState): ElementContent[]
}

/** A handler for one text block type. */
export type TextBlockHandler<B extends TextBlock> = (node: B, state: TextState) => ElementContent[]
