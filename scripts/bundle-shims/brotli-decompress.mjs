// Stands in for `brotli/decompress.js` in the CLI bundle (scripts/bundle.mjs).
// fontkit decompresses every woff2 font it opens with that pure-JS Brotli
// decoder (~150 ms for a deck's faces); Node's native one gives the same bytes.
import { brotliDecompressSync } from 'node:zlib'

/** `brotli/decompress.js`'s signature: compressed bytes in, decompressed bytes out (the size hint is not needed). */
export default function decompress(buffer) {
  return brotliDecompressSync(buffer)
}
