import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { drawingText, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { countSyntax, LITERAL_SYNTAX, warnedLines } from '../support/literal-syntax.js'
import { runCli } from '../support/run-cli.js'

/**
 * No pandoc syntax reaches a slide as literal text unless a warning was
 * reported where it is written. The corpus holds pandoc/Quarto-style decks
 * with every construct of issue 15, those layar reads and those it does not
 * read yet (those must be warned). For each deck and piece of syntax, the
 * count in the rendered text of each output (HTML slides and notes; PPTX
 * slides and notes) must be at most its count on source lines a warning
 * covers. `literal-syntax.json` records the counts, so the state is visible.
 */

const corpus = resolve(__dirname, '../fixtures/pandoc-corpus')
const decks = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort()

const SYNTAX = LITERAL_SYNTAX
const count = countSyntax

interface DeckText {
  html: string
  pptx: string
  /** The source lines some warning covers, joined. */
  warned: string
}

describe('pandoc syntax never reaches a slide as literal text without a warning', () => {
  const texts = new Map<string, DeckText>()
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'layar-literal-'))
    const run = await runCli(['build', corpus, '--out', out, '--format', 'html,pptx'], corpus, { SOURCE_DATE_EPOCH: '1764028800' })
    expect(run.code, run.stderr).toBe(0)
    for (const deck of decks) {
      const name = deck.slice(0, -3)
      const parts = await pptxSlideParts(readFileSync(join(out, `${name}.pptx`)))
      const source = readFileSync(join(corpus, deck), 'utf8').split('\n')
      const warned = warnedLines(run.stderr, deck)
      texts.set(deck, {
        html: htmlSlides(readFileSync(join(out, `${name}.html`), 'utf8')).text,
        pptx: [...parts.slides, ...parts.notes].map(drawingText).join('\n'),
        warned: source.filter((_line, index) => warned.has(index + 1)).join('\n'),
      })
    }
  }, 120_000)

  it('has a corpus of decks', () => {
    expect(decks.length).toBeGreaterThanOrEqual(5)
  })

  it.each(decks)('%s: every literal piece of syntax in either output is warned at its place', (deck) => {
    const text = texts.get(deck)!
    for (const [name, pattern] of Object.entries(SYNTAX)) {
      const warned = count(text.warned, pattern)
      expect(count(text.html, pattern), `${name} in the HTML`).toBeLessThanOrEqual(warned)
      expect(count(text.pptx, pattern), `${name} in the PPTX`).toBeLessThanOrEqual(warned)
    }
  })

  it('records how much literal syntax each output still shows (all of it warned)', async () => {
    const table: Record<string, Record<string, { html: number; pptx: number; warnedInSource: number }>> = {}
    for (const deck of decks) {
      const text = texts.get(deck)!
      const row: Record<string, { html: number; pptx: number; warnedInSource: number }> = {}
      for (const [name, pattern] of Object.entries(SYNTAX)) {
        const counts = { html: count(text.html, pattern), pptx: count(text.pptx, pattern), warnedInSource: count(text.warned, pattern) }
        if (counts.html + counts.pptx + counts.warnedInSource > 0) row[name] = counts
      }
      table[deck] = row
    }
    await expect(`${JSON.stringify(table, null, 2)}\n`).toMatchFileSnapshot(join(corpus, 'literal-syntax.json'))
  })
})
