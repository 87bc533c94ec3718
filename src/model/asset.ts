/** Image formats layar embeds, identified by their bytes, never by file extension. */
export type ImageMime = 'image/png' | 'image/jpeg' | 'image/gif'

/**
 * An image file's bytes and what its bytes say about it. Assets travel beside
 * the Deck (keyed by `Image.path`), not inside it, so the Deck stays plain data.
 */
export interface ImageAsset {
  mime: ImageMime
  /** Natural size in pixels. */
  width: number
  height: number
  bytes: Uint8Array
}

/**
 * Every image a deck uses, keyed by `Image.path`.
 *
 * Note: built without a prototype, so a file named `constructor` is just a key.
 */
export type ImageAssets = Readonly<Record<string, ImageAsset>>
