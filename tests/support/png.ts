import { PNG } from 'pngjs'

/** An 8-bit RGB colour. */
export type Rgb = readonly [number, number, number]

/**
 * Encodes an opaque PNG with pngjs, so tests and the benchmark make their
 * images in memory and need no binary fixtures.
 *
 * @param pixel the colour at column `x`, row `y`
 * @throws TypeError unless both sizes are positive integers
 */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new TypeError(`encodePng needs positive integer sizes, got ${width}×${height}`)
  }
  const png = new PNG({ width, height, colorType: 2 })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y)
      png.data.set([r, g, b, 255], (y * width + x) * 4)
    }
  }
  return new Uint8Array(PNG.sync.write(png, { colorType: 2 }))
}

/** A PNG with a diagonal gradient from `color` (six hex digits) to white. */
export function makePng(width: number, height: number, color: string): Uint8Array {
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(color.slice(i, i + 2), 16)) as [number, number, number]
  return encodePng(width, height, (x, y) => {
    const shade = (x + y) / (width + height)
    const mix = (channel: number) => Math.round(channel * (1 - shade) + 255 * shade)
    return [mix(r), mix(g), mix(b)]
  })
}

/** A plain grey PNG. */
export function pngBytes(width: number, height: number): Uint8Array {
  return encodePng(width, height, () => [0x80, 0x80, 0x80])
}
