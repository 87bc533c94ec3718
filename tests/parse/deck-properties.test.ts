import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import type { Deck } from '../../src/model/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'

const word = fc.constantFrom('kapal', 'layar', '10:30', 'Catatan:tambahan', '**tebal**', '*miring*', '`kode`', '~~coret~~', '<b>', '&amp;', 'a\\', '[x](https://a.id)', '[y](javascript:z)', '![alt](a.png)', '![](../b.png)', ':abbr[k]', '[^1]')
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '))

const block = fc.oneof(
  line,
  fc.tuple(fc.integer({ min: 1, max: 4 }), line).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item, index) => `${index + 3}. ${item}`).join('\n')),
  fc.constant('| a | b |\n|:--|--:|\n| 1 |\n| 1 | 2 | 3 |'),
  line.map((text) => `\`\`\`js\n${text}\n::: notes\n\`\`\``),
  line.map((text) => `::: notes\n${text}\n:::`),
  fc.tuple(line, line).map(([left, right]) => `:::: columns\n::: column\n${left}\n:::\n::: column\n${right}\n:::\n::::`),
  line.map((text) => `::: {.column}\n${text}\n:::`),
  line.map((text) => `::: incremental\n- ${text}\n:::`),
  line.map((text) => `> ${text}\n>\n> > ${text}`),
  fc.constantFrom('---', '***', '<div>\nx\n</div>', '[^1]: catatan', '[r]: https://a.id', '::leaf', ':::'),
)

const markdown = fc
  .array(block, { maxLength: 12 })
  .map((blocks) => `---\ntitle: Uji\n---\n\n${blocks.join('\n\n')}\n`)

/** Every object with a `type` (a model node) must carry a full position. */
function nodesWithoutPosition(value: unknown, path = 'deck'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => nodesWithoutPosition(item, `${path}[${index}]`))
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const missing: string[] = []
  if (typeof record['type'] === 'string' && !isPosition(record['position'])) missing.push(path)
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'position') missing.push(...nodesWithoutPosition(child, `${path}.${key}`))
  }
  return missing
}

function isPosition(value: unknown): boolean {
  const place = value as { start?: { line?: unknown; column?: unknown }; end?: { line?: unknown; column?: unknown } } | undefined
  return [place?.start, place?.end].every((point) => typeof point?.line === 'number' && typeof point.column === 'number')
}

function parse(text: string): Deck | null {
  return deckFromMarkdown(new VFile({ path: 'input.md', value: text }))
}

describe('deckFromMarkdown properties', () => {
  test('the deck survives a JSON round trip and every node has a position', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const deck = parse(text)
        expect(deck).not.toBeNull()
        expect(JSON.parse(JSON.stringify(deck))).toEqual(deck)
        expect(nodesWithoutPosition(deck)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  test('any text gives a deck or null with messages, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const file = new VFile({ path: 'input.md', value: text })
        const deck = deckFromMarkdown(file)
        if (deck === null) expect(file.messages.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })

  test('the position checker itself notices a missing position', () => {
    expect(nodesWithoutPosition({ slides: [{ type: 'content', blocks: [{ type: 'paragraph' }] }] })).toEqual([
      'deck.slides[0]',
      'deck.slides[0].blocks[0]',
    ])
  })
})
