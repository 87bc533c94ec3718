import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBuildCache, runBuild, type BuildCache } from '../../src/build/index.js'
import type { DeckCache } from '../../src/build/index.js'
import { nodeHost } from '../../src/node-host.js'
import { encodePng } from '../support/png.js'

/**
 * A rebuild with the cache of the builds before (the dev server's) reuses
 * the transformed XML of every PPTX part whose input is unchanged, and gives
 * the bytes of a clean build, whatever the save did: a word, a slide
 * inserted, removed or moved, notes, a footer, another theme, another picture.
 */

const repo = resolve(import.meta.dirname, '../..')
const source = readFileSync(join(repo, 'tests/fixtures/qa-decks/quarto-workshop.md'), 'utf8')

/** The deck's slides (from its first `##`) and what comes before them. */
function slidesOf(text: string): { head: string; slides: string[] } {
  const [head = '', ...slides] = text.split(/(?=^## )/m)
  return { head, slides }
}

function withSlides(head: string, slides: readonly string[]): string {
  return head + slides.map((slide) => (slide.endsWith('\n\n') ? slide : `${slide.trimEnd()}\n\n`)).join('')
}

/** sha256 of the outputs of the deck in `folder`, built with `cache`. */
async function build(folder: string, cache: BuildCache): Promise<{ html: string; pptx: string }> {
  const result = await runBuild({ inputs: ['deck.md'], outDir: 'dist', formats: ['html', 'pptx'], theme: null, dryRun: true }, nodeHost(folder, '0'), cache)
  if (result.type !== 'done') throw new Error(`the deck did not build: ${result.type}`)
  const outputs = result.decks[0]?.outputs
  if (!outputs?.html || !outputs.pptx) throw new Error('the deck gave no outputs')
  const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')
  return { html: sha(outputs.html), pptx: sha(outputs.pptx) }
}

/** What `cache` keeps of the one deck built with it. */
function deckOf(cache: BuildCache): DeckCache {
  const decks = [...cache.decks.values()]
  expect(decks).toHaveLength(1)
  const deck = decks[0]
  if (deck === undefined) throw new Error('no deck in the cache')
  return deck
}

const partsOf = (cache: BuildCache): DeckCache['parts'] => deckOf(cache).parts

/** Makes each save in `folder`, then checks a build with `warm` (the builds before's cache) gives a clean build's bytes. */
async function expectCleanBytes(folder: string, warm: BuildCache, saves: ReadonlyArray<[string, string | (() => void)]>): Promise<void> {
  for (const [what, save] of saves) {
    if (typeof save === 'string') {
      expect(save, what).not.toBe(readFileSync(join(folder, 'deck.md'), 'utf8'))
      writeFileSync(join(folder, 'deck.md'), save)
    } else save()
    const incremental = await build(folder, warm)
    expect(incremental, what).toEqual(await build(folder, createBuildCache()))
  }
}

function deckFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'layar-incremental-'))
  copyFileSync(join(repo, 'tests/fixtures/qa-decks/chart.png'), join(folder, 'chart.png'))
  writeFileSync(join(folder, 'deck.md'), source)
  return folder
}

