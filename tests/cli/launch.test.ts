import { execFile } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const exec = promisify(execFile)

/**
 * A folder with a tiny "bundle" (CommonJS code in the function expression scripts/bundle.mjs wraps
 * the real one in) and a driver that launches it as bin/layar.js launches the real one.
 */
function setUp(): { dir: string; cache: string; launch: (...argv: string[]) => Promise<string>; launchWithStderr: (...argv: string[]) => Promise<{ stdout: string; stderr: string }> } {
  const dir = mkdtempSync(join(tmpdir(), 'layar-launch-'))
  const cache = join(dir, 'cache')
  writeFileSync(
    join(dir, 'bundle.cjs'),
    '(function (exports, require, module, __filename, __dirname) {\n' +
      'const { basename } = require("node:path");\n' +
      'function answer(n) { return n * 6 + 0 }\n' +
      'const { isMainThread } = require("node:worker_threads");\n' +
      'process.stdout.write(`ran ${basename(__filename)} ${answer(7)} ${process.argv.slice(2).join(" ")}${isMainThread ? "" : " (build thread)"}\\n`)\n' +
      '})',
  )
  // The launcher's CommonJS bundle, required as bin/layar.js requires it (building commands may run in a worker thread,
  // and Node 20 gives workers no tsx loader).
  const launcher = join(root, 'dist-lib/bundle/launch.cjs')
  if (!existsSync(launcher)) throw new Error('dist-lib/bundle/launch.cjs is missing: run `npm run compile`')
  writeFileSync(
    join(dir, 'driver.cjs'),
    `require(${JSON.stringify(launcher)}).launch(${JSON.stringify(join(dir, 'bundle.cjs'))}, process.argv.slice(2), { LAYAR_CACHE_DIR: ${JSON.stringify(cache)} })\n`,
  )
  const launchWithStderr = (...argv: string[]): Promise<{ stdout: string; stderr: string }> => exec('node', [join(dir, 'driver.cjs'), ...argv], { cwd: dir })
  return { dir, cache, launch: async (...argv) => (await launchWithStderr(...argv)).stdout, launchWithStderr }
}

const codeCaches = (cache: string): string[] => readdirSync(cache).filter((name) => /^code-.*\.bin$/.test(name))

/** Makes `cache` a folder layar has built in before: a width cache is there (the first build in a folder writes no code cache). */
function builtBefore(cache: string): void {
  mkdirSync(cache, { recursive: true })
  writeFileSync(join(cache, 'widths-0.1.0-r1.json'), '{}')
}

