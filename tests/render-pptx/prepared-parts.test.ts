import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck, createBuildCache, deckCache, type BuildCache } from '../../src/build/index.js'
import { KNOWN_LOCALES } from '../../src/render/pptx/plan/text-safety.js'
import { deckToPlan } from '../../src/render/pptx/plan/index.js'
import { isPreparedPath, preparedPartsKey, preparedPartsKeyOf, preparedPartsName, preparedPartsOf, startFromPrepared, type PreparedParts } from '../../src/render/pptx/prepared-parts.js'
import { partTransforms } from '../../src/render/pptx/transforms/index.js'
import { loadShippedTheme, shippedThemeNames } from '../../src/theme/index.js'

/**
 * The parts prepared at compile time (src/render/pptx/prepared-parts.ts,
 * scripts/prepared-parts.mjs) start a cold build's part cache: a deck of the
 * theme and locale they were made for writes its master, layouts and theme
 * part from them, and every build gives the bytes of a build without them.
 */

const repo = resolve(import.meta.dirname, '../..')
const article = readFileSync(join(repo, 'tests/fixtures/layout/naive-article/input.md'), 'utf8')

/** The naive article's first three slides, in another language and theme, with `extra` front matter. */
function deck(lang: string, extra = ''): string {
  const [, , body = ''] = article.split(/^---$/m)
  const slides = body.split(/(?=^## )/m).filter((part) => part.startsWith('## ')).slice(0, 3)
  return `---\ntitle: Kerjasama\nlang: ${lang}\n${extra}---\n\n${slides.join('')}`
}

async function pptxOf(markdown: string, theme: string, cache: BuildCache, path = '/deck/deck.md'): Promise<Uint8Array> {
  const file = new VFile({ path, value: markdown })
  const built = await buildDeck(file, { formats: ['pptx'], theme, themeContext: null, sourceDateEpoch: 0 }, async () => null, cache)
  if (!built.outputs?.pptx) throw new Error(`the deck did not build: ${file.messages.map(String).join('; ')}`)
  return built.outputs.pptx
}

/** What scripts/prepared-parts.mjs keeps for a theme and locale: a one-slide deck's parts, through JSON as in the files. */
async function prepare(theme: string, lang: string): Promise<PreparedParts> {
  const cache = createBuildCache()
  await pptxOf(`---\ntitle: Layar\nlang: ${lang}\n---\n\n## Layar\n\nLayar.\n`, theme, cache, '/prepared/deck.md')
  const deck = deckCache(cache, '/prepared/deck.md')
  const prepared = preparedPartsOf(deck.parts, deck.zip)
  if (prepared === null) throw new Error('nothing prepared')
  return JSON.parse(JSON.stringify(prepared)) as PreparedParts
}

/** A cold build of `markdown` whose part and zip caches start from `prepared`: its bytes, the parts it transformed and whether it zipped the master again. */
async function seeded(markdown: string, theme: string, prepared: PreparedParts): Promise<{ pptx: Uint8Array; transformed: string[]; masterZipped: boolean }> {
  const cache = createBuildCache()
  const { parts, zip } = deckCache(cache, '/deck/deck.md')
  startFromPrepared(parts, zip, prepared, partTransforms)
  const master = 'ppt/slideMasters/slideMaster1.xml'
  const before = zip.entries.get(master)
  expect(before).toBeDefined()
  const pptx = await pptxOf(markdown, theme, cache)
  return { pptx, transformed: parts.transformed, masterZipped: zip.entries.get(master) !== before }
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b))

/** The name of the prepared-parts file a build of `markdown` looks for (`seedPartCache`). */
async function nameLookedFor(markdown: string, theme: string): Promise<string> {
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  const built = await buildDeck(file, { formats: ['html'], theme, themeContext: null, sourceDateEpoch: 0 }, async () => null)
  const loaded = loadShippedTheme(theme)
  if (built.laidOut === null || loaded.type !== 'ok') throw new Error('the deck did not lay out')
  return preparedPartsName(preparedPartsKeyOf(deckToPlan(built.laidOut, loaded.theme, {})))
}

describe('parts prepared at compile time', () => {
  it('write the master, layouts and theme part of every shipped theme in every known locale, with the bytes of a build without them', async () => {
    const combinations = shippedThemeNames().flatMap((theme) => Object.keys(KNOWN_LOCALES).map((lang) => [theme, lang] as const))
    expect(combinations.length).toBeGreaterThanOrEqual(27)
    for (const [theme, lang] of combinations) {
      const prepared = await prepare(theme, lang)
      expect(prepared.entries.map(([path]) => path).every(isPreparedPath), `${theme} ${lang}`).toBe(true)
      const markdown = deck(lang)
      // The deck looks for the very file these parts are kept in.
      expect(await nameLookedFor(markdown, theme), `${theme} ${lang}`).toBe(preparedPartsName(preparedPartsKey(prepared)))
      const { pptx, transformed, masterZipped } = await seeded(markdown, theme, prepared)
      // Used: none of the prepared parts was transformed again (the slides were), and the master was not compressed again.
      expect(transformed.filter(isPreparedPath), `${theme} ${lang}`).toEqual([])
      expect(masterZipped, `${theme} ${lang}`).toBe(false)
      expect(transformed.some((path) => path.startsWith('ppt/slides/')), `${theme} ${lang}`).toBe(true)
      expect(same(pptx, await pptxOf(markdown, theme, createBuildCache())), `${theme} ${lang}`).toBe(true)
    }
  }, 240_000)

  it('are not reused for a deck with other masters, another locale or another theme, whose bytes stay those of a build without them', async () => {
    const prepared = await prepare('formal', 'id')
    const cases = [
      ['a footer, a classification and an organisation', deck('id', 'footer: Paparan\nclassification: TERBATAS\norganization: Direktorat\n'), 'formal'],
      ['another locale', deck('en'), 'formal'],
      ['another theme', deck('id'), 'minimal'],
    ] as const
    for (const [what, markdown, theme] of cases) {
      // It looks for another file (there is none for chrome), and given these parts anyway reuses none of the master's.
      expect(await nameLookedFor(markdown, theme), what).not.toBe(preparedPartsName(preparedPartsKey(prepared)))
      const { pptx, transformed, masterZipped } = await seeded(markdown, theme, prepared)
      expect(transformed, what).toContain('ppt/slideMasters/slideMaster1.xml')
      expect(masterZipped, what).toBe(true)
      expect(same(pptx, await pptxOf(markdown, theme, createBuildCache())), what).toBe(true)
    }
  }, 120_000)
})
