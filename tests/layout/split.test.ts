import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { continuationSuffix } from '../../src/layout/continuation.js'
import { layoutDeck, type BodyLayout, type TextFrame } from '../../src/layout/index.js'
import { flatLength, sentenceCuts, sliceInlines } from '../../src/layout/split-inlines.js'
import { inlineText, type Block, type Inline } from '../../src/model/index.js'
import { layoutTestTheme } from '../support/theme.js'
import { at, contentSlide, deckOf, paragraph, text } from './deck-builder.js'

const theme = layoutTestTheme()
const sentence =
  'Kerjasama militer internasional regional bukan sekadar aliansi berbasis kekuatan, melainkan cermin kompleksitas dunia modern.'

function paragraphs(count: number): Block[] {
  return Array.from({ length: count }, (_, i) => paragraph(`${i + 1}. ${sentence}`, 10 + i))
}

describe('sentence cuts', () => {
  const bold: Inline = { type: 'strong', children: [text('Kedua. Ketiga')], position: at(1) }
  const inlines: Inline[] = [text('Satu dua. '), bold, text(' empat? Lima `a. B` enam.'), { type: 'inlineCode', value: 'x. Y', position: at(1) }, text(' Tujuh.')]

  it('finds boundaries after end punctuation before a capital, never inside inline code', () => {
    const flat = 'Satu dua. Kedua. Ketiga empat? Lima `a. B` enam.x. Y Tujuh.'
    const cuts = sentenceCuts(inlines)
    // `a. B` is text here (a real boundary); `x. Y` is inline code (none).
    expect(cuts.map((c) => flat.slice(c.start, c.start + 5))).toEqual(['Kedua', 'Ketig', 'Lima ', 'B` en'])
  })

  it('slices inline trees keeping the marks around what remains, dropping the space at the cut', () => {
    const [, second] = sentenceCuts(inlines)
    if (!second) throw new Error('expected a cut')
    const head = sliceInlines(inlines, 0, second.end)
    const tail = sliceInlines(inlines, second.start, 1000)
    expect(inlineText(head)).toBe('Satu dua. Kedua.')
    expect(head.at(-1)).toMatchObject({ type: 'strong', children: [{ type: 'text', value: 'Kedua.' }] })
    expect(tail[0]).toMatchObject({ type: 'strong', children: [{ type: 'text', value: 'Ketiga' }] })
    expect(inlineText(tail)).toBe('Ketiga empat? Lima `a. B` enam.x. Y Tujuh.')
  })

  it('keeps every inline code span exactly once, even one that starts with spaces right after a sentence end', () => {
    const code = (value: string): Inline => ({ type: 'inlineCode', value, position: at(1) })
    const spaced: Inline[] = [text('Selesai.'), code('  Perintah x'), text(' lalu. Kemudian '), code('y. Z'), text('. Akhir '), code('  B'), text(' tamat.')]
    const cuts = sentenceCuts(spaced)
    const bounds = [0, ...cuts.flatMap((cut) => [cut.end, cut.start]), flatLength(spaced)]
    const pieces: Inline[] = []
    for (let i = 0; i < bounds.length; i += 2) pieces.push(...sliceInlines(spaced, bounds[i] ?? 0, bounds[i + 1] ?? 0))
    const codes = pieces.filter((node) => node.type === 'inlineCode').map((node) => (node.type === 'inlineCode' ? node.value : ''))
    expect(codes).toEqual(['  Perintah x', 'y. Z', '  B'])
  })
})

describe('continuation suffix', () => {
  it('is localised by primary language, English by default', () => {
    expect(continuationSuffix('id')).toBe('(lanjutan)')
    expect(continuationSuffix('en-GB')).toBe('(cont.)')
    expect(continuationSuffix('ms')).toBe('(sambungan)')
    expect(continuationSuffix('xx')).toBe('(cont.)')
  })
})

describe('split', () => {
  function layout(blocks: Block[], options: { strict?: boolean } = {}): { slides: BodyLayout[]; file: VFile } {
    const file = new VFile({ path: 'deck.md' })
    const deck = deckOf([contentSlide('Kerjasama Militer', blocks, 7)], { fit: 'split' })
    const slides = layoutDeck(deck, theme, {}, file, options).slides as BodyLayout[]
    return { slides, file }
  }

  it('keeps a slide that needs only a modest shrink whole', () => {
    const { slides, file } = layout(paragraphs(7))
    expect(slides).toHaveLength(1)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['fit-shrunk'])
  })

  it('splits a long slide at full size into parts that each fit, with one warning at the slide', () => {
    const { slides, file } = layout(paragraphs(20))
    expect(slides.length).toBeGreaterThan(1)
    for (const slide of slides) {
      expect(slide.fit).toEqual({ type: 'fits' })
      expect((slide.frames[0] as TextFrame).fontSize).toBe(theme.sizes.body)
    }
    expect(slides.map((s) => s.title && inlineText(s.title.inlines))).toEqual(
      slides.map((_, i) => (i === 0 ? 'Kerjasama Militer' : 'Kerjasama Militer (lanjutan)')),
    )
    expect(slides.flatMap((s) => (s.frames[0] as TextFrame).blocks)).toHaveLength(20)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ ruleId: 'fit-split', line: 7, fatal: false })
    expect(file.messages[0]?.reason).toContain(`split into ${slides.length} slides at 22 pt`)
  })

  it('turns every fit message into an error with strict', () => {
    const split = layout(paragraphs(20), { strict: true })
    expect(split.file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['fit-split', true]])
    const shrunk = layout(paragraphs(7), { strict: true })
    expect(shrunk.file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['fit-shrunk', true]])
    expect(layout(paragraphs(1), { strict: true }).file.messages).toEqual([])
  })

  it('shrinks a piece that cannot be cut and does not fit an empty slide on a part of its own', () => {
    const long = paragraph(Array.from({ length: 14 }, () => sentence.replace(/\.$/, ',')).join(' ') + ' selesai.', 30)
    const { slides, file } = layout([paragraph('Pembuka.', 9), long])
    expect(slides.length).toBe(2)
    expect(slides[1]?.fit.type).toBe('shrunk')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['fit-split', 'fit-shrunk'])
    expect(file.messages[1]?.reason).toContain("'Kerjasama Militer (lanjutan)'")
  })
})
