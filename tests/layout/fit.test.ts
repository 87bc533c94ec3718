import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { layoutDeck } from '../../src/layout/index.js'
import type { BodyLayout, TextFrame } from '../../src/layout/index.js'
import type { Block, FitMode } from '../../src/model/index.js'
import { layoutTestTheme } from '../support/theme.js'
import { contentSlide, deckOf, paragraph } from './deck-builder.js'

const theme = layoutTestTheme()
const sentence =
  'Kerjasama militer internasional regional bukan sekadar aliansi berbasis kekuatan, melainkan cermin kompleksitas dunia modern.'

function paragraphs(count: number): Block[] {
  return Array.from({ length: count }, (_, i) => paragraph(sentence, 10 + i))
}

function layoutOne(blocks: Block[], fit: FitMode = 'shrink'): { slide: BodyLayout; file: VFile } {
  const file = new VFile({ path: 'deck.md' })
  const deck = deckOf([contentSlide('Kerjasama Militer', blocks, 7)], { fit })
  const slide = layoutDeck(deck, theme, {}, file).slides[0]
  if (!slide || slide.layout === 'title' || slide.layout === 'section') throw new Error('expected a body slide')
  return { slide, file }
}

/** The body region of a titled slide without classification: title bottom + gap to the footer margin. */
const bodyHeight = 500 - (24 + 56 + 12)

describe('fit', () => {
  it('leaves a slide that fits at the theme size, without warnings', () => {
    const { slide, file } = layoutOne(paragraphs(2))
    expect(slide.fit).toEqual({ type: 'fits' })
    expect(file.messages).toEqual([])
    const frame = slide.frames[0] as TextFrame
    expect(frame.fontSize).toBe(22)
    expect(frame.lineHeight).toBe(26.4)
    expect(frame.paragraphSpacing).toBe(8.8)
    // Two paragraphs of two lines each at 864 pt: 2 × (2 × 26.4 + 8.8).
    expect(frame.box.h).toBe(123.2)
  })

  it('shrinks text in 1 pt steps to the first size that fits, and says so at the slide', () => {
    const { slide, file } = layoutOne(paragraphs(7))
    expect(slide.fit.type).toBe('shrunk')
    if (slide.fit.type !== 'shrunk') return
    expect(slide.fit.from).toBe(22)
    expect(slide.fit.to).toBeLessThan(22)
    expect(slide.fit.to).toBeGreaterThanOrEqual(14)
    const frame = slide.frames[0] as TextFrame
    expect(frame.fontSize).toBe(slide.fit.to)
    expect(frame.box.h).toBeLessThanOrEqual(bodyHeight)
    // One size larger would not have fitted: the shrink is the least possible.
    const bigger = layoutOne(paragraphs(7), 'none')
    expect(bigger.slide.fit.type).toBe('overflows')
    expect(file.messages).toHaveLength(1)
    const message = file.messages[0]
    expect(message?.ruleId).toBe('fit-shrunk')
    expect(message?.line).toBe(7)
    expect(message?.reason).toBe(
      `Slide 'Kerjasama Militer' did not fit at 22 pt, so its text was shrunk to ${slide.fit.to} pt. Shorten it or split it to keep the theme's size.`,
    )
    expect(message?.fatal).toBe(false)
  })

  it('reports a slide that does not fit even at the smallest size', () => {
    const { slide, file } = layoutOne(paragraphs(20))
    expect(slide.fit.type).toBe('overflows')
    if (slide.fit.type !== 'overflows') return
    expect(slide.fit.overflow).toBeGreaterThan(0)
    expect((slide.frames[0] as TextFrame).fontSize).toBe(14)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['fit-overflow'])
    expect(file.messages[0]?.line).toBe(7)
    expect(file.messages[0]?.reason).toContain(`${slide.fit.overflow} pt too tall at 14 pt`)
    // Nothing is dropped: every paragraph is still in the frame.
    expect((slide.frames[0] as TextFrame).blocks).toHaveLength(20)
  })

  it('does not shrink with fit: none, and reports the overflow', () => {
    const { slide, file } = layoutOne(paragraphs(7), 'none')
    expect(slide.fit.type).toBe('overflows')
    expect((slide.frames[0] as TextFrame).fontSize).toBe(22)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['fit-overflow'])
  })

  it('shrinks code with the text, and reports code too wide at the smallest size', () => {
    const wide = { type: 'code' as const, lang: null, value: 'x'.repeat(200), position: paragraph('').position }
    const { slide, file } = layoutOne([wide])
    expect(slide.fit.type).toBe('overflows')
    expect(file.messages[0]?.reason).toContain('code line')
  })

  it('shrinks a long title to 70 % at most, then lets it wrap and pushes the body down', () => {
    const file = new VFile()
    const shortish = 'Kerjasama Militer Internasional Regional di Kawasan Asia Tenggara dan Pasifik Barat'
    const long = `${shortish}: Latihan Gabungan, Pertukaran Intelijen, Keamanan Maritim dan Penanggulangan Bencana`
    const deck = deckOf([contentSlide(shortish, [paragraph('Isi.')]), contentSlide(long, [paragraph('Isi.')])])
    const [a, b] = layoutDeck(deck, theme, {}, file).slides as BodyLayout[]
    expect(a?.title?.fontSize).toBeLessThan(30)
    expect(a?.title?.fontSize).toBeGreaterThanOrEqual(21)
    expect(a?.title?.lines).toBe(1)
    expect(b?.title?.fontSize).toBe(30)
    expect(b?.title?.lines).toBeGreaterThanOrEqual(2)
    expect(b?.title?.box.h).toBe(Math.max(56, (b?.title?.lines ?? 0) * 36))
    expect(b?.frames[0]?.box.y).toBe((b?.title?.box.y ?? 0) + (b?.title?.box.h ?? 0) + 12)
  })
})
