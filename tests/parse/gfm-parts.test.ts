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
import { gfmPartsFor } from '../../src/parse/gfm-parts.js'
import { parseSlideMarkdown } from '../../src/parse/mdast-from-markdown.js'

/** The reference: remark-gfm with every GFM construct. */
const withAllOfGfm = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()
const agrees = (text: string): void => expect(parseSlideMarkdown(text) as Root, text).toEqual(withAllOfGfm.parse(text))

describe('parsing with only the GFM parts a text may use', () => {
  test('leaves the table out only when no delimiter row is possible, and the autolinks only without @, www or http', () => {
    expect(gfmPartsFor('Plain words, a colon: and a dash - here.')).toEqual({ table: false, autolinkLiteral: false })
    expect(gfmPartsFor('| a |\n|---|')).toMatchObject({ table: true })
    expect(gfmPartsFor('a\n:-')).toMatchObject({ table: true })
    expect(gfmPartsFor('a\n--:')).toMatchObject({ table: true })
    expect(gfmPartsFor('tulis ke staf@mabes.mil.id')).toMatchObject({ autolinkLiteral: true })
    expect(gfmPartsFor('lihat WWW.example.org')).toMatchObject({ autolinkLiteral: true })
    expect(gfmPartsFor('HTTPS://example.org')).toMatchObject({ autolinkLiteral: true })
    expect(gfmPartsFor('staf&#64;mabes.mil.id')).toMatchObject({ autolinkLiteral: true })
  })

  test('gives remark-gfm’s tree for every parse fixture and the default deck', () => {
    const root = join(import.meta.dirname, '../..')
    const fixtures = join(root, 'tests/fixtures/parse')
    const texts = [readFileSync(join(root, 'content/kerjasama-militer-regional.md'), 'utf8')]
    for (const name of readdirSync(fixtures)) {
      try {
        texts.push(readFileSync(join(fixtures, name, 'input.md'), 'utf8'))
      } catch {
        // A fixture folder without input.md.
      }
    }
    expect(texts.length).toBeGreaterThan(5)
    for (const text of texts) agrees(text)
  })

  test('gives remark-gfm’s tree for generated documents full of near-tables and near-autolinks', () => {
    const line = fc.constantFrom(
      '', 'a', 'a | b', '| a | b |', '|---|---|', '---', '-', ':-', '-:', ':-:', ' :--', '--:', 'a:-b', ': -', '- :-', '> :-', '> a',
      '- a', '1. a', '    :-', '```', 'x@y.z', 'staf@mabes.mil.id', 'www.example.org', 'WWW.X.Y', 'https://a.b/c', 'HTTP://X.Y',
      'mailto:a@b.c', 'xmpp:a@b.c', 'www', 'http', '[^1]', '[^1]: note', '~~del~~', '- [ ] task', '::: notes', ':::', '# H',
      'staf&#64;mabes.mil.id', 'a&commat;b.c', '&#119;ww.example.org', 'h&#116;tp://x.y', '&#124; a &#124;', '&#58;-', '&amp;',
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        agrees(lines.join('\n'))
      }),
      { numRuns: 3000 },
    )
  })
})
