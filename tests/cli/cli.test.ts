import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { build } from '../../src/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { makePng } from '../support/png.js'
import { runCli, type CliRun } from '../support/run-cli.js'

const root = resolve(__dirname, '../..')
const deckPath = 'content/kerjasama-militer-regional.md'

describe('layar build on the default deck', () => {
  const out = mkdtempSync(join(tmpdir(), 'layar-cli-'))
  let run: CliRun
  beforeAll(async () => {
    run = await runCli(['build', deckPath, '--out', out], root, { SOURCE_DATE_EPOCH: '1764028800' })
  })

  it('exits 0 and says what it wrote', () => {
    expect(run.stderr).not.toMatch(/error/i)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('kerjasama-militer-regional.html')
    expect(run.stdout).toContain('kerjasama-militer-regional.pptx')
  })

  it('writes as many PPTX slides and HTML sections as the laid-out deck has slides', async () => {
    const deck = deckFromMarkdown(new VFile({ path: deckPath, value: readFileSync(join(root, deckPath), 'utf8') }))
    expect(deck).not.toBeNull()
    const result = await build({ inputs: [deckPath], cwd: root, dryRun: true })
    expect(result.type).toBe('done')
    const laidOut = result.type === 'done' ? result.decks[0]?.laidOut : null
    const slideCount = laidOut?.slides.length ?? 0
    // Splitting only ever adds continuation slides.
    expect(slideCount).toBeGreaterThanOrEqual(deck!.slides.length)
    expect(slideCount).toBeGreaterThan(10)
    const pptx = await pptxSlideParts(readFileSync(join(out, 'kerjasama-militer-regional.pptx')))
    expect(pptx.slides).toHaveLength(slideCount)
    const html = htmlSlides(readFileSync(join(out, 'kerjasama-militer-regional.html'), 'utf8'))
    expect(html.sections).toBe(slideCount)
  })

  it('leaves no temporary files behind', () => {
    expect(readdirSync(out).sort()).toEqual(['kerjasama-militer-regional.html', 'kerjasama-militer-regional.pptx'])
  })
})

describe('layar build exit codes', () => {
  it('exits 1 with a positioned message on a content error and keeps the previous output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-bad-'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Baik\n---\n\n## Satu\n\nIsi.\n')
    const first = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(first.code).toBe(0)
    const before = readFileSync(join(dir, 'out', 'deck.pptx'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: [tidak ditutup\n---\n\n## Satu\n')
    const second = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(second.code).toBe(1)
    expect(second.stderr).toMatch(/^deck\.md\n *2:\d+(-\d+:\d+)? +error /m)
    expect(second.stderr).toContain('front-matter-yaml')
    expect(readFileSync(join(dir, 'out', 'deck.pptx')).equals(before)).toBe(true)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['deck.html', 'deck.pptx'])
  })

  it('builds a deck without a title (no title slide), saying where the document title came from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-notitle-'))
    writeFileSync(join(dir, 'deck.md'), '---\nauthor: Staf\n---\n\n## Satu\n\nIsi.\n')
    const run = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('front-matter-title-missing')
    expect(readFileSync(join(dir, 'out', 'deck.html'), 'utf8')).toContain('<title>Satu</title>')
    expect(existsSync(join(dir, 'out', 'deck.pptx'))).toBe(true)
  })

  it.each([
    [['build', 'no-such-file.md'], /No such file or folder: no-such-file\.md/],
    [['build', '--format', 'docx'], /Unknown format `docx`/],
    [['build', '--pdf-notes'], /--pdf-notes makes a handout beside the PDF; add pdf to --format/],
    [['check', '--pdf-notes'], /--pdf-notes only goes with `layar build`/],
    [['build', '--format', 'pdf', '--chromium', ''], /--chromium needs the path/],
    [['build', '--bogus'], /^layar: Unknown option `--bogus`; see `layar --help`\.\n$/],
    [['build', '--theme', 'nosuch'], /^layar: --theme `nosuch` is not a shipped theme \(.*formal.*\); name one, or a theme folder such as \.\/brand; see `layar --help`\.\n$/],
    [['frobnicate'], /^layar: Unknown command `frobnicate`; the commands are build, check, dev and themes; see `layar --help`\.\n$/],
    [['frobnicate'], /Unknown command `frobnicate`/],
    [[], /Missing command/],
    [['build', '--port', '8080'], /--port only goes with `layar dev`/],
    [['dev', '--port', 'eighty'], /--port must be a whole number from 0 to 65535/],
    [['dev', 'a.md', 'b.md'], /serves one deck/],
    [['check', '--watch'], /--watch only goes with `layar build`/],
    [['build', '--watch', '--format', 'html'], /--watch always writes both formats/],
    [['build', 'package.json'], /package\.json is not a Markdown content file/],
  ])('exits 2 on usage error %j', async (argv, message) => {
    const run = await runCli(argv, root)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help'], root)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('build [inputs...]')
    const version = await runCli(['--version'], root)
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
  })

  it('builds only the formats asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-fmt-'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Baik\n---\n\n## Satu\n\nIsi.\n')
    const run = await runCli(['build', 'deck.md', '--out', 'out', '--format', 'html'], dir)
    expect(run.code).toBe(0)
    expect(readdirSync(join(dir, 'out'))).toEqual(['deck.html'])
  })

  it('builds every .md file of a folder input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-folder-'))
    mkdirSync(join(dir, 'content'))
    writeFileSync(join(dir, 'content', 'a.md'), '---\ntitle: A\n---\n\n## Satu\n\nIsi.\n')
    writeFileSync(join(dir, 'content', 'b.md'), '---\ntitle: B\n---\n\n## Dua\n\nIsi.\n')
    const run = await runCli(['build'], dir)
    expect(run.code).toBe(0)
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['a.html', 'a.pptx', 'b.html', 'b.pptx'])
  })
})

