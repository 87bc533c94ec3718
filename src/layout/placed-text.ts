import type { Inline } from '../model/index.js'
import { round2, roundBox } from './geometry.js'
import type { PlacedText } from './laid-out.js'
import { lineCount } from './measure.js'
import { preparedInlines, type BaseStyle, type TextFonts } from './runs.js'

/** Where and how to set a piece of placed text. */
export interface PlaceOptions {
  fonts: TextFonts
  base: BaseStyle
  size: number
  lineSpacing: number
  x: number
  y: number
  w: number
  align: PlacedText['align']
  /** The box is at least this tall (a title box); the text is centred in it. */
  minHeight?: number
}

/** How many lines inline content takes at a size and width. */
export function linesOf(inlines: readonly Inline[], fonts: TextFonts, base: BaseStyle, size: number, width: number): number {
  return lineCount(preparedInlines(inlines, fonts, base), size, width)
}

/**
 * Measures inline content and places it in a box exactly as tall as its
 * lines (or `minHeight`, if taller).
 */
export function placeText(inlines: Inline[], options: PlaceOptions): PlacedText {
  const lines = Math.max(1, linesOf(inlines, options.fonts, options.base, options.size, options.w))
  const lineHeight = options.size * options.lineSpacing
  const h = Math.max(lines * lineHeight, options.minHeight ?? 0)
  return {
    box: roundBox({ x: options.x, y: options.y, w: options.w, h }),
    fontSize: options.size,
    lineHeight: round2(lineHeight),
    align: options.align,
    inlines,
    lines,
  }
}
