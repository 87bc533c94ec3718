import { execFile } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { cacheFolder, usableCacheFolder, type CacheFolder } from '../../src/cli/cache-dir.js'
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

describe('the cache folder', () => {
  const folder = (path: string): CacheFolder => ({ type: 'folder', path })

  it('is LAYAR_CACHE_DIR when set and absolute, none when it is empty, and refused when relative', () => {
    expect(cacheFolder({ LAYAR_CACHE_DIR: '/var/cache/x', HOME: '/home/a' }, 'linux')).toEqual(folder('/var/cache/x'))
    expect(cacheFolder({ LAYAR_CACHE_DIR: '', HOME: '/home/a' }, 'linux')).toEqual({ type: 'none', problem: null })
    const relative = cacheFolder({ LAYAR_CACHE_DIR: 'cache', HOME: '/home/a' }, 'linux')
    expect(relative).toMatchObject({ type: 'none', problem: expect.stringMatching(/LAYAR_CACHE_DIR must be an absolute path/) })
  })

  it("is the platform's per-user cache folder otherwise, and none without a home", () => {
    expect(cacheFolder({ HOME: '/home/a' }, 'linux')).toEqual(folder('/home/a/.cache/layar'))
    expect(cacheFolder({ HOME: '/home/a', XDG_CACHE_HOME: '/xdg' }, 'linux')).toEqual(folder('/xdg/layar'))
    // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
    expect(cacheFolder({ HOME: '/home/a', XDG_CACHE_HOME: 'rel' }, 'linux')).toEqual(folder('/home/a/.cache/layar'))
    expect(cacheFolder({ HOME: '/Users/a' }, 'darwin')).toEqual(folder('/Users/a/Library/Caches/layar'))
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toMatchObject({ type: 'folder', path: expect.stringMatching(/layar.Cache$/) })
    expect(cacheFolder({}, 'linux')).toEqual({ type: 'none', problem: null })
    expect(cacheFolder({}, 'win32')).toEqual({ type: 'none', problem: null })
  })

  it('is not used when others can write to it, which the CLI says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-widths-shared-'))
    cpSync(deckPath, join(dir, 'deck.md'))
    const shared = join(dir, 'shared')
    mkdirSync(shared)
    chmodSync(shared, 0o777)
    expect(usableCacheFolder({ LAYAR_CACHE_DIR: shared })).toEqual({ path: null, problem: expect.stringMatching(/others can write to it/) })
    const run = await runCli(['build', 'deck.md', '--out', 'out', '--format', 'html'], dir, { LAYAR_CACHE_DIR: shared })
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^layar: note: the cache folder .*shared belongs to another user or others can write to it/m)
    expect(readdirSync(shared)).toEqual([])
  })
})

describe('builds with the width cache', () => {
  it('give byte-identical outputs with no cache, an empty one and a full one; a full one is read, not rewritten', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-widths-'))
    cpSync(deckPath, join(dir, 'deck.md'))
    const cache = join(dir, 'cache')
    await buildInProcess(dir, 'none', '')
    await buildInProcess(dir, 'first', cache)
    const [file] = readdirSync(cache)
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
    const [file] = readdirSync(cache)
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
