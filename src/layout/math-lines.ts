import type { Blockquote, DefinitionList, Inline, List, Paragraph } from '../model/index.js'
import type { LoadedFace } from './font-metrics.js'
import { SCRIPT_SCALE } from './measure.js'

/**
 * How far a superscript's baseline is raised, in em of its own size (the
 * HTML's `sup { top: -0.5em }`; PowerPoint raises by 30 % of the text).
 */
const SUPERSCRIPT_RAISE = 0.5

/**
 * Room kept between a formula and its line's top and bottom, in em: Chromium
 * rounds a font's ascent and descent to whole pixels, which moves the
 * baseline up to half a pixel from where the font's metrics put it.
 */
const EDGE = 0.04

/**
 * The line height a paragraph's lines get so that every formula in them
 * stays inside its line: `lineHeight`, or more when a formula reaches above
 * the line's top or below its bottom. All lines of the paragraph get it
 * (PowerPoint spaces a paragraph's lines evenly), and both renderers apply
 * it: the HTML as the paragraph's `line-height`, the PPTX as its exact
 * line spacing.
 *
 * A line box places the text's baseline `baselineDrop` em below its middle
 * (CSS: half the leading above and below the font's ascent and descent), so
 * a formula `h` em above and `d` em below the baseline fits a line `L` tall
 * when `L/2 + baselineDrop ≥ h` and `L/2 − baselineDrop ≥ d` (in em of the
 * font size), with `EDGE` to spare.
 *
 * @param inlines the paragraph's content
 * @param fontSize its size, in points
 * @param lineHeight the frame's line height, in points
 * @param baselineDrop the frame's `baselineDrop` (see `TextFrame`); without one, no paragraph grows
 * @returns the line height in points, rounded up to 1/100 pt when it grew
 */
export function paragraphLineHeight(inlines: readonly Inline[], fontSize: number, lineHeight: number, baselineDrop: number | undefined): number {
  if (baselineDrop === undefined) return lineHeight
  const { above, below } = mathExtent(inlines)
  if (above === 0 && below === 0) return lineHeight
  const needed = 2 * Math.max(above + EDGE - baselineDrop, below + EDGE + baselineDrop) * fontSize
  return needed > lineHeight ? Math.ceil(needed * 100 - 1e-6) / 100 : lineHeight
}

/** How far the formulas of `inlines` reach above and below the baseline, in em of the text (0 without formulas). */
function mathExtent(inlines: readonly Inline[]): { above: number; below: number } {
  let above = 0
  let below = 0
  const walk = (nodes: readonly Inline[], scale: number, raise: number): void => {
    for (const node of nodes) {
      if (node.type === 'inlineMath') {
        above = Math.max(above, raise + node.typeset.height * scale)
        below = Math.max(below, node.typeset.depth * scale - raise)
      } else if (node.type === 'superscript') walk(node.children, scale * SCRIPT_SCALE, raise + SUPERSCRIPT_RAISE * scale * SCRIPT_SCALE)
      else if (node.type === 'subscript') walk(node.children, scale * SCRIPT_SCALE, raise)
      else if ('children' in node) walk(node.children, scale, raise)
    }
  }
  walk(inlines, 1, 0)
  return { above, below }
}

/**
 * Where a face's baseline sits below the middle of a line box, in em: half
 * its ascent minus its descent (the `hhea` values, which Chromium and
 * LibreOffice lay lines out with; Carlito: (0.952 − 0.269) / 2).
 */
export function baselineDropOf(face: LoadedFace): number {
  const font = face.subsets[face.fallback]?.font
  if (font === undefined) return 0
  return Math.round(((font.ascent + font.descent) / 2 / font.unitsPerEm) * 10_000) / 10_000
}

type TextBlock = Paragraph | List | Blockquote | DefinitionList

/**
 * What a text frame holding `blocks` records for `paragraphLineHeight`:
 * `{ baselineDrop }` when some paragraph holds a formula, otherwise nothing
 * (so frames without formulas stay as they were, and open no font file).
 */
export function mathLineMetrics(blocks: readonly TextBlock[], face: LoadedFace): { baselineDrop?: number } {
  return blocks.some(blockHasMath) ? { baselineDrop: baselineDropOf(face) } : {}
}

function blockHasMath(block: TextBlock): boolean {
  switch (block.type) {
    case 'paragraph':
      return inlinesHaveMath(block.children)
    case 'blockquote':
      return block.children.some(blockHasMath)
    case 'list':
      return block.children.some((item) => item.children.some(blockHasMath))
    case 'definitionList':
      return block.children.some((item) => inlinesHaveMath(item.term) || item.definitions.some((definition) => definition.some(blockHasMath)))
  }
}

function inlinesHaveMath(inlines: readonly Inline[]): boolean {
  return inlines.some((node) => node.type === 'inlineMath' || ('children' in node && inlinesHaveMath(node.children)))
}
