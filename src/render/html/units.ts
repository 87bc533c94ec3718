import type { Box } from '../../layout/laid-out.js'

/** CSS pixels per point: the 960 × 540 pt canvas is reveal.js's 1280 × 720 px. */
export const PX_PER_PT = 4 / 3

/**
 * A length in points as a CSS pixel value, rounded to 1/1000 px.
 *
 * @throws TypeError if `pt` is not a finite number (CSS is built from checked numbers only).
 */
export function px(pt: number): string {
  if (!Number.isFinite(pt)) throw new TypeError(`Expected a finite length in points, got ${String(pt)}.`)
  return `${Math.round(pt * PX_PER_PT * 1000) / 1000}px`
}

/** The CSS declarations that place an absolutely positioned element at `box`. */
export function boxStyle(box: Box): string {
  return `left:${px(box.x)};top:${px(box.y)};width:${px(box.w)};height:${px(box.h)}`
}

/** Font size and exact line height, both from points. */
export function fontStyle(fontSize: number, lineHeight: number): string {
  return `font-size:${px(fontSize)};line-height:${px(lineHeight)}`
}

/**
 * A theme colour (six hex digits, no `#`) as a CSS colour.
 *
 * @throws TypeError if `hex` is not six hex digits; themes are validated, so this is a programmer error.
 */
export function cssColor(hex: string): string {
  if (!/^[0-9a-f]{6}$/i.test(hex)) {
    throw new TypeError(`Expected a colour as six hex digits (e.g. 0B2545), got ${JSON.stringify(hex)}.`)
  }
  return `#${hex.toUpperCase()}`
}
