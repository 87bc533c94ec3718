import { describe, expect, test } from 'vitest'
import { mdastFromMarkdown } from '../../src/parse/mdast-from-markdown.js'
import { slideLevelOf } from '../../src/parse/slide-level.js'

function level(markdown: string): number {
  return slideLevelOf(mdastFromMarkdown(markdown).children)
}

describe('slideLevelOf (pandoc rule)', () => {
  test('is the highest heading level followed directly by content', () => {
    expect(level('# A\n\n## B\n\ntext\n')).toBe(2)
    expect(level('# A\n\ntext\n\n## B\n\ntext\n')).toBe(1)
    expect(level('# A\n\n## B\n\n### C\n\ntext\n')).toBe(3)
  })

  test('does not count a heading followed by a heading or a thematic break', () => {
    expect(level('## A\n\n---\n\ntext\n\n### B\n\ntext\n')).toBe(3)
  })

  test('counts any block as content, speaker notes too (as pandoc does)', () => {
    expect(level('# A\n\n::: notes\nx\n:::\n\n## B\n\ntext\n')).toBe(1)
  })

  test('is 6 when no heading is followed by content, and ignores front matter', () => {
    expect(level('---\ntitle: x\n---\n\n# A\n\n## B\n')).toBe(6)
    expect(level('text only\n')).toBe(6)
  })
})
