import type { ImageAssets } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import { loadFaceSet, type FaceSet } from './font-metrics.js'
import type { ContentArea } from './geometry.js'
import type { LayoutCache } from './layout-cache.js'

/** The opened faces of a theme's three fonts. */
export interface ThemeFaces {
  heading: FaceSet
  body: FaceSet
  mono: FaceSet
}

/** What every layout step needs: the theme, its fonts, the images and the content area. */
export interface LayoutContext {
  theme: Theme
  faces: ThemeFaces
  assets: ImageAssets
  area: ContentArea
  /** What outlives the build: faces, widths, measured paragraphs, highlighted code. */
  cache: LayoutCache
}

/**
 * The body text sizes one fit attempt uses. Fit shrinks them together, so
 * a table or code block stays in proportion to the text around it.
 */
export interface BodySizes {
  body: number
  table: number
  code: number
}

/** Opens the theme's heading, body and mono fonts (kept in `cache`). */
export function themeFaces(theme: Theme, cache: LayoutCache): ThemeFaces {
  return {
    heading: loadFaceSet(theme.fonts.heading, cache),
    body: loadFaceSet(theme.fonts.body, cache),
    mono: loadFaceSet(theme.fonts.mono, cache),
  }
}
