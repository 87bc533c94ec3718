import { beforeAll, describe, expect, it } from 'vitest'
import { normaliseSpace, readText, seedArticlePath, seedParts, splitSentences } from '../support/seed-text.js'
import { buildDefaultDeck, fold, type BuiltDefaultDeck, type BuiltSlide } from './built-default-deck.js'

const article = readText(seedArticlePath)
const seed = seedParts(article)

/**
 * The seed article in the default deck as layar builds it: every sentence is
 * found on a slide (its visible text or its speaker notes) of the HTML and of
 * the PPTX that `build()` wrote, on the same slide in both, in the article's order.
 */
let deck: BuiltDefaultDeck
beforeAll(async () => {
  deck = await buildDefaultDeck()
}, 180_000)

const outputs = ['html', 'pptx'] as const

/** What a slide shows and says: title, content, then notes, folded to single spaces. */
const slideText = (slide: BuiltSlide): string => fold([slide.title, ...slide.body, ...slide.notes].join(' '))
const notesText = (slide: BuiltSlide): string => fold(slide.notes.join(' '))

/** The index of the first slide whose text (by `read`) contains `sentence`, or -1. */
function slideWith(slides: BuiltSlide[], sentence: string, read: (slide: BuiltSlide) => string = slideText): number {
  return slides.findIndex((slide) => read(slide).includes(sentence))
}

describe('seed article splitting', () => {
  it('splits on sentence ends and keeps closing quotes with their sentence', () => {
    expect(splitSentences('Satu “dua”. Tiga!  Empat?\nLima')).toEqual(['Satu “dua”.', 'Tiga!', 'Empat?', 'Lima'])
  })

  it('finds every part of the article', () => {
    // 7 part headings; 15 numbered items (5 technology + 10 challenges), one of them two sentences;
    // 39 prose sentences in 13 paragraphs.
    expect(seed.headings).toHaveLength(7)
    expect(seed.listItems).toHaveLength(16)
    expect(seed.prose).toHaveLength(39)
  })
})

describe.each(outputs)('the default deck’s %s keeps the whole article', (output) => {
  it.each(seed.prose)('prose sentence in a slide’s speaker notes: %s', (sentence) => {
    expect(slideWith(deck[output].slides, sentence, notesText)).toBeGreaterThanOrEqual(0)
  })

  it.each(seed.listItems)('numbered item on a slide: %s', (sentence) => {
    expect(slideWith(deck[output].slides, sentence)).toBeGreaterThanOrEqual(0)
  })

  it.each(seed.headings)('part heading is a section slide’s title: %s', (heading) => {
    expect(deck[output].slides.filter((slide) => slide.title === heading && slide.body.length === 0)).toHaveLength(1)
  })

  it('uses the article’s curly quotes, not straight ones', () => {
    const notes = deck[output].slides.map(notesText).join(' ')
    expect(notes).toContain('“kerjasama militer internasional regional”')
    expect(notes).not.toContain('"kerjasama')
  })
})

describe('the article’s sentences in both outputs', () => {
  const sentences = [...seed.prose, ...seed.listItems].sort((a, b) => normaliseSpace(article).indexOf(a) - normaliseSpace(article).indexOf(b))

  it('are on the same slide in the HTML and the PPTX', () => {
    const html = sentences.map((sentence) => slideWith(deck.html.slides, sentence))
    const pptx = sentences.map((sentence) => slideWith(deck.pptx.slides, sentence))
    expect(html.every((index) => index >= 0)).toBe(true)
    expect(pptx).toEqual(html)
  })

  it('come in the article’s order, slide after slide', () => {
    for (const output of outputs) {
      const slides = sentences.map((sentence) => ({ sentence, slide: slideWith(deck[output].slides, sentence) }))
      slides.forEach(({ sentence, slide }, index) => {
        const before = slides[index - 1]?.slide ?? 0
        expect(slide, `${output}: out of order or missing: ${sentence}`).toBeGreaterThanOrEqual(before)
      })
    }
  })

  it('every word of the article is on a slide of both outputs', () => {
    const wordsOf = (text: string): string[] =>
      normaliseSpace(text)
        .split(' ')
        .map((word) => word.replace(/^[“"(]+|[”"),.:;!?]+$/gu, ''))
        .filter((word) => /\p{L}/u.test(word))
    const words = new Set(wordsOf([...seed.headings, ...seed.prose, ...seed.listItems].join(' ')))
    expect(words.size).toBeGreaterThan(300)
    for (const output of outputs) {
      const shown = new Set(wordsOf(deck[output].slides.map(slideText).join(' ')))
      expect([...words].filter((word) => !shown.has(word)), output).toEqual([])
    }
  })
})