describe('launching the bundle with V8 code cache', () => {
  it('runs the bundle as CommonJS, writes no cache on the first build in a folder, one on the next, and reads it without rewriting after', async () => {
    const { cache, launch } = setUp()
    mkdirSync(cache)
    expect(await launch('build', 'x')).toBe('ran bundle.cjs 42 build x\n')
    expect(codeCaches(cache)).toEqual([])
    builtBefore(cache)
    expect(await launch('build', 'x')).toBe('ran bundle.cjs 42 build x\n')
    const [file] = codeCaches(cache)
    expect(file).toMatch(new RegExp(`^code-${process.version}-${process.arch}-\\d+-[0-9a-f]+\\.bin$`))
    const path = join(cache, file ?? '')
    const written = statSync(path).mtimeMs
    expect(await launch('build')).toBe('ran bundle.cjs 42 build\n')
    expect(statSync(path).mtimeMs).toBe(written)
  })

  it('compiles the bundle with the tiering flags set (a plain compile refuses its cache, one with them set accepts it)', async () => {
    const { dir, cache, launch } = setUp()
    builtBefore(cache)
    await launch('build')
    const [file] = codeCaches(cache)
    const tiering = pathToFileURL(join(root, 'dist-lib/cli/tiering.js')).href
    // V8 checks a code cache against the flags it was written under, so this also shows the flag took effect.
    const compile = (setFlags: boolean): Promise<{ stdout: string }> =>
      exec('node', [
        '--input-type=module',
        '-e',
        `import { readFileSync } from 'node:fs'\n` +
          `import { Script } from 'node:vm'\n` +
          (setFlags ? `import { tuneTieringForShortRuns } from ${JSON.stringify(tiering)}\ntuneTieringForShortRuns()\n` : '') +
          `const script = new Script(readFileSync(${JSON.stringify(join(dir, 'bundle.cjs'))}, 'latin1'), { filename: 'bundle.cjs', cachedData: readFileSync(${JSON.stringify(join(cache, file ?? ''))}) })\n` +
          `process.stdout.write(String(script.cachedDataRejected))`,
      ])
    expect((await compile(false)).stdout).toBe('true')
    expect((await compile(true)).stdout).toBe('false')
  })

  it('runs a one-shot build in the main thread, and dev, --watch and PDF builds in the build thread from the launcher itself', async () => {
    const { launch } = setUp()
    expect(await launch('build', 'x')).toBe('ran bundle.cjs 42 build x\n')
    expect(await launch('build', 'x', '--watch')).toBe('ran bundle.cjs 42 build x --watch (build thread)\n')
    expect(await launch('check', '--format', 'pdf')).toBe('ran bundle.cjs 42 check --format pdf (build thread)\n')
    expect(await launch('dev')).toBe('ran bundle.cjs 42 dev (build thread)\n')
  })

  it('replaces a cache V8 refuses, and still runs', async () => {
    const { cache, launch } = setUp()
    builtBefore(cache)
    await launch('check')
    const [file] = codeCaches(cache)
    const path = join(cache, file ?? '')
    writeFileSync(path, Buffer.from('not a V8 code cache at all'))
    expect(await launch('check')).toBe('ran bundle.cjs 42 check\n')
    expect(readFileSync(path).toString()).not.toBe('not a V8 code cache at all')
  })

  it('still runs when the cache cannot be written, and says so in one line', async () => {
    const { cache, launchWithStderr } = setUp()
    writeFileSync(cache, 'a file where the cache folder should be')
    const run = await launchWithStderr('build')
    expect(run.stdout).toBe('ran bundle.cjs 42 build\n')
    expect(run.stderr).toMatch(/^layar: note: could not keep compiled code in .*cache \((EEXIST|ENOTDIR)\).*LAYAR_CACHE_DIR.*\n$/)
  })

  it('neither reads nor writes compiled code in a folder others can write to', async () => {
    const { cache, launchWithStderr } = setUp()
    mkdirSync(cache)
    chmodSync(cache, 0o777)
    const planted = join(cache, 'code-planted.bin')
    writeFileSync(planted, 'planted')
    const run = await launchWithStderr('build')
    expect(run.stdout).toBe('ran bundle.cjs 42 build\n')
    // Quiet here: the CLI itself reports the folder (see tests/cli/width-cache.test.ts).
    expect(run.stderr).toBe('')
    expect(readdirSync(cache)).toEqual(['code-planted.bin'])
  })

  it('writes no cache from a build of one format only, but reads one', async () => {
    const { cache, launch } = setUp()
    expect(await launch('build', '--format', 'html')).toBe('ran bundle.cjs 42 build --format html\n')
    expect(readdirSync(join(cache, '..'))).not.toContain('cache')
    builtBefore(cache)
    await launch('build')
    const [file] = codeCaches(cache)
    const written = statSync(join(cache, file ?? '')).mtimeMs
    expect(await launch('build', '--format', 'pptx')).toBe('ran bundle.cjs 42 build --format pptx\n')
    expect(statSync(join(cache, file ?? '')).mtimeMs).toBe(written)
  })

  it('keeps no cache for commands that do not build', async () => {
    const { dir, launch } = setUp()
    expect(await launch('themes')).toBe('ran bundle.cjs 42 themes\n')
    expect(await launch('--help')).toBe('ran bundle.cjs 42 --help\n')
    expect(readdirSync(dir)).not.toContain('cache')
  })

  it('keeps the caches of the three bundles used most recently besides its own, and nothing older', async () => {
    const { dir, cache, launch } = setUp()
    builtBefore(cache)
    await launch('build')
    const old = (n: number): string => `code-v0.0.0-x64-${n}-abc.bin`
    for (const n of [1, 2, 3, 4]) {
      writeFileSync(join(cache, old(n)), 'old')
      utimesSync(join(cache, old(n)), n * 1000, n * 1000)
    }
    writeFileSync(join(cache, 'widths-0.1.0-r1.json'), '{}')
    writeFileSync(join(dir, 'bundle.cjs'), `${readFileSync(join(dir, 'bundle.cjs'), 'utf8')}// changed\n`)
    await launch('build')
    const kept = codeCaches(cache)
    expect(kept).toHaveLength(4)
    // The previous bundle's cache is the newest of the others; the two oldest made-up ones go.
    expect(kept).toEqual(expect.arrayContaining([old(3), old(4)]))
    expect(kept).not.toEqual(expect.arrayContaining([old(1)]))
    expect(kept).not.toEqual(expect.arrayContaining([old(2)]))
    expect(readdirSync(cache)).toContain('widths-0.1.0-r1.json')
  })
})