describe('fit strictness and the check report', () => {
  const longSlide = `---\ntitle: Panjang\n---\n\n## Terlalu panjang\n\n${Array.from({ length: 14 }, (_, i) => `- Butir nomor ${i + 1} yang cukup panjang untuk satu baris penuh di slide`).join('\n')}\n`

  it('splits a long slide with a warning, and fails under --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-strict-'))
    writeFileSync(join(dir, 'deck.md'), longSlide)
    const relaxed = await runCli(['build', 'deck.md'], dir)
    expect(relaxed.code).toBe(0)
    expect(relaxed.stderr).toContain('fit-split')
    const strict = await runCli(['build', 'deck.md', '--strict', '--out', 'strict'], dir)
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/5:1-\d+:\d+ +error .*fit-split/)
    // The message fits the mode: nothing was split, and `fit: shrink` is refused by --strict too.
    expect(strict.stderr).toMatch(/`--strict` allows no shrinking or splitting/)
    expect(strict.stderr).not.toMatch(/was split|fit: shrink|was shrunk/)
    expect(existsSync(join(dir, 'strict'))).toBe(false)
  })

  it('reports fit without writing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-check-'))
    writeFileSync(join(dir, 'deck.md'), longSlide)
    const run = await runCli(['check', 'deck.md'], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^deck\.md: 3 slides; 1 split \(adding 1\), 0 shrunk, 0 overflowing$/m)
    expect(readdirSync(dir)).toEqual(['deck.md'])
  })

  it('says under check --strict what the slides would need, never that they were split or what --strict refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-check-strict-'))
    writeFileSync(join(dir, 'deck.md'), longSlide)
    const run = await runCli(['check', 'deck.md', '--strict'], dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^deck\.md: 2 slides; 1 would need splitting \(into 1 more\), 0 shrinking, 0 overflow, which `--strict` refuses/m)
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/was split|\d split \(adding|fit: shrink|was shrunk/)
    expect(readdirSync(dir)).toEqual(['deck.md'])
  })
})

describe('titles too long for their slide', () => {
  const long = Array.from({ length: 60 }, (_, i) => `kata${i}`).join(' ')
  const longer = Array.from({ length: 400 }, (_, i) => `kata${i}`).join(' ')

  it.each([
    ['a section heading', `---\ntitle: Judul\n---\n\n# ${long}\n\n## Slide\n\nIsi.\n`],
    ['a slide heading', `---\ntitle: Judul\n---\n\n## ${long}\n\nIsi.\n`],
    ['the deck title', `---\ntitle: ${long}\nsubtitle: Sub\n---\n\n## Slide\n\nIsi.\n`],
  ])('shrinks %s to fit, inside the slide, in both outputs', async (_name, markdown) => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-title-'))
    writeFileSync(join(dir, 'deck.md'), markdown)
    const result = await build({ inputs: ['deck.md'], cwd: dir, outDir: 'out' })
    expect(result.type).toBe('done')
    if (result.type !== 'done') return
    const [deck] = result.decks
    expect(deck?.file.messages.map((m) => m.ruleId)).not.toContain('title-too-long')
    for (const slide of deck?.laidOut?.slides ?? []) {
      const { box } = slide.title ?? { box: { x: 0, y: 0, w: 0, h: 0 } }
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.h).toBeLessThanOrEqual(540)
    }
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['deck.html', 'deck.pptx'])
  })

  it('reports a section title that cannot fit even at the smallest size, and still builds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-title-'))
    writeFileSync(join(dir, 'deck.md'), `---\ntitle: Judul\n---\n\n# ${longer}\n\n## Slide\n\nIsi.\n`)
    const run = await runCli(['build', 'deck.md'], dir)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/5:1-5:\d+ +warning .*title-too-long/)
  })
})

