import { imageSize } from 'image-size'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { benchImageName, generateDeck } from '../../bench/generate-deck.js'
import { editOneWord } from '../../bench/edit-word.js'
import { median } from '../../bench/measure.js'
import type { Block, Deck } from '../../src/model/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { readText, seedArticlePath } from '../support/seed-text.js'

const seed = readText(seedArticlePath)

function parsed(markdown: string): { deck: Deck | null; file: VFile } {
  const file = new VFile({ path: 'bench.md', value: markdown })
  return { deck: deckFromMarkdown(file), file }
}

function blocksOf(deck: Deck): Block[] {
  return deck.slides.flatMap((slide) => (slide.type === 'content' ? slide.blocks : []))
}

describe('generateDeck', () => {
  test('the same arguments give the same bytes', () => {
    const first = generateDeck(60, seed)
    const second = generateDeck(60, seed)
    expect(second.markdown).toBe(first.markdown)
    expect(Buffer.from(second.images[benchImageName] ?? []).equals(Buffer.from(first.images[benchImageName] ?? []))).toBe(true)
  })

  test.each([1, 2, 11, 100])('a %i-slide deck parses into exactly that many slides, without messages', (count) => {
    const { deck, file } = parsed(generateDeck(count, seed).markdown)
    expect(file.messages.map(String)).toEqual([])
    expect(deck?.slides.length).toBe(count)
    expect(deck?.slides[0]?.type).toBe('title')
  })

  test('a 100-slide deck has sections, notes on every content slide, and every kind of block', () => {
    const { deck } = parsed(generateDeck(100, seed).markdown)
    if (!deck) throw new Error('the deck did not parse')
    const content = deck.slides.filter((slide) => slide.type === 'content')
    expect(deck.slides.filter((slide) => slide.type === 'section')).toHaveLength(10)
    expect(content.every((slide) => slide.notes.length > 0)).toBe(true)
    const types = new Set(blocksOf(deck).map((block) => (block.type === 'list' ? `list-${block.ordered}` : block.type)))
    expect([...types].sort()).toEqual(['image', 'list-false', 'list-true', 'paragraph', 'table'])
    expect(blocksOf(deck).filter((block) => block.type === 'image').length).toBeGreaterThanOrEqual(10)
  })

  test('every word comes from the seed article', () => {
    const seedWords = new Set(seed.toLowerCase().match(/\p{L}+/gu))
    const { markdown } = generateDeck(100, seed)
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5).replace(/\(bench-peta\.png\)|::: notes|Kawasan|Kegiatan|Jumlah/gu, '')
    const foreign = (body.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => !seedWords.has(word))
    expect(foreign).toEqual([])
  })

  test('its picture is a valid 480×270 PNG', () => {
    const bytes = generateDeck(2, seed).images[benchImageName]
    expect(bytes && imageSize(bytes)).toMatchObject({ type: 'png', width: 480, height: 270 })
  })

  test('refuses a slide count that is not a positive whole number', () => {
    expect(() => generateDeck(0, seed)).toThrow(TypeError)
    expect(() => generateDeck(2.5, seed)).toThrow(TypeError)
  })
})

describe('bench helpers', () => {
  test('editOneWord changes exactly one word, differently per variant', () => {
    const source = '# A\n\n## B\n\n- Bukan sekadar aliansi\n- Kedua\n'
    expect(editOneWord(source, 1)).toBe('# A\n\n## B\n\n- Bukan1 sekadar aliansi\n- Kedua\n')
    expect(editOneWord(source, 2)).not.toBe(editOneWord(source, 1))
  })

  test('median takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})
