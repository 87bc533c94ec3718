import type { DeckMeta } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { Box, Chrome } from './laid-out.js'

/** The slide canvas in points (16:9, 13.333 × 7.5 in). */
export const CANVAS = { width: 960, height: 540 } as const

/** Rounds a length to 0.01 pt, so laid-out decks snapshot and compare cleanly. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/** Rounds every side of a box to 0.01 pt. */
export function roundBox(box: Box): Box {
  return { x: round2(box.x), y: round2(box.y), w: round2(box.w), h: round2(box.h) }
}

/**
 * Where a slide's own content may go, between the chrome: from the top
 * margin (below the top banner) to the bottom margin above the footer band,
 * and between the left and right margins.
 */
export interface ContentArea {
  x: number
  w: number
  top: number
  bottom: number
}

/**
 * The repeated parts of every slide: classification banners (top and bottom,
 * only with `meta.classification`), and the footer band above the bottom
 * banner with footer (left third), organisation (centre third) and slide
 * number (right third), inside the side margins.
 */
export function chromeOf(meta: DeckMeta, theme: Theme): Chrome {
  const banner = meta.classification !== null ? theme.bannerHeight : 0
  const bandBottom = CANVAS.height - banner
  const bandTop = bandBottom - theme.footerHeight
  const x = theme.margins.left
  const third = (CANVAS.width - theme.margins.left - theme.margins.right) / 3
  const band = (i: number): Box => roundBox({ x: x + i * third, y: bandTop, w: third, h: theme.footerHeight })
  const text = (box: Box, value: string | null, fontSize: number): Chrome['footer'] =>
    value === null || value === '' ? null : { box, fontSize, text: value }
  return {
    bannerTop: text({ x: 0, y: 0, w: CANVAS.width, h: banner }, meta.classification, theme.sizes.banner),
    bannerBottom: text({ x: 0, y: bandBottom, w: CANVAS.width, h: banner }, meta.classification, theme.sizes.banner),
    footer: text(band(0), meta.footer, theme.sizes.footer),
    organization: text(band(1), meta.organization, theme.sizes.footer),
    slideNumber: { box: band(2), fontSize: theme.sizes.footer },
  }
}

/** The content area of every slide of a deck (see `ContentArea`). */
export function contentAreaOf(meta: DeckMeta, theme: Theme): ContentArea {
  const banner = meta.classification !== null ? theme.bannerHeight : 0
  const bandTop = CANVAS.height - banner - theme.footerHeight
  return {
    x: theme.margins.left,
    w: CANVAS.width - theme.margins.left - theme.margins.right,
    top: banner + theme.margins.top,
    bottom: bandTop - theme.margins.bottom,
  }
}
