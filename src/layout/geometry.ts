import type { DeckMeta } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { Box } from './laid-out.js'

/*
 * The page's geometry, without measuring any text: the PPTX writer uses it
 * too, and must not load the font machinery (see `chrome.ts` for what is measured).
 */

/** The slide canvas in points (16:9, 13.333 × 7.5 in). */
export const CANVAS = { width: 960, height: 540 } as const

/** Overflows smaller than this (in pt) are rounding noise, not overflow; every fit and split decision uses it. */
export const TOLERANCE = 0.01

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

/** Where the chrome's strips lie, top to bottom (see `chromeOf`). */
export function verticalsOf(meta: DeckMeta, theme: Theme): { banner: number; bandTop: number; top: number; bottom: number } {
  const banner = meta.classification !== null ? theme.bannerHeight : 0
  const bottomEdge = CANVAS.height - banner
  if (theme.chrome.footer === 'top') {
    return { banner, bandTop: banner, top: banner + theme.footerHeight + theme.margins.top, bottom: bottomEdge - theme.margins.bottom }
  }
  const bandTop = bottomEdge - theme.footerHeight
  return { banner, bandTop, top: banner + theme.margins.top, bottom: bandTop - theme.margins.bottom }
}

/** The key of the theme logo's bytes in `ImageAssets`; no image path can be it (paths have no `:` scheme here). */
export const THEME_LOGO_KEY = 'theme:logo'

/**
 * The content area of every slide of a deck (see `ContentArea`): inside the
 * margins, clear of the banners and the footer band. A theme logo
 * keeps a strip of its height plus `gap` at the top or bottom of the area, so
 * no title or block ever runs under it.
 */
export function contentAreaOf(meta: DeckMeta, theme: Theme): ContentArea {
  const { top, bottom } = verticalsOf(meta, theme)
  const strip = theme.logo === null ? 0 : theme.logo.height + theme.gap
  const atTop = theme.logo?.position.startsWith('top') ?? false
  return {
    x: theme.margins.left,
    w: CANVAS.width - theme.margins.left - theme.margins.right,
    top: top + (atTop ? strip : 0),
    bottom: bottom - (atTop ? 0 : strip),
  }
}
