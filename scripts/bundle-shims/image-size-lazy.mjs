// Stands in for `image-size` in the CLI bundle (scripts/bundle.mjs).
// Its module builds a reader per image format as it loads, and only a deck
// with pictures asks it anything; it is bundled on its own beside the CLI
// bundle (dist-lib/bundle/image-size.cjs) and loaded by the first picture.
/* global require */

/** image-size's `imageSize`, loading image-size on first call. */
export function imageSize(input) {
  return require('./image-size.cjs').imageSize(input)
}