describe('incremental PPTX rebuilds', () => {
  it('give a clean build’s bytes after every kind of save', async () => {
    const folder = deckFolder()
    const warm = createBuildCache()
    await build(folder, warm)
    const { head, slides } = slidesOf(source)
    expect(slides.length).toBeGreaterThan(5)
    const [first = '', second = '', third = '', ...rest] = slides
    const saves: Array<[string, string | (() => void)]> = [
      ['one word', source.replace('grows into a tangle', 'grows into a knot')],
      ['a slide inserted', withSlides(head, [first, '## Sisipan\n\nSatu slide baru.\n', second, third, ...rest])],
      ['a slide removed', withSlides(head, [first, third, ...rest])],
      ['two slides swapped', withSlides(head, [first, third, second, ...rest])],
      ['notes added', source.replace('## Terminology\n', '## Terminology\n\n::: notes\nSay it slowly.\n:::\n')],
      // The footer is the transforms' to write (pptxgenjs's slide XML stays the same): the plan must tell.
      ['another footer', source.replace('Data Pipelines Workshop 2024', 'Data Pipelines Workshop 2025')],
      // Every run's language and the document properties: the slides' plans may stay the same.
      ['another language', source.replace('jupyter: python3\n', 'jupyter: python3\nlang: id\n')],
      ['another title', source.replace('title: "Reproducible Data Pipelines"', 'title: "Reproducible Pipelines"')],
      ['another theme', source.replace('jupyter: python3\n', 'jupyter: python3\ntheme: contrast\n')],
      ['the theme back', source],
      // Same size, other pixels: the slide's XML is the same, its picture is not.
      ['another picture, same size', () => writeFileSync(join(folder, 'chart.png'), encodePng(640, 400, (x) => [x % 256, 80, 160]))],
      // Another aspect: the picture's box changes.
      ['another picture, other size', () => writeFileSync(join(folder, 'chart.png'), encodePng(300, 300, (_x, y) => [200, y % 256, 40]))],
      ['the picture back', () => copyFileSync(join(repo, 'tests/fixtures/qa-decks/chart.png'), join(folder, 'chart.png'))],
    ]
    await expectCleanBytes(folder, warm, saves)
  }, 300_000)

  it('give a clean build’s bytes on an organisation’s template, with formulas, notes and an SVG picture', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'layar-incremental-'))
    copyFileSync(join(repo, 'tests/fixtures/reference-doc/impress-vivid.pptx'), join(folder, 'brand.pptx'))
    const svg = readFileSync(join(repo, 'tests/fixtures/corpus/image-svg/flow.svg'), 'utf8')
    writeFileSync(join(folder, 'flow.svg'), svg)
    const math = readFileSync(join(repo, 'tests/fixtures/math/matematika.md'), 'utf8')
    const text = `${math.replace('lang: id\n', 'lang: id\nreference-doc: brand.pptx\n')}\n## Diagram\n\n![Alur kerja](flow.svg)\n\n## Langkah\n\n::: incremental\n- Satu\n- Dua\n:::\n`
    writeFileSync(join(folder, 'deck.md'), text)
    const warm = createBuildCache()
    await build(folder, warm)
    const { head, slides } = slidesOf(text.replace(/^# /gm, '## '))
    await expectCleanBytes(folder, warm, [
      ['one word', text.replace('Peluang gagal', 'Peluang sukses')],
      ['a formula', text.replace('\\sqrt[3]{x}', '\\sqrt[4]{y}')],
      ['a note', text.replace('Jelaskan $P_t$', 'Terangkan $P_t$')],
      ['slides swapped', withSlides(head, [...slides].reverse())],
      ['a slide removed', withSlides(head, slides.slice(1))],
      ['the picture redrawn', () => writeFileSync(join(folder, 'flow.svg'), svg.replace('#ff7f0e', '#2ca02c'))],
      ['the deck back', text],
    ])
  }, 300_000)

  it('draws, parses and transforms again only the slides and parts a save changed', async () => {
    const folder = deckFolder()
    const cache = createBuildCache()
    await build(folder, cache)
    const all = [...partsOf(cache).transformed]
    expect(all).toContain('ppt/slides/slide3.xml')
    expect(all).toContain('ppt/presentation.xml')
    expect(all).toContain('ppt/theme/theme1.xml')
    const first = new Map(partsOf(cache).entries)
    const masters = partsOf(cache).masters.written
    expect(masters?.layouts.length).toBeGreaterThan(0)
    const slides = deckOf(cache).drawn.slides.length
    expect(deckOf(cache).drawn.drawn).toEqual(Array.from({ length: slides }, (_unused, index) => index + 1))

    // Nothing changed: every part's transformed text is the one made before, not a copy.
    await build(folder, cache)
    expect(partsOf(cache).transformed).toEqual([])
    expect(deckOf(cache).drawn.drawn).toEqual([])
    // The master and layouts were not built again either.
    expect(partsOf(cache).masters.written).toBe(masters)
    for (const [path, entry] of partsOf(cache).entries) expect(entry.text, path).toBe(first.get(path)?.text)

    // A word of the first slide after the title slide: that slide and its notes slide only.
    writeFileSync(join(folder, 'deck.md'), source.replace('grows into a tangle', 'grows into a knot'))
    await build(folder, cache)
    expect(partsOf(cache).transformed).toEqual(['ppt/slides/slide2.xml', 'ppt/notesSlides/notesSlide2.xml'])
    expect(deckOf(cache).drawn.drawn).toEqual([2])
    expect(partsOf(cache).masters.written).toBe(masters)

    // Another theme: every part again.
    writeFileSync(join(folder, 'deck.md'), source.replace('jupyter: python3\n', 'jupyter: python3\ntheme: contrast\n'))
    await build(folder, cache)
    expect([...partsOf(cache).transformed].sort()).toEqual([...all].sort())
    expect(deckOf(cache).drawn.drawn).toHaveLength(slides)
    expect(partsOf(cache).masters.written).not.toBe(masters)
  }, 120_000)
})
