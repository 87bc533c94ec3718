import type { ImageAsset } from '../../model/index.js'

/** Data URLs by asset: a deck may show one picture on many slides (a logo on all), and encoding it once is enough. */
const dataUrls = new WeakMap<ImageAsset, string>()

/** An image asset as a `data:` URL, for an `<img src>`. */
export function dataUrl(asset: ImageAsset): string {
  let url = dataUrls.get(asset)
  if (url === undefined) {
    url = `data:${asset.mime};base64,${Buffer.from(asset.bytes).toString('base64')}`
    dataUrls.set(asset, url)
  }
  return url
}
