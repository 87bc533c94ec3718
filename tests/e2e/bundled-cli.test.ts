import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck, createBuildCache, deckCache } from '../../src/build/index.js'
import { KNOWN_LOCALES } from '../../src/render/pptx/plan/text-safety.js'
import { preparedPartsKey, preparedPartsName, preparedPartsOf } from '../../src/render/pptx/prepared-parts.js'
import { shippedThemeNames } from '../../src/theme/index.js'
import { runCli } from '../support/run-cli.js'

const root = resolve(__dirname, '../..')
const exec = promisify(execFile)
const deck = 'content/kerjasama-militer-regional.md'
const names = ['kerjasama-militer-regional.html', 'kerjasama-militer-regional.pptx']

describe('the bundled CLI (bin/layar.js, what users run)', () => {
  it('builds the default deck byte-identically to the sources, from a cold code cache and from a warm one', async () => {
    expect(existsSync(join(root, 'dist-lib/bundle/layar.cjs')), 'the bundle is missing: run `npm run compile` (npm test does)').toBe(true)
    const work = mkdtempSync(join(tmpdir(), 'layar-bundle-'))
    const cache = join(work, 'cache')
    const env = { ...process.env, LAYAR_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1764028800' }
    const runs = []
    // The first build in a cache folder writes widths but no code cache; the next writes it (cold); the last reads it (warm).
    for (const out of ['first', 'cold', 'warm']) {
      runs.push(await exec('node', ['bin/layar.js', 'build', deck, '--out', join(work, out)], { cwd: root, env }))
    }
    for (const run of runs) expect(run.stderr).not.toMatch(/warning|error/i)
    expect(readdirSync(cache).filter((name) => name.startsWith('code-'))).toHaveLength(1)

    const fromSources = await runCli(['build', deck, '--out', join(work, 'sources')], root, { SOURCE_DATE_EPOCH: '1764028800' })
    expect(fromSources.code).toBe(0)
    for (const name of names) {
      const expected = readFileSync(join(work, 'sources', name))
      expect(readFileSync(join(work, 'first', name)).equals(expected), `first ${name}`).toBe(true)
      expect(readFileSync(join(work, 'cold', name)).equals(expected), `cold ${name}`).toBe(true)
      expect(readFileSync(join(work, 'warm', name)).equals(expected), `warm ${name}`).toBe(true)
    }
  })

  it('prints the default deck to PDF with playwright-core outside the bundle: one 16:9 page per HTML slide', async () => {
    expect(existsSync(join(root, 'dist-lib/bundle/layar.cjs')), 'the bundle is missing: run `npm run compile` (npm test does)').toBe(true)
    expect(existsSync('/usr/bin/chromium'), 'apt-get install chromium: the PDF test never skips').toBe(true)
    const work = mkdtempSync(join(tmpdir(), 'layar-bundle-pdf-'))
    const env = { ...process.env, LAYAR_CACHE_DIR: '', LAYAR_CHROMIUM: '/usr/bin/chromium' }
    const run = await exec('node', ['bin/layar.js', 'build', deck, '--out', work, '--format', 'html,pdf'], { cwd: root, env })
    expect(run.stderr).not.toMatch(/warning|error/i)
    const html = readFileSync(join(work, 'kerjasama-militer-regional.html'), 'utf8')
    const slides = selectAll('.slides > section', fromHtml(html)).length
    const info = await exec('pdfinfo', [join(work, 'kerjasama-militer-regional.pdf')])
    expect(info.stdout).toMatch(new RegExp(`^Pages:\\s+${slides}$`, 'm'))
    expect(info.stdout).toMatch(/^Page size:\s+960 x 540 pts/m)
  }, 180_000)

  it('detects the language of decks without `lang` (franc, which the bundle loads only then)', async () => {
    expect(existsSync(join(root, 'dist-lib/bundle/layar.cjs')), 'the bundle is missing: run `npm run compile` (npm test does)').toBe(true)
    const env = { ...process.env, LAYAR_CACHE_DIR: '' }
    for (const [name, lang] of [['indonesian-no-lang', 'id'], ['english-no-lang', 'en']] as const) {
      const run = await exec('node', ['bin/layar.js', 'check', `tests/fixtures/corpus/${name}/input.md`], { cwd: root, env })
      expect(run.stderr, name).toMatch(new RegExp(`detected from the text: \`${lang}\`.*lang-detected`))
    }
  })

  it('highlights code, converts formulas, sizes pictures, measures words and reads templates with lowlight, mathml2omml, image-size, fontkit and JSZip bundled beside it, loaded only then, byte-identically to the sources', async () => {
    expect(existsSync(join(root, 'dist-lib/bundle/layar.cjs')), 'the bundle is missing: run `npm run compile` (npm test does)').toBe(true)
    // Side bundles, not the main one: every start reads, copies and caches the main bundle's code.
    const main = readFileSync(join(root, 'dist-lib/bundle/layar.cjs'), 'latin1')
    for (const side of ['lowlight', 'fontkit', 'mathml2omml', 'image-size', 'chokidar', 'jszip']) {
      expect(existsSync(join(root, 'dist-lib/bundle', `${side}.cjs`)), side).toBe(true)
      expect(main).toContain(`require("./${side}.cjs")`)
    }
    for (const name of ['highlight.js', 'fontkit', 'mathml2omml', 'image-size', 'chokidar', 'jszip']) expect(main).not.toContain(`node_modules/${name}/`)
    // pptxgenjs's own `jszip`, the stored-zip writer every PPTX build runs (package.json overrides), stays in the main bundle.
    expect(main).toContain('vendor/pptx-stored-zip/index.js')
    const decks = [
      ['tests/fixtures/layout/split-code-lines/input.md', 'code', []],
      ['tests/fixtures/math/math-en.md', 'formulas', []],
      ['tests/fixtures/qa-decks/quarto-workshop.md', 'a picture', []],
      ['tests/fixtures/reference-doc/deck.md', 'a template', ['--reference-doc', 'tests/fixtures/reference-doc/org-logo.potx']],
    ] as const
    for (const [deck, what, options] of decks) {
      const work = mkdtempSync(join(tmpdir(), 'layar-bundle-side-'))
      const name = basename(deck, '.md')
      // An empty cache folder: the first build measures every word with fontkit.
      const env = { ...process.env, LAYAR_CACHE_DIR: join(work, 'cache'), SOURCE_DATE_EPOCH: '1764028800' }
      await exec('node', ['bin/layar.js', 'build', deck, ...options, '--out', join(work, 'bundle')], { cwd: root, env })
      const fromSources = await runCli(['build', deck, ...options, '--out', join(work, 'sources')], root, { SOURCE_DATE_EPOCH: '1764028800' })
      expect(fromSources.code, what).toBe(0)
      for (const file of [`${name}.html`, `${name}.pptx`]) {
        expect(readFileSync(join(work, 'bundle', file)).equals(readFileSync(join(work, 'sources', file))), `${what}: ${file}`).toBe(true)
      }
      if (what === 'code') expect(selectAll('span[style*="color"]', fromHtml(readFileSync(join(work, 'bundle', `${name}.html`), 'utf8'))).length, 'highlighted tokens').toBeGreaterThan(0)
    }
  }, 120_000)

  it('carries the PPTX parts prepared for every shipped theme and known locale, equal to what the sources make, and builds the naive article with them byte-identically, without loading node:crypto', async () => {
    const folder = join(root, 'dist-lib/bundle/prepared-parts')
    expect(existsSync(folder), 'the bundle is missing: run `npm run compile` (npm test does)').toBe(true)
    const themes = shippedThemeNames()
    expect(readdirSync(folder)).toHaveLength(themes.length * Object.keys(KNOWN_LOCALES).length)
    // What the sources make for one theme and locale (the unit test checks every one seeds a build correctly).
    const cache = createBuildCache()
    const path = join(root, 'prepared.md')
    const file = new VFile({ path, value: '---\ntitle: Layar\nlang: id\n---\n\n## Layar\n\nLayar.\n' })
    await buildDeck(file, { formats: ['pptx'], theme: 'formal', themeContext: null, sourceDateEpoch: 0 }, async () => null, cache)
    const fromSources = preparedPartsOf(deckCache(cache, path).parts, deckCache(cache, path).zip)
    expect(fromSources).not.toBeNull()
    if (fromSources === null) throw new Error('nothing prepared')
    const stored = gunzipSync(readFileSync(join(folder, `${preparedPartsName(preparedPartsKey(fromSources))}.gz`))).toString('utf8')
    expect(JSON.parse(stored)).toEqual(JSON.parse(JSON.stringify(fromSources)))

    const work = mkdtempSync(join(tmpdir(), 'layar-bundle-naive-'))
    const naive = 'tests/fixtures/layout/naive-article/input.md'
    const env = { ...process.env, LAYAR_CACHE_DIR: join(work, 'cache'), SOURCE_DATE_EPOCH: '1764028800' }
    // The cold build also records the Node modules it loaded: node:crypto is not needed without images (~5-10 ms of a start).
    const loaded = join(work, 'loaded.txt')
    writeFileSync(join(work, 'record.cjs'), `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')))`)
    await exec('node', ['bin/layar.js', 'build', naive, '--out', join(work, 'first')], { cwd: root, env })
    await exec('node', ['-r', join(work, 'record.cjs'), 'bin/layar.js', 'build', naive, '--out', join(work, 'cold')], { cwd: root, env })
    const modules = readFileSync(loaded, 'utf8').split('\n')
    expect(modules).toContain('NativeModule zlib')
    expect(modules).not.toContain('NativeModule crypto')
    expect((await runCli(['build', naive, '--out', join(work, 'sources')], root, { SOURCE_DATE_EPOCH: '1764028800' })).code).toBe(0)
    for (const name of ['input.html', 'input.pptx']) {
      for (const out of ['first', 'cold']) expect(readFileSync(join(work, out, name)).equals(readFileSync(join(work, 'sources', name))), `${out} ${name}`).toBe(true)
    }
  })

  it('answers --version and exits with the command line exit codes', async () => {
    // Its own cache folder: a usage error of `build` still starts the launcher's code cache.
    const env = { ...process.env, LAYAR_CACHE_DIR: join(mkdtempSync(join(tmpdir(), 'layar-bundle-')), 'cache') }
    const version = await exec('node', ['bin/layar.js', '--version'], { cwd: root, env })
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version)
    const usage = await exec('node', ['bin/layar.js', 'build', '--format', 'doc'], { cwd: root, env }).catch((error: { code: number }) => error)
    expect((usage as { code: number }).code).toBe(2)
  })
})
