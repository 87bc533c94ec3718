/** Raster formats layar embeds, identified by their bytes, never by file extension. */
export type RasterMime = 'image/png' | 'image/jpeg' | 'image/gif'

/** Every image format layar embeds: the raster ones and (sanitised) SVG. */
export type ImageMime = RasterMime | 'image/svg+xml'

/**
 * An image file's bytes and what its bytes say about it. Assets travel beside
 * the Deck (keyed by `Image.path`), not inside it, so the Deck stays plain data.
 */
export type ImageAsset = RasterAsset | SvgAsset

/** A PNG, JPEG or GIF picture. */
export interface RasterAsset {
  mime: RasterMime
  /** Natural size in pixels. */
  width: number
  height: number
  bytes: Uint8Array
}

/** An SVG picture, sanitised (no script, handlers, foreign content or external references). */
export interface SvgAsset {
  mime: 'image/svg+xml'
  /** Natural size in CSS pixels (from `width`/`height`, else the `viewBox`). */
  width: number
  height: number
  /** The sanitised SVG, UTF-8. */
  bytes: Uint8Array
  /** A PNG rendering of it, for outputs that need a raster picture (the PPTX). */
  raster: Uint8Array
}

/**
 * Every image a deck uses, keyed by `Image.path`.
 *
 * Note: built without a prototype, so a file named `constructor` is just a key.
 */
export type ImageAssets = Readonly<Record<string, ImageAsset>>
