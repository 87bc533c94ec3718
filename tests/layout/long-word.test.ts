import { describe, expect, it } from 'vitest'
import { loadFaceSet } from '../../src/layout/font-metrics.js'
import { graphemeClusters } from '../../src/layout/graphemes.js'
import { breakText, prepareText } from '../../src/layout/measure.js'
import { layoutTestTheme } from '../support/theme.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'

const face = loadFaceSet(layoutTestTheme().fonts.body, createLayoutCache()).regular

/** A word of `length` letters and digits from a seeded generator: no two runs share long prefixes or many pairs. */
function token(length: number, seed: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  let state = seed
  let out = ''
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648
    out += alphabet[state % alphabet.length]
  }
  return out
}

/**
 * Every shaping of the face's fonts while `work` runs: how many calls, and
 * how many characters they shaped (what shaping costs).
 */
function shapingDuring(work: () => void): { calls: number; characters: number } {
  const counted = { calls: 0, characters: 0 }
  const restore: Array<() => void> = []
  for (const subset of face.subsets) {
    const font = subset.font
    const layout = font.layout.bind(font)
    font.layout = ((text: string, ...rest: unknown[]) => {
      counted.calls++
      counted.characters += text.length
      return (layout as (...args: unknown[]) => ReturnType<typeof font.layout>)(text, ...rest)
    }) as typeof font.layout
    restore.push(() => {
      font.layout = layout
    })
  }
  try {
    work()
  } finally {
    for (const undo of restore) undo()
  }
  return counted
}

/** Breaks a paragraph holding one long word at a few sizes, as fitting does; returns the lines at the last size. */
function breakLongWord(word: string): string[] {
  const prepared = prepareText([{ type: 'text', text: `Token ${word} end`, face }])
  let lines: string[] = []
  for (const size of [28, 24, 20, 16]) lines = breakText(prepared, size, 600).map((line) => line.text)
  return lines
}

describe('breaking a word longer than a line', () => {
  it('costs measurements linear in its length: ten times the length, at most twenty times the shaping', () => {
    const short = shapingDuring(() => breakLongWord(token(2_000, 1)))
    const long = shapingDuring(() => breakLongWord(token(20_000, 2)))
    expect(short.calls).toBeGreaterThan(0)
    expect(long.calls).toBeLessThanOrEqual(20 * short.calls)
    // Re-shaping every prefix (the old way) shaped ~n²/2 characters: 100 times as many for 10 times the length.
    expect(long.characters).toBeLessThanOrEqual(20 * short.characters)
  })

  it('keeps every character, in order, across the lines it is cut into', () => {
    const word = token(5_000, 3)
    const lines = breakLongWord(word)
    expect(lines.length).toBeGreaterThan(10)
    // The line before the word ends at the space, which hangs; the word's own lines join without one.
    expect(lines.join('')).toBe(`Token${word} end`)
  })
})

describe('grapheme clusters of a long text', () => {
  it('are those of one walk over the whole text, across window edges', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
    // Flags (pairs of regional indicators), a family emoji (ZWJ sequence), combining marks and CRLF, repeated past several windows.
    const unit = 'ab\u{1F1EE}\u{1F1E9}c\u{1F468}\u200D\u{1F469}\u200D\u{1F467}e\u0301\u0323\r\nx\u{1F1EF}\u{1F1F5}\u{1F1EE}'
    for (const text of [unit.repeat(97), `q${unit.repeat(131)}`, '\u{1F1EE}'.repeat(1001)]) {
      expect(graphemeClusters(text, segmenter)).toEqual(Array.from(segmenter.segment(text), (s) => s.segment))
    }
  })
})
