import type { PlacedText } from '../../../layout/laid-out.js'
import type { Theme } from '../../../theme/index.js'
import type { ParagraphPlan, TextShape } from './types.js'
import { runsFromInlines, type RunStyle } from './runs.js'

/** How a piece of placed text looks: font, colour, weight and slant. */
export interface PlacedStyle {
  fontFace: string
  color: string
  bold: boolean
  italic: boolean
}

/**
 * The single paragraph of a PlacedText (title, subtitle, byline, caption):
 * its own size and exact line height, breaks kept as line breaks, no spacing after.
 */
export function paragraphFromPlacedText(placed: PlacedText, style: PlacedStyle, theme: Theme): ParagraphPlan {
  const runStyle: RunStyle = { ...style, fontSize: placed.fontSize, strike: false }
  return {
    align: placed.align,
    lineSpacing: placed.lineHeight,
    spaceAfter: 0,
    marker: { type: 'none' },
    runs: runsFromInlines(placed.inlines, runStyle, theme),
  }
}

/** A text box holding a PlacedText; titles centre vertically, captions sit at the top. */
export function shapeFromPlacedText(
  name: string,
  placed: PlacedText,
  style: PlacedStyle,
  valign: 'top' | 'middle',
  theme: Theme,
): TextShape {
  return {
    type: 'text',
    placeholder: null,
    name,
    box: { ...placed.box },
    fill: null,
    margin: 0,
    valign,
    wrap: true,
    paragraphs: [paragraphFromPlacedText(placed, style, theme)],
  }
}
