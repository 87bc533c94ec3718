import type { Image } from './block.js'

/**
 * How a slide background picture fills the slide, as reveal.js's
 * `background-size` keywords: `cover` fills it (cropping), `contain` fits
 * inside it (letterboxed on the background colour), `stretch` fills it
 * exactly (`100% 100%`, aspect not kept).
 */
export type BackgroundFit = 'cover' | 'contain' | 'stretch'

/** A picture behind everything on a slide, from `background-image` and its companions. */
export interface BackgroundImage {
  /** The picture, resolved like any image (its `alt` is empty: it is decorative). */
  image: Image
  fit: BackgroundFit
  /**
   * Where the picture sits in the room it does not fill (or which part of it
   * a `cover` keeps): 0 = left/top, 0.5 = centre, 1 = right/bottom.
   */
  align: { x: number; y: number }
  /** 0 (invisible) to 1 (opaque), from `background-opacity`. */
  opacity: number
}

/** One reveal.js attribute applied to the slide in the HTML only (`data-auto-animate`, `data-transition`). */
export interface HtmlOnlyAttribute {
  /** The HTML attribute name, `data-…`. */
  name: string
  value: string
}

/**
 * What a slide's heading attributes ask for (`## Title {.smaller
 * background-color="#a33"}`), as plain data both outputs use; renderers never
 * read attributes themselves. A slide without attributes has no `style`.
 */
export interface SlideStyle {
  /** The whole slide's colour (six hex digits), behind everything; `null` keeps the theme's. */
  backgroundColor: string | null
  backgroundImage: BackgroundImage | null
  /** `.smaller`: the body starts one size step below the theme's body size. */
  smaller: boolean
  /** reveal.js attributes with no PowerPoint counterpart, in the order written. */
  htmlOnly: HtmlOnlyAttribute[]
  /**
   * `classification="…"`: this slide's own marking (white space collapsed),
   * shown in its banners instead of the deck's; `null` keeps the deck's.
   */
  classification: string | null
}
