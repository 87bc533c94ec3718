/**
 * Writes the parts prepared for cold builds (src/render/pptx/prepared-parts.ts)
 * into `outdir`: for every shipped theme and every locale layar knows, a
 * one-slide deck is built with the modules tsc just compiled, and the slide
 * master, layouts and theme part it wrote (with what they were written from)
 * are kept in one gzipped file. Run by scripts/bundle.mjs, after tsc.
 *
 * The deck has a title and nothing else in its front matter: a deck with a
 * footer, classification or organisation has other masters, and its cold
 * build writes them as before.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { pathToFileURL } from 'node:url'

/**
 * @param root the package folder (dist-lib/ compiled)
 * @param outdir where the files go (the bundle's `prepared-parts/` folder)
 * @returns how many files were written
 */
export async function writePreparedParts(root, outdir) {
  const compiled = (path) => import(pathToFileURL(join(root, path)).href)
  const { VFile } = await compiled('node_modules/vfile/index.js')
  const { buildDeck, createBuildCache, deckCache } = await compiled('dist-lib/build/index.js')
  const { shippedThemeNames } = await compiled('dist-lib/theme/index.js')
  const { KNOWN_LOCALES } = await compiled('dist-lib/render/pptx/plan/text-safety.js')
  const { preparedPartsOf, preparedPartsName, preparedPartsKey } = await compiled('dist-lib/render/pptx/prepared-parts.js')
  await mkdir(outdir, { recursive: true })
  // One cache for every deck: the fonts are opened once; each deck (path) keeps its own parts.
  const cache = createBuildCache()
  let written = 0
  for (const theme of shippedThemeNames()) {
    for (const [code, locale] of Object.entries(KNOWN_LOCALES)) {
      const path = join(outdir, `${theme}-${code}.md`)
      const file = new VFile({ path, value: `---\ntitle: Layar\nlang: ${code}\n---\n\n## Layar\n\nLayar.\n` })
      const built = await buildDeck(file, { formats: ['pptx'], theme, themeContext: null, sourceDateEpoch: 0 }, async () => null, cache)
      if (built.outputs?.pptx == null) throw new Error(`prepared parts: the ${theme} deck in ${code} did not build: ${file.messages.map(String).join('; ')}`)
      const prepared = preparedPartsOf(deckCache(cache, path).parts, deckCache(cache, path).zip)
      if (prepared === null || prepared.lang !== locale || prepared.entries.length === 0) throw new Error(`prepared parts: the ${theme} deck in ${code} left no parts to prepare`)
      // Gzipped (see the bundle's reader in scripts/bundle.mjs).
      await writeFile(join(outdir, `${preparedPartsName(preparedPartsKey(prepared))}.gz`), gzipSync(JSON.stringify(prepared), { level: 9 }))
      written++
    }
  }
  return written
}
