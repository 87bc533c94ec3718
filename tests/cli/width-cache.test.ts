import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { cacheDir } from '../../src/cli/cache-dir.js'
import { runCli } from '../support/run-cli.js'

const root = resolve(__dirname, '../..')
const deckPath = join(root, 'content/kerjasama-militer-regional.md')
const exec = promisify(execFile)

/** Runs the CLI from the sources in a new process, so nothing measured by an earlier run is in memory. */
async function buildInProcess(dir: string, out: string, cache: string): Promise<void> {
  const cli = join(root, 'src/cli/run.ts')
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
  const env = { ...process.env, LAYAR_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1764028800' }
  await exec('node', ['--import', tsx, cli, 'build', 'deck.md', '--out', out], { cwd: dir, env })
}

const outputs = (dir: string): Buffer[] => ['deck.html', 'deck.pptx'].map((name) => readFileSync(join(dir, name)))

describe('the width cache folder', () => {
  it('is LAYAR_CACHE_DIR when set (relative to the working folder), and off when it is empty', () => {
    expect(cacheDir({ LAYAR_CACHE_DIR: '/var/cache/x', HOME: '/home/a' }, '/work', 'linux')).toBe('/var/cache/x')
    expect(cacheDir({ LAYAR_CACHE_DIR: 'cache' }, '/work', 'linux')).toBe('/work/cache')
    expect(cacheDir({ LAYAR_CACHE_DIR: '', HOME: '/home/a' }, '/work', 'linux')).toBeNull()
  })

  it("is the platform's per-user cache folder otherwise, and none without a home", () => {
    expect(cacheDir({ HOME: '/home/a' }, '/w', 'linux')).toBe('/home/a/.cache/layar')
    expect(cacheDir({ HOME: '/home/a', XDG_CACHE_HOME: '/xdg' }, '/w', 'linux')).toBe('/xdg/layar')
    // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
    expect(cacheDir({ HOME: '/home/a', XDG_CACHE_HOME: 'rel' }, '/w', 'linux')).toBe('/home/a/.cache/layar')
    expect(cacheDir({ HOME: '/Users/a' }, '/w', 'darwin')).toBe('/Users/a/Library/Caches/layar')
    expect(cacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, '/w', 'win32')).toMatch(/layar.Cache$/)
    expect(cacheDir({}, '/w', 'linux')).toBeNull()
    expect(cacheDir({}, '/w', 'win32')).toBeNull()
  })
})

describe('builds with the width cache', () => {
  it('give byte-identical outputs with no cache, an empty one and a full one; a full one is read, not rewritten', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-widths-'))
    cpSync(deckPath, join(dir, 'deck.md'))
    const cache = join(dir, 'cache')
    await buildInProcess(dir, 'none', '')
    await buildInProcess(dir, 'first', cache)
    const [file] = (await import('node:fs')).readdirSync(cache)
    expect(file).toMatch(/^widths-.+-r\d+\.json$/)
    const cachePath = join(cache, file ?? '')
    const written = statSync(cachePath).mtimeMs
    const table = JSON.parse(readFileSync(cachePath, 'utf8')) as { widths: Record<string, Record<string, number>> }
    expect(Object.keys(table.widths).some((face) => face.startsWith('@fontsource/'))).toBe(true)
    await buildInProcess(dir, 'second', cache)
    // Nothing new was measured (every word came from the cache), so the file was not written again.
    expect(statSync(cachePath).mtimeMs).toBe(written)
    const none = outputs(join(dir, 'none'))
    expect(outputs(join(dir, 'first'))).toEqual(none)
    expect(outputs(join(dir, 'second'))).toEqual(none)
  })

  it('ignores a damaged cache file and writes a good one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-widths-bad-'))
    cpSync(deckPath, join(dir, 'deck.md'))
    const cache = join(dir, 'cache')
    const first = await runCli(['build', 'deck.md', '--out', 'out'], dir, { LAYAR_CACHE_DIR: cache })
    expect(first.code).toBe(0)
    const [file] = (await import('node:fs')).readdirSync(cache)
    const cachePath = join(cache, file ?? '')
    for (const damage of ['{"widths": {"a": ', '[1, 2]', '{"widths": "nope"}']) {
      writeFileSync(cachePath, damage)
      const run = await runCli(['build', 'deck.md', '--out', 'out', '--format', 'html'], dir, { LAYAR_CACHE_DIR: cache })
      expect(run.code, damage).toBe(0)
    }
  })

  it('never fails a build when the cache cannot be written, and says so in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-widths-ro-'))
    // A word no earlier build in this process measured, so there is something to save.
    writeFileSync(join(dir, 'deck.md'), `${readFileSync(deckPath, 'utf8')}\n\n## Tambahan\n\nKatabaruxyzzy.\n`)
    writeFileSync(join(dir, 'not-a-folder'), 'x')
    const run = await runCli(['build', 'deck.md', '--out', 'out'], dir, { LAYAR_CACHE_DIR: join(dir, 'not-a-folder') })
    expect(run.code).toBe(0)
    expect(run.stderr).not.toMatch(/error/i)
    const notes = run.stderr.split('\n').filter((line) => line.startsWith('layar: note:'))
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatch(/could not keep measured text widths in .*not-a-folder \((ENOTDIR|EEXIST)\).*LAYAR_CACHE_DIR/)
  })
})
