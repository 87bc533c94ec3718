import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countSyntax, LITERAL_SYNTAX, warnedLines } from '../support/literal-syntax.js'
import { validatePptx } from '../support/ooxml-schema.js'
import { drawingText, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { runCli } from '../support/run-cli.js'

/**
 * Integration QA: decks written the way pandoc and Quarto users write them
 * (a Quarto revealjs workshop, a plain pandoc deck with a `%` title block, an
 * Indonesian briefing without front matter) build in every shipped theme with
 * both outputs: exit 0, every PPTX part schema-valid, and no pandoc syntax
 * shown as literal text where no warning covers its source line.
 */

const folder = resolve(__dirname, '../fixtures/qa-decks')
const decks = readdirSync(folder).filter((name) => name.endsWith('.md')).sort()
const THEMES = ['formal', 'minimal', 'contrast'] as const

describe.each(THEMES)('QA decks in the %s theme', (theme) => {
  it('build with both outputs: exit 0, schema-valid PPTX, no unwarned literal syntax', async () => {
    expect(decks.length).toBeGreaterThanOrEqual(3)
    const out = mkdtempSync(join(tmpdir(), `layar-qa-${theme}-`))
    const run = await runCli(['build', folder, '--out', out, '--theme', theme, '--format', 'html,pptx'], folder, { SOURCE_DATE_EPOCH: '1764028800' })
    expect(run.code, run.stderr).toBe(0)
    for (const deck of decks) {
      const name = deck.slice(0, -3)
      const pptx = readFileSync(join(out, `${name}.pptx`))
      const report = await validatePptx(pptx)
      expect(report.checked.length, `${deck}: parts checked`).toBeGreaterThan(10)
      expect(report.failures, `${deck}: schema failures`).toEqual([])

      const parts = await pptxSlideParts(pptx)
      const html = htmlSlides(readFileSync(join(out, `${name}.html`), 'utf8')).text
      const pptxText = [...parts.slides, ...parts.notes].map(drawingText).join('\n')
      const lines = warnedLines(run.stderr, deck)
      const warned = readFileSync(join(folder, deck), 'utf8').split('\n').filter((_line, index) => lines.has(index + 1)).join('\n')
      for (const [syntax, pattern] of Object.entries(LITERAL_SYNTAX)) {
        const allowed = countSyntax(warned, pattern)
        expect(countSyntax(html, pattern), `${deck}: ${syntax} in the HTML`).toBeLessThanOrEqual(allowed)
        expect(countSyntax(pptxText, pattern), `${deck}: ${syntax} in the PPTX`).toBeLessThanOrEqual(allowed)
      }
    }
  }, 180_000)
})
