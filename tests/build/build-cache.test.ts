import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { assetReader, buildDeck, createBuildCache, runBuild, type BuildCache, type BuildDeckResult } from '../../src/build/index.js'
import { nodeHost } from '../../src/node-host.js'
import type { LaidOutSlide } from '../../src/layout/index.js'

/**
 * The build cache only saves time: two different decks built at once in one
 * process, with a fresh or a warm shared cache, give the bytes each gives
 * built alone; and a rebuild after an edit, with the cache of the build
 * before, gives the bytes of a clean build of the edited deck.
 */

const repo = resolve(import.meta.dirname, '../..')
const decks = ['content/kerjasama-militer-regional.md', 'tests/fixtures/layout/naive-article/input.md', 'tests/fixtures/qa-decks/quarto-workshop.md']

/** sha256 of each output of one deck, built with `cache`. */
async function digests(path: string, cache: BuildCache, cwd = repo): Promise<Record<string, string>> {
  const result = await runBuild({ inputs: [path], outDir: 'dist', formats: ['html', 'pptx'], theme: null, dryRun: true }, nodeHost(cwd, '0'), cache)
  if (result.type !== 'done') throw new Error(`${path} did not build: ${result.type}`)
  const outputs = result.decks[0]?.outputs
  if (!outputs?.html || !outputs.pptx) throw new Error(`${path} gave no outputs`)
  const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')
  return { html: sha(outputs.html), pptx: sha(outputs.pptx) }
}

describe('the build cache', () => {
  it('gives the same bytes to decks built in parallel, cold and warm, as built alone', async () => {
    const alone: Array<Record<string, string>> = []
    for (const deck of decks) alone.push(await digests(deck, createBuildCache()))
    expect(new Set(alone.map((d) => d.pptx)).size).toBe(decks.length)

    const shared = createBuildCache()
    expect(await Promise.all(decks.map((deck) => digests(deck, shared)))).toEqual(alone)
    // Warm now: every deck's widths, parsed pieces and compressed parts are in the cache.
    expect(shared.decks.size).toBe(decks.length)
    expect(await Promise.all(decks.map((deck) => digests(deck, shared)))).toEqual(alone)
    expect(await Promise.all([...decks].reverse().map((deck) => digests(deck, shared)))).toEqual([...alone].reverse())
  }, 120_000)

  it('rebuilds an edited deck with the previous build’s cache to the bytes of a clean build', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'layar-cache-'))
    const deck = join(folder, 'deck.md')
    const source = readFileSync(join(repo, decks[2] ?? ''), 'utf8')
    copyFileSync(join(repo, 'tests/fixtures/qa-decks/chart.png'), join(folder, 'chart.png'))
    const warm = createBuildCache()
    writeFileSync(deck, source)
    await digests(deck, warm, folder)
    // Each save as the dev server sees it, built with the cache of the builds before, then from scratch.
    const saves: Array<[string, string]> = [
      // One word of one slide: only that slide is laid out and drawn again.
      ['one word', source.replace(/\n## (.+)\n/, '\n## $1 (diubah)\n')],
      // A slide inserted: every later slide moves down a line and a number, and the total changes.
      ['a slide inserted', source.replace('\n## Two approaches', '\n## Sisipan\n\nSatu slide baru.\n\n## Two approaches')],
      // Another theme: every slide again.
      ['another theme', source.replace('jupyter: python3\n', 'jupyter: python3\ntheme: contrast\n')],
      // A footer: every slide's chrome.
      ['a footer', source.replace('jupyter: python3\n', 'jupyter: python3\nfooter: Kaki baru\n')],
      ['back again', source],
    ]
    for (const [what, text] of saves) {
      if (what !== 'back again') expect(text, what).not.toBe(source)
      writeFileSync(deck, text)
      const incremental = await digests(deck, warm, folder)
      expect(incremental, what).toEqual(await digests(deck, createBuildCache(), folder))
    }
  }, 240_000)

  it('lays out and draws again only the slide a save changed, the moved ones at their new lines', async () => {
    const source = readFileSync(join(repo, decks[0] ?? ''), 'utf8')
    const cache = createBuildCache()
    const build = async (text: string, with_ = cache): Promise<BuildDeckResult> => {
      const file = new VFile({ path: 'deck.md', value: text })
      return buildDeck(file, { formats: ['html'], theme: null, sourceDateEpoch: 0, themeContext: null }, assetReader(nodeHost(repo, '0'), 'content', { allowOutside: false, fetchRemote: false }), with_)
    }
    const drawing = (slide: LaidOutSlide | undefined): LaidOutSlide | undefined => (slide === undefined ? undefined : (cache.layout.drawnAs.get(slide) ?? slide))
    const before = (await build(source)).laidOut?.slides ?? []
    // A longer title and a line more on one slide: every later slide moves.
    const edited = source.replace(/\n## (.+)\n/, '\n## $1 (diubah)\n\n')
    expect(edited).not.toBe(source)
    const incremental = await build(edited)
    const after = incremental.laidOut?.slides ?? []
    expect(after).toHaveLength(before.length)
    const changed = after.filter((slide, index) => drawing(slide) !== drawing(before[index]))
    // One slide of the source, which may have been split into parts.
    expect(changed.length).toBeGreaterThanOrEqual(1)
    expect(new Set(changed.map((slide) => slide.position.start.line)).size).toBe(1)
    // The sections of the slides left alone are the ones drawn before.
    const kept = after.filter((slide, index) => drawing(slide) === drawing(before[index]))
    expect(kept.length).toBeGreaterThan(after.length / 2)
    expect(kept.every((slide) => cache.html.sections.has(drawing(slide) ?? slide))).toBe(true)
    // And the laid-out deck and its messages are a clean build's: positions moved with the text.
    const clean = await build(edited, createBuildCache())
    expect(JSON.parse(JSON.stringify(after))).toEqual(JSON.parse(JSON.stringify(clean.laidOut?.slides)))
    const described = (result: BuildDeckResult): string[] => result.file.messages.map((message) => `${message.name} ${message.ruleId} ${message.reason}`)
    expect(described(incremental)).toEqual(described(clean))
  }, 120_000)
})
