import { describe, expect, it } from 'vitest'
import {
  deckBody,
  defaultDeckPath,
  normaliseSpace,
  notesText,
  readText,
  seedArticlePath,
  seedParts,
  splitSentences,
} from '../support/seed-text.js'

const seed = seedParts(readText(seedArticlePath))
const body = deckBody(readText(defaultDeckPath))
const bodyText = normaliseSpace(body)
const notes = notesText(body)

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

describe('the default deck keeps the whole article', () => {
  it.each(seed.prose)('prose sentence in speaker notes: %s', (sentence) => {
    expect(notes).toContain(sentence)
  })

  it.each(seed.listItems)('numbered item in the deck: %s', (sentence) => {
    expect(bodyText).toContain(sentence)
  })

  it.each(seed.headings)('part heading is a section: %s', (heading) => {
    expect(body.split('\n')).toContain(`# ${heading}`)
  })

  it('keeps the sentences in the article order', () => {
    const article = [...seed.prose, ...seed.listItems]
    const all = readText(seedArticlePath)
    article.sort((a, b) => normaliseSpace(all).indexOf(a) - normaliseSpace(all).indexOf(b))
    let from = 0
    for (const sentence of article) {
      const at = bodyText.indexOf(sentence, from)
      expect(at, `out of order or missing: ${sentence}`).toBeGreaterThanOrEqual(0)
      from = at + sentence.length
    }
  })

  it('uses the article’s curly quotes, not straight ones', () => {
    expect(notes).toContain('“kerjasama militer internasional regional”')
    expect(notes).not.toMatch(/"kerjasama/u)
  })
})
