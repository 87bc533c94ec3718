import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBuildCache, runBuild, type BuildCache } from '../../src/build/index.js'
import { nodeHost } from '../../src/node-host.js'

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
    // One word of one slide changed, as a save in the dev server does.
    const edited = source.replace(/\n## (.+)\n/, '\n## $1 (diubah)\n')
    expect(edited).not.toBe(source)
    writeFileSync(deck, edited)
    const incremental = await digests(deck, warm, folder)
    expect(incremental).toEqual(await digests(deck, createBuildCache(), folder))
    // And back again, with the cache that saw the edit.
    writeFileSync(deck, source)
    expect(await digests(deck, warm, folder)).toEqual(await digests(deck, createBuildCache(), folder))
  }, 120_000)
})
