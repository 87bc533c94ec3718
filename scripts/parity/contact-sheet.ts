import { blankBitmap, blit, fillRect, halve, type Bitmap, type Rgb } from './image.js'

/** One row of the contact sheet: a slide in both outputs, the same size. */
export interface SheetRow {
  slide: number
  html: Bitmap
  pptx: Bitmap
}

/** Options of {@link contactSheet}. */
export interface SheetOptions {
  /** Halve every image (default `true`): a whole deck at full size makes a very large file. */
  halve?: boolean
}

const PAGE: Rgb = [209, 213, 219]
const INK: Rgb = [31, 41, 51]
const PAD = 12
const GUTTER = 56
const HEADER = 36
const DOT = 4

/**
 * A side-by-side contact sheet: a header ("HTML", "PPTX"), then one row per
 * slide, its number in the left gutter, HTML on the left and PPTX on the right.
 * Composed in memory (no ImageMagick needed); labels use a tiny built-in
 * pixel font so the sheet needs no font either.
 */
export function contactSheet(rows: readonly SheetRow[], options: SheetOptions = {}): Bitmap {
  const scaled = rows.map((row) => (options.halve === false ? row : { ...row, html: halve(row.html), pptx: halve(row.pptx) }))
  const first = scaled[0]
  if (!first) throw new Error('a contact sheet needs at least one slide')
  const { width: w, height: h } = first.html
  const sheet = blankBitmap(GUTTER + 2 * w + 3 * PAD, HEADER + scaled.length * (h + PAD) + PAD, PAGE)
  drawLabel(sheet, 'HTML', GUTTER + PAD, PAD)
  drawLabel(sheet, 'PPTX', GUTTER + 2 * PAD + w, PAD)
  scaled.forEach((row, i) => {
    const y = HEADER + PAD + i * (h + PAD)
    drawLabel(sheet, String(row.slide), PAD, y)
    blit(sheet, row.html, GUTTER + PAD, y)
    blit(sheet, row.pptx, GUTTER + 2 * PAD + w, y)
  })
  return sheet
}

/** 3 × 5 glyphs, one string of 15 bits (row by row) per character the sheet writes. */
const GLYPHS: Record<string, string> = {
  '0': '111101101101111',
  '1': '010110010010111',
  '2': '111001111100111',
  '3': '111001111001111',
  '4': '101101111001001',
  '5': '111100111001111',
  '6': '111100111101111',
  '7': '111001001001001',
  '8': '111101111101111',
  '9': '111101111001111',
  H: '101101111101101',
  T: '111010010010010',
  M: '101111101101101',
  L: '100100100100111',
  P: '111101111100100',
  X: '101101010101101',
}

function drawLabel(sheet: Bitmap, text: string, x: number, y: number): void {
  ;[...text].forEach((char, i) => {
    const glyph = GLYPHS[char]
    if (!glyph) throw new Error(`the contact sheet font has no glyph for ${JSON.stringify(char)}`)
    const left = x + i * 4 * DOT
    for (let bit = 0; bit < 15; bit++) {
      if (glyph[bit] !== '1') continue
      const gx = left + (bit % 3) * DOT
      const gy = y + Math.floor(bit / 3) * DOT
      fillRect(sheet, { left: gx, top: gy, right: gx + DOT, bottom: gy + DOT }, INK)
    }
  })
}