describe('odd but legal inputs', () => {
  it('embeds an image whose file name is an Object property name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-proto-'))
    writeFileSync(join(dir, 'constructor'), makePng(4, 3, '0B2545'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Gambar\n---\n\n## Satu\n\n![Peta](constructor)\n')
    const run = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(run.stderr).not.toMatch(/internal error/)
    expect(run.code).toBe(0)
    expect(readFileSync(join(dir, 'out', 'deck.html'), 'utf8')).toContain('data:image/png;base64,')
  })

  it('writes byte-identical PPTX twice without SOURCE_DATE_EPOCH or an ISO date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-repro-'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Ulang\ndate: 25 November 2026\n---\n\n## Satu\n\nIsi.\n')
    await runCli(['build', 'deck.md', '--out', 'a'], dir, {})
    await new Promise((resolve) => setTimeout(resolve, 1100)) // a clock-dated file would now differ
    await runCli(['build', 'deck.md', '--out', 'b'], dir, {})
    expect(readFileSync(join(dir, 'a', 'deck.pptx')).equals(readFileSync(join(dir, 'b', 'deck.pptx')))).toBe(true)
    expect(readFileSync(join(dir, 'a', 'deck.html'), 'utf8')).toBe(readFileSync(join(dir, 'b', 'deck.html'), 'utf8'))
  })
})

describe('path themes stay inside the content folder', () => {
  it('refuses a theme folder that is a symlink to somewhere else, and accepts a real one', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'layar-theme-out-'))
    writeFileSync(join(outside, 'theme.yaml'), 'extends: minimal\n')
    const dir = mkdtempSync(join(tmpdir(), 'layar-theme-in-'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Tema\ntheme: ./brand\n---\n\n## Satu\n\nIsi.\n')
    symlinkSync(outside, join(dir, 'brand'))
    const linked = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(linked.code).toBe(1)
    expect(linked.stderr).toMatch(/theme \.\/brand lies outside/)
    rmSync(join(dir, 'brand'))
    mkdirSync(join(dir, 'brand'))
    writeFileSync(join(dir, 'brand', 'theme.yaml'), 'extends: minimal\n')
    const real = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(real.code, real.stderr).toBe(0)
  })
})

describe('the environment', () => {
  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', async () => {
    const run = await runCli(['build', 'content'], root, { SOURCE_DATE_EPOCH: 'yesterday' })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('SOURCE_DATE_EPOCH must be a whole number of seconds')
  })

  it('says which file it cannot write, with exit 1, when --out is not a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-write-'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Tulis\n---\n\n## Satu\n\nIsi.\n')
    writeFileSync(join(dir, 'out'), 'a file, not a folder')
    const run = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/layar: cannot write out\/deck\.html \((EEXIST|ENOTDIR)\)/)
    expect(run.stderr).not.toContain('internal error')
  })
})

describe('the process', () => {
  it('returns real exit codes from the command line', async () => {
    const exec = promisify(execFile)
    const dir = mkdtempSync(join(tmpdir(), 'layar-proc-'))
    cpSync(join(root, deckPath), join(dir, 'deck.md'))
    const cli = join(root, 'src/cli/run.ts')
    const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
    const env = { ...process.env, LAYAR_CACHE_DIR: join(dir, 'cache') }
    const ok = await exec('node', ['--import', tsx, cli, 'build', 'deck.md'], { cwd: dir, env })
    expect(ok.stdout).toContain('wrote dist/deck.pptx')
    const usage = await exec('node', ['--import', tsx, cli, 'build', '--format', 'doc'], { cwd: dir, env }).catch((e: { code: number }) => e)
    expect((usage as { code: number }).code).toBe(2)
  })
})
