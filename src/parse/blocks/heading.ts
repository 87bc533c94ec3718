import type { Heading } from 'mdast'
import type { Block, Paragraph } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { inlinesFromMdast } from '../inline.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'

/**
 * A heading inside another block (a list, quote, column or directive): a
 * bold paragraph, with a warning, since only top-level headings start slides.
 */
export function heading(node: Heading, state: State): Block[] {
  report(state.file, 'heading-nested', { depth: node.depth }, positionOf(node))
  return [headingAsParagraph(node, state)]
}

/** A heading's text as a paragraph in bold (the caller reports why). */
export function headingAsParagraph(node: Heading, state: State): Paragraph {
  const position = positionOf(node)
  const children = inlinesFromMdast(node.children, state, { where: 'heading' })
  return { type: 'paragraph', children: [{ type: 'strong', children, position }], position }
}
