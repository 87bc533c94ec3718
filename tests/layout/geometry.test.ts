import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { themeFaces } from '../../src/layout/context.js'
import { chromeOf, chromeSize, MIN_CHROME_SIZE } from '../../src/layout/chrome.js'
import { contentAreaOf } from '../../src/layout/geometry.js'
import { layoutDeck } from '../../src/layout/index.js'
import type { Deck } from '../../src/model/index.js'
import { layoutTestTheme } from '../support/theme.js'
import { at, contentSlide, meta, paragraph } from './deck-builder.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'

const theme = layoutTestTheme()
const faces = themeFaces(theme, createLayoutCache())

describe('slide geometry', () => {
  it('without classification: no banners, footer band at the page bottom', () => {
    const chrome = chromeOf(meta({ footer: 'Briefing', organization: 'Mabes' }), theme, faces).chrome
    expect(chrome.bannerTop).toBeNull()
    expect(chrome.bannerBottom).toBeNull()
    expect(chrome.footer).toEqual({ box: { x: 48, y: 516, w: 288, h: 24 }, fontSize: 10, text: 'Briefing', align: 'left' })
    expect(chrome.organization?.box).toEqual({ x: 336, y: 516, w: 288, h: 24 })
    expect(chrome.slideNumber).toEqual({ box: { x: 624, y: 516, w: 288, h: 24 }, fontSize: 10, align: 'right' })
    expect(contentAreaOf(meta(), theme)).toEqual({ x: 48, w: 864, top: 24, bottom: 500 })
  })

  it('with classification: banners top and bottom, footer band above the bottom banner', () => {
    const m = meta({ classification: 'TERBATAS' })
    const chrome = chromeOf(m, theme, faces).chrome
    expect(chrome.bannerTop).toEqual({ box: { x: 0, y: 0, w: 960, h: 18 }, fontSize: 10, text: 'TERBATAS', align: 'center', background: '0033A0', color: 'FFFFFF' })
    expect(chrome.bannerBottom).toEqual({ box: { x: 0, y: 522, w: 960, h: 18 }, fontSize: 10, text: 'TERBATAS', align: 'center', background: '0033A0', color: 'FFFFFF' })
    expect(chrome.footer).toBeNull()
    expect(chrome.slideNumber.box).toEqual({ x: 624, y: 498, w: 288, h: 24 })
    expect(contentAreaOf(m, theme)).toEqual({ x: 48, w: 864, top: 42, bottom: 482 })
  })

  it('shrinks chrome text in 0.5 pt steps to fit its box on one line, down to 6 pt', () => {
    const face = faces.body.regular
    const text = 'Rapat koordinasi lintas kementerian dan lembaga'
    const natural = chromeSize(text, face, 10, 10_000)
    expect(natural).toEqual({ fontSize: 10, fits: true })
    const squeezed = chromeSize(text, face, 10, 150)
    expect(squeezed.fits).toBe(true)
    expect(squeezed.fontSize).toBeLessThan(10)
    expect((10 - squeezed.fontSize) % 0.5).toBe(0)
    expect(chromeSize(text, face, squeezed.fontSize + 0.5, 150).fontSize).toBe(squeezed.fontSize)
    // The floor is tried even when the theme size is off the 0.5 pt grid.
    expect(chromeSize(text, face, 10.3, 1)).toEqual({ fontSize: MIN_CHROME_SIZE, fits: false })
    const { chrome, overflows } = chromeOf(meta({ footer: text.repeat(8), organization: 'Mabes' }), theme, faces)
    expect(chrome.footer?.fontSize).toBe(MIN_CHROME_SIZE)
    expect(chrome.organization?.fontSize).toBe(10)
    expect(overflows.map((o) => o.part)).toEqual(['footer'])
  })

  it('places a content title box at the top and the body below it', () => {
    const deck: Deck = { meta: meta({ classification: 'TERBATAS' }), slides: [contentSlide('Latar Belakang', [paragraph('Satu dua tiga.')])] }
    const slide = layoutDeck(deck, theme, {}, new VFile()).slides[0]
    if (slide?.layout !== 'content') throw new Error('expected a content slide')
    expect(slide.title?.box).toEqual({ x: 48, y: 42, w: 864, h: 56 })
    expect(slide.title?.fontSize).toBe(30)
    expect(slide.frames[0]?.box).toMatchObject({ x: 48, y: 42 + 56 + 12, w: 864 })
  })

  it('lays out the title slide centred, with subtitle and byline below the title', () => {
    const deck: Deck = {
      meta: meta({ subtitle: 'Tinjauan', author: 'Kolonel A', organization: 'Mabes', date: '2026-11-25' }),
      slides: [{ type: 'title', notes: [], position: at(1) }],
    }
    const slide = layoutDeck(deck, theme, {}, new VFile()).slides[0]
    if (slide?.layout !== 'title') throw new Error('expected the title slide')
    expect(slide.title.fontSize).toBe(40)
    expect(slide.title.align).toBe('center')
    expect(slide.byline?.lines).toBe(3)
    const top = slide.title.box.y
    const bottom = (slide.byline?.box.y ?? 0) + (slide.byline?.box.h ?? 0)
    expect(top - 24).toBeCloseTo(500 - bottom, 1)
    expect(slide.subtitle?.box.y).toBeGreaterThan(top + slide.title.box.h)
  })

  it('wraps a long title slide title to more lines, measured', () => {
    const title = 'Kerjasama Militer Internasional Regional di Asia Tenggara: Latihan Gabungan, Pertukaran Intelijen dan Keamanan Maritim'
    const deck: Deck = { meta: meta({ title }), slides: [{ type: 'title', notes: [], position: at(1) }] }
    const slide = layoutDeck(deck, theme, {}, new VFile()).slides[0]
    if (slide?.layout !== 'title') throw new Error('expected the title slide')
    expect(slide.title.lines).toBeGreaterThanOrEqual(2)
    expect(slide.title.lines).toBeLessThanOrEqual(3)
    expect(slide.title.box.h).toBeCloseTo(slide.title.lines * slide.title.lineHeight, 1)
  })

  it('centres a section title vertically, left-aligned', () => {
    const deck: Deck = { meta: meta(), slides: [{ type: 'section', title: [{ type: 'text', value: 'Bagian Dua', position: at(3) }], depth: 1, notes: [], position: at(3) }] }
    const slide = layoutDeck(deck, theme, {}, new VFile()).slides[0]
    if (slide?.layout !== 'section') throw new Error('expected a section slide')
    expect(slide.title.align).toBe('left')
    expect(slide.title.fontSize).toBe(36)
    expect(slide.title.box.y + slide.title.box.h / 2).toBeCloseTo((24 + 500) / 2, 1)
  })
})
