import type { ImageAsset } from '../../model/index.js'
import type { HtmlCache } from './html-cache.js'

/** An image asset as a `data:` URL, for an `<img src>`; encoded once per asset (a logo on every slide) and kept in `cache`. */
export function dataUrl(asset: ImageAsset, cache: HtmlCache): string {
  let url = cache.dataUrls.get(asset)
  if (url === undefined) {
    url = `data:${asset.mime};base64,${Buffer.from(asset.bytes).toString('base64')}`
    cache.dataUrls.set(asset, url)
  }
  return url
}
