import { readFileSync } from 'node:fs'
import type { Inline, Position } from '../../src/model/index.js'

/** A generated paragraph: inline content, a font size and a box width, both in pt. */
export interface AgreementCase {
  inlines: Inline[]
  size: number
  width: number
}

const position: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

const ENGLISH = (
  'the military cooperation between regional partners builds trust and shared readiness ' +
  'exercises intelligence exchange logistics doctrine interoperability maritime security ' +
  'briefing objective assessment timeline budget procurement training deployment command ' +
  'control communications strategy alliance capability surveillance humanitarian assistance ' +
  'disaster relief counterterrorism peacekeeping cyber defence coordination framework'
).split(' ')

/** Deterministic pseudo-random numbers (mulberry32), so every run tests the same paragraphs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function seedWords(): string[] {
  const text = readFileSync(new URL('../support/seed-article.txt', import.meta.url), 'utf8')
  return text.split(/\s+/).filter((word) => word.length > 0)
}

type Style = 'plain' | 'bold' | 'italic' | 'boldItalic'

function styled(style: Style, text: string): Inline {
  const leaf: Inline = { type: 'text', value: text, position }
  if (style === 'plain') return leaf
  if (style === 'bold') return { type: 'strong', children: [leaf], position }
  if (style === 'italic') return { type: 'emphasis', children: [leaf], position }
  return { type: 'strong', children: [{ type: 'emphasis', children: [leaf], position }], position }
}

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)]
  if (item === undefined) throw new Error('empty list')
  return item
}

function word(random: () => number, indonesian: readonly string[]): string {
  const roll = random()
  if (roll < 0.04) {
    // A long word: several words run together, often wider than a narrow box.
    let long = ''
    const parts = 3 + Math.floor(random() * 6)
    for (let i = 0; i < parts; i++) long += pick(random, indonesian).replace(/[.,:“”]/g, '')
    return long
  }
  if (roll < 0.08) return `${pick(random, indonesian).replace(/[.,:“”]/g, '')}-${pick(random, ENGLISH)}`
  return roll < 0.6 ? pick(random, indonesian) : pick(random, ENGLISH)
}

/** Paragraphs of Indonesian and English words in mixed faces, with a size and width each. */
export function agreementCases(count: number, seed: number): AgreementCase[] {
  const random = seededRandom(seed)
  const indonesian = seedWords()
  const cases: AgreementCase[] = []
  for (let n = 0; n < count; n++) {
    const words = 3 + Math.floor(random() * 70)
    const inlines: Inline[] = []
    let style: Style = 'plain'
    let run = ''
    const flush = (): void => {
      if (run !== '') inlines.push(styled(style, run))
      run = ''
    }
    for (let i = 0; i < words; i++) {
      const roll = random()
      const next: Style = roll < 0.75 ? 'plain' : roll < 0.85 ? 'bold' : roll < 0.95 ? 'italic' : 'boldItalic'
      // Mostly a space between words; sometimes a face change inside a word, rarely a hard break.
      const glue = random()
      if (i > 0 && glue < 0.03) {
        flush()
        inlines.push({ type: 'break', position })
      } else if (i > 0 && glue > 0.04) run += ' '
      if (next !== style) flush()
      style = next
      run += word(random, indonesian)
    }
    flush()
    const size = 14 + Math.floor(random() * 29) / 2
    const width = Math.round(200 + random() * 660)
    cases.push({ inlines, size, width })
  }
  return cases
}
