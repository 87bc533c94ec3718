import { PNG } from 'pngjs'

/** An 8-bit RGBA bitmap, row-major, 4 bytes a pixel (the layout pngjs uses). */
export interface Bitmap {
  width: number
  height: number
  data: Uint8Array
}

/** An RGB colour, each channel 0–255. */
export type Rgb = [number, number, number]

/** A rectangle in pixels; `right` and `bottom` are exclusive. */
export interface PixelRect {
  left: number
  top: number
  right: number
  bottom: number
}

/** Decodes PNG bytes (any bit depth or colour type pngjs reads) into RGBA. */
export function bitmapFromPng(bytes: Uint8Array): Bitmap {
  const png = PNG.sync.read(Buffer.from(bytes))
  return { width: png.width, height: png.height, data: new Uint8Array(png.data) }
}

/** Encodes a bitmap as PNG bytes. */
export function bitmapToPng(bitmap: Bitmap): Buffer {
  const png = new PNG({ width: bitmap.width, height: bitmap.height })
  png.data = Buffer.from(bitmap.data.buffer, bitmap.data.byteOffset, bitmap.data.byteLength)
  return PNG.sync.write(png, { colorType: 2, deflateLevel: 9 })
}

/** A blank bitmap filled with one colour. */
export function blankBitmap(width: number, height: number, fill: Rgb): Bitmap {
  const data = new Uint8Array(width * height * 4)
  for (let i = 0; i < data.length; i += 4) {
    data[i] = fill[0]
    data[i + 1] = fill[1]
    data[i + 2] = fill[2]
    data[i + 3] = 255
  }
  return { width, height, data }
}

/** The colour at (x, y); coordinates are clamped into the bitmap. */
export function pixel(bitmap: Bitmap, x: number, y: number): Rgb {
  const cx = Math.min(bitmap.width - 1, Math.max(0, Math.round(x)))
  const cy = Math.min(bitmap.height - 1, Math.max(0, Math.round(y)))
  const i = (cy * bitmap.width + cx) * 4
  return [bitmap.data[i] ?? 0, bitmap.data[i + 1] ?? 0, bitmap.data[i + 2] ?? 0]
}

/**
 * The per-channel median colour of a square patch around (x, y): one stray
 * anti-aliased pixel cannot move it.
 */
export function patchColor(bitmap: Bitmap, x: number, y: number, radius = 2): Rgb {
  const samples: Rgb[] = []
  for (let dy = -radius; dy <= radius; dy++) for (let dx = -radius; dx <= radius; dx++) samples.push(pixel(bitmap, x + dx, y + dy))
  return medianColor(samples)
}

/** The per-channel median of some colours (black for none). */
export function medianColor(colors: readonly Rgb[]): Rgb {
  if (colors.length === 0) return [0, 0, 0]
  const channel = (c: 0 | 1 | 2): number => {
    const values = colors.map((color) => color[c]).sort((a, b) => a - b)
    return values[Math.floor(values.length / 2)] ?? 0
  }
  return [channel(0), channel(1), channel(2)]
}

/** The largest per-channel difference of two colours (0–255). */
export function colorDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]))
}

/** `RRGGBB`, the form theme files use. */
export function hexColor(color: Rgb): string {
  return color.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()
}

/** Parses `RRGGBB` (with or without `#`). */
export function colorFromHex(hex: string): Rgb {
  const value = Number.parseInt(hex.replace(/^#/, ''), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

/** Copies `source` into `target` with its top-left corner at (x, y), clipped to the target. */
export function blit(target: Bitmap, source: Bitmap, x: number, y: number): void {
  for (let sy = 0; sy < source.height; sy++) {
    const ty = y + sy
    if (ty < 0 || ty >= target.height) continue
    const from = sy * source.width * 4
    const left = Math.max(0, -x)
    const right = Math.min(source.width, target.width - x)
    if (right <= left) continue
    target.data.set(source.data.subarray(from + left * 4, from + right * 4), (ty * target.width + x + left) * 4)
  }
}

/** Fills a rectangle with one colour, clipped to the bitmap. */
export function fillRect(bitmap: Bitmap, rect: PixelRect, color: Rgb): void {
  for (let y = Math.max(0, rect.top); y < Math.min(bitmap.height, rect.bottom); y++) {
    for (let x = Math.max(0, rect.left); x < Math.min(bitmap.width, rect.right); x++) {
      const i = (y * bitmap.width + x) * 4
      bitmap.data[i] = color[0]
      bitmap.data[i + 1] = color[1]
      bitmap.data[i + 2] = color[2]
      bitmap.data[i + 3] = 255
    }
  }
}

/** Halves a bitmap's size by averaging 2 × 2 blocks (for a lighter contact sheet). */
export function halve(bitmap: Bitmap): Bitmap {
  const width = Math.floor(bitmap.width / 2)
  const height = Math.floor(bitmap.height / 2)
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        const at = (sx: number, sy: number): number => bitmap.data[(sy * bitmap.width + sx) * 4 + c] ?? 0
        const sum = at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1) + at(2 * x + 1, 2 * y + 1)
        data[(y * width + x) * 4 + c] = Math.round(sum / 4)
      }
    }
  }
  return { width, height, data }
}
