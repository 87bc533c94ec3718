import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import { scanCodeLines } from '../../src/parse/code-line-scan.js'
import { fencedDivsToDirectives } from '../../src/parse/fenced-divs.js'
import { codeLines } from '../../src/parse/mdast-from-markdown.js'
import { createParseCache } from '../../src/parse/parse-cache.js'
import { parseInPieces } from '../../src/parse/segments.js'

const plain = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkFrontmatter, ['yaml']).freeze()
const slides = plain().use(remarkDirective).freeze()
const parse = (text: string): Root => slides.parse(text)
/** One cache across the file's cases, as the dev server keeps one across saves. */
const cache = createParseCache()

/** Parsing in pieces (cold, then again from the cache) must give exactly the whole parse. */
function agrees(source: string, joinedChars?: number): void {
  const code = scanCodeLines(source.split(/\r\n|\r|\n/))
  const { text, outerDivs } = fencedDivsToDirectives(source, code ?? codeLines(plain.parse(source)))
  const whole = parse(text)
  expect(parseInPieces(text, { code, outerDivs }, parse, cache, joinedChars), source).toEqual(whole)
  expect(parseInPieces(text, { code, outerDivs }, parse, cache, joinedChars), source).toEqual(whole)
}

describe('parseInPieces', () => {
  test('gives the whole parse for a deck, and again after an edit', () => {
    const deck = '---\ntitle: x\n# not a heading\n---\n\n# A\n\n## B\n\n- one\n- two\n\n::: notes\nhi\n\n# in notes\n:::\n\n## C\n\n```\n\n# code\n```\n\ntext\n'
    agrees(deck)
    agrees(deck.replace('two', 'three'))
  })

  test('gives the whole parse for every parse fixture', () => {
    const root = join(import.meta.dirname, '../fixtures/parse')
    for (const name of readdirSync(root)) {
      let text: string
      try {
        text = readFileSync(join(root, name, 'input.md'), 'utf8')
      } catch {
        continue
      }
      agrees(text)
    }
  })

  test('gives the whole parse for a document too large to keep its pieces', () => {
    const slide = (n: number): string => `## Slide ${n}\n\n- point *${n}* with \`code\`\n- https://example.org/${n}\n\n| a | b |\n|---|---|\n| ${n} | x |\n\n::: notes\nSaid ${n}.\n:::\n\n`
    const deck = `---\ntitle: big\n---\n\n# Part\n\n${Array.from({ length: 1700 }, (_, n) => slide(n)).join('')}`
    expect(deck.length).toBeGreaterThan(200_000)
    agrees(deck)
  })

  test('gives the whole parse for generated documents', () => {
    const line = fc.constantFrom(
      '', '', '# A', '## B', '#', '#x', ' # C', '::: notes', ':::', ':::: columns', '::: {.column}', '```', '~~~', '    code',
      '- item', '  more', '1. one', '> quote', 'para', 'Setext', '===', '| a | b |', '|---|---|', '[x]: /u', '[x]', '`a', 'b`',
      '---', 'title: x', '<div>', '\t# tab', 'text\r', '# D\r',
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 16 }), (lines) => {
        agrees(lines.join('\n'))
      }),
      { numRuns: 2000 },
    )
  })

  test('gives the whole parse when pieces are joined (as a document too large to keep them is parsed)', () => {
    const line = fc.constantFrom('', '', '# A', '## B', '::: notes', ':::', '```', '- item', '  more', '1. one', '> quote', 'para', '===', '| a | b |', '|---|---|', '---', 'x\r')
    fc.assert(
      fc.property(fc.array(line, { maxLength: 24 }), fc.integer({ min: 1, max: 40 }), (lines, joinedChars) => {
        agrees(lines.join('\n'), joinedChars)
      }),
      { numRuns: 1000 },
    )
  })
})
