import { makePng } from '../support/png.js'

export { makePng }

/** A PNG signature and IHDR chunk declaring `width` × `height` (image-size reads only the header). */
export function pngHeader(width: number, height: number): Uint8Array {
  const bytes = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0)
  bytes.writeUInt32BE(13, 8)
  bytes.write('IHDR', 12, 'ascii')
  bytes.writeUInt32BE(width, 16)
  bytes.writeUInt32BE(height, 20)
  bytes.set([8, 2, 0, 0, 0], 24)
  return bytes
}

/** A lossless WebP header (RIFF/WEBP/VP8L) declaring 100 × 50. */
export function webpHeader(): Uint8Array {
  const bytes = Buffer.alloc(30)
  bytes.write('RIFF', 0, 'ascii')
  bytes.writeUInt32LE(22, 4)
  bytes.write('WEBPVP8L', 8, 'ascii')
  bytes.writeUInt32LE(10, 16)
  bytes[20] = 0x2f
  bytes.writeUInt32LE(99 | (49 << 14), 21)
  return bytes
}

/** An SVG that would run script if embedded as markup. */
export const SCRIPT_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="window.__xss=1"><script>window.__xss=2</script></svg>\n'
