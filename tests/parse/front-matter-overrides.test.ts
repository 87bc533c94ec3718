import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { deckFromMarkdown } from '../../src/parse/index.js'

function parse(frontMatter: string): { deck: ReturnType<typeof deckFromMarkdown>; file: VFile } {
  const file = new VFile({ path: 'input.md', value: `---\n${frontMatter}\nlang: en\n---\n\n## A\n\nx\n` })
  return { deck: deckFromMarkdown(file), file }
}

/** The overridden-option warnings: where, and what the message names. */
function overridden(file: VFile): Array<{ line: number | undefined; column: number | undefined; reason: string }> {
  return file.messages
    .filter((message) => message.ruleId === 'front-matter-option-overridden')
    .map((message) => ({ line: message.place && 'start' in message.place ? message.place.start.line : undefined, column: message.place && 'start' in message.place ? message.place.start.column : undefined, reason: message.reason }))
}

describe('front matter options written at the top level and under `format:`', () => {
  test('a top-level `footer` that `format: revealjs: footer` overrides is reported at its key, and the format one is used (as in Quarto)', () => {
    const { deck, file } = parse('title: T\nfooter: Top\nformat:\n  revealjs:\n    footer: Reveal')
    expect(deck?.meta.footer).toBe('Reveal')
    expect(overridden(file)).toEqual([{ line: 3, column: 1, reason: expect.stringContaining('`footer` is ignored: `format: revealjs: footer` gives another value') }])
    expect(file.messages.find((message) => message.ruleId === 'front-matter-option-overridden')).toMatchObject({ fatal: false, source: 'layar' })
  })

  test('the order of the keys does not matter: `format:` wins when written first too', () => {
    const { deck, file } = parse('title: T\nformat:\n  revealjs:\n    footer: Reveal\nfooter: Top')
    expect(deck?.meta.footer).toBe('Reveal')
    expect(overridden(file)).toEqual([{ line: 6, column: 1, reason: expect.stringContaining('an option under `format:` wins over the same top-level key') }])
  })

  test('the same value written twice drops nothing and is not reported', () => {
    const { deck, file } = parse('title: T\nfooter: Same\nincremental: true\nformat:\n  revealjs:\n    footer: Same\n    incremental: true\n  pptx:\n    incremental: true')
    expect(deck?.meta).toMatchObject({ footer: 'Same', incremental: true })
    expect(overridden(file)).toEqual([])
  })

  test('`revealjs` and `pptx` giving different values: the last one written is used for both decks, the other reported', () => {
    const { deck, file } = parse('title: T\nincremental: false\nformat:\n  revealjs:\n    incremental: true\n  pptx:\n    incremental: false')
    expect(deck?.meta.incremental).toBe(false)
    expect(overridden(file)).toEqual([
      { line: 6, column: 5, reason: expect.stringContaining('`format: revealjs: incremental` is ignored: `format: pptx: incremental` gives another value, and layar draws both decks from one value') },
    ])
  })

  test('`slide-level` under `format:` wins over the top-level one, which is reported', () => {
    const { deck, file } = parse('title: T\nslide-level: 3\nformat:\n  pptx:\n    slide-level: 2')
    expect(deck?.meta.slideLevel).toBe(2)
    expect(overridden(file)).toEqual([{ line: 3, column: 1, reason: expect.stringContaining('`slide-level` is ignored') }])
  })

  test('a format value of the wrong type is reported as such, the top-level one is used, and nothing is called overridden', () => {
    const { deck, file } = parse('title: T\nfooter: Top\nformat:\n  revealjs:\n    footer: [a, b]')
    expect(deck?.meta.footer).toBe('Top')
    expect(file.messages.map((message) => message.ruleId)).toContain('front-matter-type')
    expect(overridden(file)).toEqual([])
  })

  test('an empty `format: revealjs: footer:` still wins (no footer), and the top-level footer is reported', () => {
    const { deck, file } = parse('title: T\nfooter: Top\nformat:\n  revealjs:\n    footer:')
    expect(deck?.meta.footer).toBeNull()
    expect(overridden(file)).toHaveLength(1)
  })
})
