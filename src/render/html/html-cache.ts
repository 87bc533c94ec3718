import type { LaidOutSlide } from '../../layout/laid-out.js'
import type { ImageAsset } from '../../model/index.js'
import type { FontUsage } from './context.js'
import type { RevealAssets } from './reveal-assets.js'

/**
 * What the HTML renderer keeps between builds: image data URLs by asset (a
 * deck may show one picture on every slide, a logo; it is encoded once) and
 * reveal.js's files, read once. Created by the caller with
 * `createHtmlCache` and passed in, as the layout cache is.
 */
export interface HtmlCache {
  dataUrls: WeakMap<ImageAsset, string>
  reveal: RevealAssets | null
  /**
   * Each laid-out slide's `<section>`, serialised, with the code points it
   * draws per face, and what else it was drawn with (its number, the total,
   * its chrome, the theme, the images): a rebuild whose layout reused a
   * slide (see `SlideLayoutCache`) reuses its section when all of that is
   * unchanged. Keyed by the slide object, so it goes when the slide does.
   */
  sections: WeakMap<LaidOutSlide, RenderedSection>
  /** Digests of image bytes already hashed (part of the sections' key). */
  digests: WeakMap<Uint8Array, string>
  /** The last page's text before and after its slides, and the front matter and CSS it was made for. */
  shell: { key: string; before: string; after: string } | null
}

/** A slide's section as drawn, and what it was drawn with. */
export interface RenderedSection {
  key: string
  html: string
  fonts: FontUsage
}

/** An empty HTML cache. */
export function createHtmlCache(): HtmlCache {
  return { dataUrls: new WeakMap(), reveal: null, sections: new WeakMap(), digests: new WeakMap(), shell: null }
}
