import { describe, expect, it } from 'vitest'
import { contactSheet } from '../../scripts/parity/contact-sheet.js'
import { bitmapFromPng, bitmapToPng, blankBitmap, colorFromHex, fillRect, pixel, type Bitmap, type Rgb } from '../../scripts/parity/image.js'
import { slideParity } from '../../scripts/parity/measure.js'
import type { Chrome, SectionLayout } from '../../src/layout/laid-out.js'
import { formalTheme } from '../support/theme.js'

const theme = formalTheme()
const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
const chrome: Chrome = { bannerTop: null, bannerBottom: null, footer: null, organization: null, slideNumber: { box: { x: 900, y: 510, w: 40, h: 20 }, fontSize: 11, align: 'right' }, logo: null }
/** A section slide whose title box is 100..500 × 200..260 pt. */
const slide: SectionLayout = {
  layout: 'section',
  notes: [],
  position: at,
  title: { box: { x: 100, y: 200, w: 400, h: 60 }, fontSize: 40, lineHeight: 48, align: 'left', lines: 1, inlines: [{ type: 'text', value: 'Judul', position: at }] },
}

/** A 960 × 540 px slide (1 px = 1 pt) with a "title" block of ink at (x, y). */
function drawn(background: string, ink: string, x: number, y: number): Bitmap {
  const bitmap = blankBitmap(960, 540, colorFromHex(background))
  fillRect(bitmap, { left: x, top: y, right: x + 200, bottom: y + 30 }, colorFromHex(ink))
  return bitmap
}

describe('slideParity', () => {
  const bg = theme.colors.sectionBackground
  const ink = theme.colors.sectionText

  it('reads the same colours and no offset from identical renderings', () => {
    const result = slideParity(drawn(bg, ink, 110, 215), drawn(bg, ink, 110, 215), slide, 0, chrome, theme)
    expect(result.slide).toBe(1)
    expect(result.title).toBe('Judul')
    expect(result.background).toMatchObject({ expected: bg, html: bg, pptx: bg, difference: 0, fromExpected: 0 })
    expect(result.titleColor).toMatchObject({ html: ink, pptx: ink, difference: 0 })
    expect(result.boxes[0]).toMatchObject({ kind: 'title', html: { left: 110, top: 215, right: 310, bottom: 245 }, maxOffset: 0 })
    expect(result.regions.max).toBe(0)
  })

  it('reports a moved title as an edge offset in px, PPTX minus HTML', () => {
    const result = slideParity(drawn(bg, ink, 110, 215), drawn(bg, ink, 116, 212), slide, 0, chrome, theme)
    expect(result.boxes[0]?.offset).toEqual({ left: 6, top: -3, right: 6, bottom: -3 })
    expect(result.boxes[0]?.maxOffset).toBe(6)
    expect(result.regions.max).toBeGreaterThan(0)
  })

  it('reports a wrong background and a wrong title colour against the theme', () => {
    const result = slideParity(drawn(bg, ink, 110, 215), drawn('FFFFFF', '000000', 110, 215), slide, 0, chrome, theme)
    expect(result.background.pptx).toBe('FFFFFF')
    expect(result.background.difference).toBeGreaterThan(200)
    expect(result.titleColor?.pptx).toBe('000000')
    expect(result.titleColor?.fromExpected).toBe(255)
  })

  it('finds no title ink on an empty slide', () => {
    const empty = blankBitmap(960, 540, colorFromHex(bg))
    const result = slideParity(drawn(bg, ink, 110, 215), empty, slide, 0, chrome, theme)
    expect(result.boxes[0]).toMatchObject({ pptx: null, offset: null, maxOffset: null })
  })

  it('refuses renderings of different sizes', () => {
    expect(() => slideParity(blankBitmap(960, 540, [0, 0, 0]), blankBitmap(640, 360, [0, 0, 0]), slide, 2, chrome, theme)).toThrow(/slide 3/)
  })
})

describe('contactSheet', () => {
  it('puts HTML left and PPTX right, one row per slide, halved, and survives a PNG round trip', () => {
    const red: Rgb = [255, 0, 0]
    const blue: Rgb = [0, 0, 255]
    const rows = [1, 2].map((slide) => ({ slide, html: blankBitmap(64, 36, red), pptx: blankBitmap(64, 36, blue) }))
    const sheet = bitmapFromPng(bitmapToPng(contactSheet(rows)))
    // gutter 56 + pad 12 + 32 + pad 12 + 32 + pad 12; header 36 + 2 × (18 + 12) + 12
    expect([sheet.width, sheet.height]).toEqual([156, 108])
    expect(pixel(sheet, 56 + 12 + 5, 36 + 12 + 5)).toEqual(red)
    expect(pixel(sheet, 56 + 24 + 32 + 5, 36 + 12 + 30 + 5)).toEqual(blue)
  })
})
