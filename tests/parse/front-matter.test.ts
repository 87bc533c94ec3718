import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { deckFromMarkdown } from '../../src/parse/index.js'

function parse(frontMatter: string): { deck: ReturnType<typeof deckFromMarkdown>; file: VFile } {
  const file = new VFile({ path: 'input.md', value: `---\n${frontMatter}\n---\n\n## A\n\nx\n` })
  return { deck: deckFromMarkdown(file), file }
}

describe('front matter', () => {
  test('keys like __proto__ reach neither the metadata nor Object.prototype', () => {
    const { deck, file } = parse('title: T\n__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}')
    expect(deck?.meta.title).toBe('T')
    expect(Object.getPrototypeOf(deck?.meta)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.keys(deck?.meta ?? {})).not.toContain('__proto__')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['front-matter-unknown-key', 'front-matter-unknown-key', 'lang-undetected'])
  })

  test('defaults: lang en for text too short to tell, fit split, not incremental, slide level detected', () => {
    const { deck, file } = parse('title: T')
    expect(deck?.meta).toMatchObject({ lang: 'en', fit: 'split', incremental: false, slideLevel: 2, subtitle: null, author: null, affiliations: [] })
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['lang-undetected', undefined]])
  })

  test('dates and numbers are kept as written', () => {
    const { deck } = parse('title: 1984\ndate: 2026-11-25\nfooter: 1.50')
    expect(deck?.meta).toMatchObject({ title: '1984', date: '2026-11-25', footer: '1.50' })
  })

  test('valid typed values are taken', () => {
    const { deck, file } = parse('title: T\nlang: en-US\nslide-level: 3\nincremental: true\nfit: shrink')
    expect(file.messages).toEqual([])
    expect(deck?.meta).toMatchObject({ lang: 'en-US', slideLevel: 3, incremental: true, fit: 'shrink' })
  })

  test('a YAML error is placed in content-file coordinates (YAML starts on line 2)', () => {
    const { deck, file } = parse('title: T\nsubtitle: a: b')
    expect(deck).toBeNull()
    expect(file.messages[0]?.ruleId).toBe('front-matter-yaml')
    expect(file.messages[0]?.place).toMatchObject({ start: { line: 3, column: 11 } })
  })

  test.each([
    ['an unclosed quote', 'title: "Kerjasama\nlang: id', { line: 2, column: 8 }],
    ['an unclosed single quote', "title: T\nsubtitle: 'Paparan\nlang: id", { line: 3, column: 11 }],
    ['an unclosed flow sequence', 'author: [Ali, Budi\nlang: id', { line: 2, column: 9 }],
    ['an unclosed flow map', 'title: T\nauthor: {name: Ali\nlang: id', { line: 3, column: 9 }],
  ])('a YAML error for %s is placed at its opening character, not where the parser gave up', (_what, yaml, start) => {
    const { deck, file } = parse(yaml)
    expect(deck).toBeNull()
    expect(file.messages.filter((m) => m.ruleId === 'front-matter-yaml').map((m) => m.place)).toEqual([
      expect.objectContaining({ start: expect.objectContaining(start) }),
    ])
  })
})
