import type { Blockquote, DefinitionList, List, Paragraph } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { ThemeFaces } from './context.js'
import { mathLineMetrics, paragraphLineHeight } from './math-lines.js'
import { linesOf } from './placed-text.js'
import type { BaseStyle, TextFonts } from './runs.js'

/** A text block a text frame holds. */
export type TextBlock = Paragraph | List | Blockquote | DefinitionList

/** The text metrics of one size, as the renderers will apply them. */
export interface TextMetrics {
  fontSize: number
  lineHeight: number
  paragraphSpacing: number
  listIndent: number
}

/** Line height, paragraph spacing and list indent of body text at `size` pt. */
export function textMetrics(theme: Theme, size: number): TextMetrics {
  return {
    fontSize: size,
    lineHeight: size * theme.lineSpacing,
    paragraphSpacing: size * theme.paragraphSpacing,
    listIndent: theme.listIndent,
  }
}

interface Walk {
  fonts: TextFonts
  metrics: TextMetrics
  width: number
  /** The frame's `baselineDrop`: set when a paragraph holds a formula. */
  baselineDrop: number | undefined
}

/**
 * The height of text blocks in one frame `width` pt wide: every paragraph
 * and list item takes its lines × line height plus the paragraph spacing
 * after it (the last one's too, as both renderers draw it). A list item at
 * level L wraps in `width − (L+1) × listIndent`; a quotation in
 * `width − listIndent`, in italic; a definition list's term at the
 * frame's width in bold, its definitions in `width − listIndent`. A
 * paragraph whose formulas reach out of its lines gets taller lines
 * (`paragraphLineHeight`).
 */
export function textBlocksHeight(blocks: readonly TextBlock[], faces: ThemeFaces, metrics: TextMetrics, width: number): number {
  const { baselineDrop } = mathLineMetrics(blocks, faces.body.regular)
  const walk: Walk = { fonts: { text: faces.body, mono: faces.mono }, metrics, width, baselineDrop }
  return blocks.reduce((sum, block) => sum + blockHeight(block, walk, 0, { bold: false, italic: false }), 0)
}

function blockHeight(block: TextBlock, walk: Walk, indent: number, base: BaseStyle): number {
  switch (block.type) {
    case 'paragraph':
      return paragraphHeight(block, walk, indent, base, 0)
    case 'blockquote':
      return block.children.reduce(
        (sum, child) => sum + blockHeight(child, walk, indent + walk.metrics.listIndent, { bold: base.bold, italic: true }),
        0,
      )
    case 'list':
      return listHeight(block, walk, indent, base)
    case 'definitionList':
      return definitionListHeight(block, walk, indent, base)
  }
}

function listHeight(list: List, walk: Walk, indent: number, base: BaseStyle): number {
  const textIndent = indent + walk.metrics.listIndent
  let sum = 0
  for (const item of list.children) {
    // An item with no text still draws its bullet on one line.
    if (!item.children.some((child) => child.type === 'paragraph')) sum += oneLine(walk)
    for (const child of item.children) {
      sum += child.type === 'paragraph' ? paragraphHeight(child, walk, textIndent, base, 1) : listHeight(child, walk, textIndent, base)
    }
  }
  return sum
}

/** A term in bold at the frame's indent, each definition's blocks one list indent in. */
function definitionListHeight(list: DefinitionList, walk: Walk, indent: number, base: BaseStyle): number {
  let sum = 0
  for (const item of list.children) {
    sum += paragraphHeight({ type: 'paragraph', children: item.term, position: item.position }, walk, indent, { bold: true, italic: base.italic }, 1)
    for (const definition of item.definitions) {
      for (const child of definition) sum += blockHeight(child, walk, indent + walk.metrics.listIndent, base)
    }
  }
  return sum
}

function paragraphHeight(paragraph: Paragraph, walk: Walk, indent: number, base: BaseStyle, minLines: number): number {
  const { fontSize, lineHeight, paragraphSpacing } = walk.metrics
  const lines = Math.max(minLines, linesOf(paragraph.children, walk.fonts, base, fontSize, Math.max(1, walk.width - indent)))
  return lines * paragraphLineHeight(paragraph.children, fontSize, lineHeight, walk.baselineDrop) + paragraphSpacing
}

function oneLine(walk: Walk): number {
  return walk.metrics.lineHeight + walk.metrics.paragraphSpacing
}
