import type { ImageAsset } from '../../model/index.js'
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
}

/** An empty HTML cache. */
export function createHtmlCache(): HtmlCache {
  return { dataUrls: new WeakMap(), reveal: null }
}
