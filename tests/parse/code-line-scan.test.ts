import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import { scanCodeLines } from '../../src/parse/code-line-scan.js'
import { codeLines } from '../../src/parse/mdast-from-markdown.js'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
const fenceLike = /^(?:[ \t]*>)*[ \t]*:{3,}/

/** What the rewrite depends on: the fence-like lines that are code. */
function fenceCode(lines: readonly string[], code: ReadonlySet<number>): number[] {
  return lines.flatMap((line, index) => (fenceLike.test(line) && code.has(index + 1) ? [index + 1] : []))
}

/** The scan's answer must equal the parser's on every fence-like line whenever it gives one. */
function agrees(text: string): boolean | null {
  const lines = text.split(/\r\n|\r|\n/)
  const scanned = scanCodeLines(lines)
  if (scanned === null) return null
  expect(fenceCode(lines, scanned), text).toEqual(fenceCode(lines, codeLines(parser.parse(text))))
  return true
}

describe('scanCodeLines', () => {
  test('answers for plain decks with notes, and for top-level fenced code', () => {
    expect(agrees('---\ntitle: x\n---\n\n## A\n\n::: notes\nhi\n:::\n')).toBe(true)
    expect(agrees('## A\n\n```\n::: notes\n```\n\n::: notes\nx\n:::\n')).toBe(true)
    expect(agrees('~~~~\n:::\n~~~\n:::\n~~~~~\n:::\n')).toBe(true)
    expect(agrees('```\n:::\n')).toBe(true)
  })

  test('gives up where only the parser can tell', () => {
    expect(agrees('- x\n\n      :::\n')).toBeNull()
    expect(agrees('a `b\n::: c`\n')).toBeNull()
    expect(agrees('- ```\n  :::\n')).toBeNull()
    expect(agrees('<!--\n```\n-->\n```\n:::\n```\n')).toBeNull()
    expect(agrees('```a`\n:::\n')).toBeNull()
    expect(agrees('---\na: "```"\n---\n:::\n')).toBeNull()
  })

  test('agrees with the parser on every parse fixture', () => {
    const root = join(import.meta.dirname, '../fixtures/parse')
    for (const name of readdirSync(root)) {
      const input = join(root, name, 'input.md')
      let text: string
      try {
        text = readFileSync(input, 'utf8')
      } catch {
        continue
      }
      agrees(text)
    }
  })

  test('agrees with the parser on generated documents', () => {
    const line = fc.constantFrom(
      '',
      '::: notes',
      ':::',
      '::::',
      ' ::: x',
      '    :::',
      '\t:::',
      '> :::',
      '>     :::',
      '```',
      '````',
      '```js',
      ' ```',
      '   ```',
      '~~~',
      '~~~~ x',
      '- item',
      '  :::',
      '1. ```',
      'text `code',
      'code` text',
      '`',
      '---',
      'title: x',
      '| a | b |',
      '|---|---|',
      '<div>',
      'para',
      '    indented',
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
        agrees(lines.join('\n'))
      }),
      { numRuns: 3000 },
    )
  })
})
