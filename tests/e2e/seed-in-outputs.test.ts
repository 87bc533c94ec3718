import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { drawingText, fold, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { runCli } from '../support/run-cli.js'
import { readText, seedArticlePath, seedParts } from '../support/seed-text.js'

const root = resolve(__dirname, '../..')

describe('every sentence of the seed article reaches both outputs of the default deck', () => {
  const out = mkdtempSync(join(tmpdir(), 'layar-seed-'))
  let pptxText = ''
  let htmlText = ''
  beforeAll(async () => {
    const run = await runCli(['build', 'content/kerjasama-militer-regional.md', '--out', out], root)
    expect(run.code, run.stderr).toBe(0)
    const parts = await pptxSlideParts(readFileSync(join(out, 'kerjasama-militer-regional.pptx')))
    pptxText = fold([...parts.slides, ...parts.notes].map(drawingText).join('\n'))
    htmlText = fold(htmlSlides(readFileSync(join(out, 'kerjasama-militer-regional.html'), 'utf8')).text)
  })

  const parts = seedParts(readText(seedArticlePath))
  const sentences = [...parts.prose, ...parts.listItems, ...parts.headings]

  it('reads a real article', () => {
    expect(sentences.length).toBeGreaterThan(50)
  })

  it.each(sentences.map((sentence, i) => [i + 1, sentence]))('sentence %i is in the PPTX (slides or notes)', (_i, sentence) => {
    expect(pptxText).toContain(sentence)
  })

  it.each(sentences.map((sentence, i) => [i + 1, sentence]))('sentence %i is in the HTML (slides or notes)', (_i, sentence) => {
    expect(htmlText).toContain(sentence)
  })
})
