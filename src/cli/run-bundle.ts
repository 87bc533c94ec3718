import { isAscii } from 'node:buffer'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { Script } from 'node:vm'
import { crc32 } from 'node:zlib'
import { buildThreadData } from './build-thread.js'
import { BUILDING_COMMANDS } from './building-commands.js'
import { usableCacheFolder } from './cache-dir.js'
import { tuneTieringForShortRuns } from './tiering.js'

/**
 * Runs the bundle in this thread, with the code cache for building commands (see launch.ts).
 *
 * @param bundle a file holding one function expression with CommonJS's parameters, `(function (exports, require, module, __filename, __dirname) {…})`, as scripts/bundle.mjs writes it
 */
export function runBundle(bundle: string, argv: readonly string[], env: Readonly<Record<string, string | undefined>>): void {
  const bytes = readFileSync(bundle)
  // The bundle is ASCII (scripts/bundle.mjs checks): then Latin-1 is the same text, and a copy rather than UTF-8 decoding.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')
  const folder = BUILDING_COMMANDS.has(argv[0] ?? '') ? usableCacheFolder(env).path : null
  const cacheFile = folder === null ? null : join(folder, `code-${process.version}-${process.arch}-${source.length}-${crc32(bytes).toString(16)}.bin`)
  const cachedData = cacheFile === null ? undefined : readIfPresent(cacheFile)
  // Before compiling: the flags are part of what V8 checks a code cache against.
  tuneTieringForShortRuns()
  // The file is the function CommonJS would wrap the code in (scripts/bundle.mjs writes it so): compiled as it is read.
  const script = new Script(source, {
    filename: bundle,
    ...(cachedData === undefined ? {} : { cachedData }),
  })
  const buildsBoth = !argv.includes('--format')
  if (cacheFile !== null && buildsBoth && (cachedData === undefined || script.cachedDataRejected === true) && !firstBuildIn(dirname(cacheFile))) {
    // At exit, so the cache holds every function the command compiled, not only the top level.
    process.once('exit', () => writeCodeCache(cacheFile, script))
  }
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void
  const module = { exports: {} }
  run(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
}

/**
 * Whether `folder` holds no width cache yet: the first build there measures
 * every word with the fonts (fontkit, woff2 decoding), and a code cache
 * written then would carry that code into every later build, which finds the
 * widths and never runs it (~17 % more cache to read and deserialise at
 * every start). A folder that cannot be listed is not taken for one: the
 * write then says what is wrong with it.
 */
function firstBuildIn(folder: string): boolean {
  try {
    return !readdirSync(folder).some((name) => name.startsWith('widths-'))
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
  }
}

/** The file's bytes; `undefined` if it is not there, or (said on stderr) cannot be read. */
function readIfPresent(path: string): Buffer | undefined {
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Not there (or its folder is not a folder: the write says so).
    if (code !== 'ENOENT' && code !== 'ENOTDIR') note(`could not read compiled code from ${path} (${code ?? (error as Error).message}); layar works, but starts slower.`)
    return undefined
  }
}

/**
 * How many code caches (of different bundles or Node versions) are kept: a
 * global and a project-local layar can share the folder without evicting
 * each other's, and old versions' caches (~2 MB each) do not pile up.
 */
const KEPT_CODE_CACHES = 4

/**
 * Writes the cache through a temporary file, then removes all but the newest
 * caches and any temporary file a killed run left. Never throws (a cache is
 * only a speed-up); a failure to write is one line on stderr.
 */
function writeCodeCache(path: string, script: Script): void {
  const folder = dirname(path)
  const temp = `${path}.${process.pid}.tmp`
  try {
    // Only this user may write here: whoever can, chooses the code layar runs.
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    writeFileSync(temp, script.createCachedData())
    renameSync(temp, path)
  } catch (error) {
    removeQuietly(temp)
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    note(`could not keep compiled code in ${folder} (${reason}); layar works, but starts slower. Set LAYAR_CACHE_DIR to a folder you can write to, or to nothing to turn the cache off.`)
    return
  }
  try {
    evictOldCaches(folder, basename(path))
  } catch {
    // Only tidying: a folder that cannot be listed now is tidied by the next write.
  }
}

/** Removes code caches beyond the newest `KEPT_CODE_CACHES`, and stale temporary files; another layar may be doing the same. */
function evictOldCaches(folder: string, kept: string): void {
  const dated: Array<{ name: string; mtime: number }> = []
  for (const name of readdirSync(folder)) {
    const info = statSync(join(folder, name), { throwIfNoEntry: false })
    if (info === undefined || name === kept) continue
    if (/^code-.*\.bin$/.test(name)) dated.push({ name, mtime: info.mtimeMs })
    else if (/^code-.*\.tmp$/.test(name) && Date.now() - info.mtimeMs > STALE_TEMP_MS) rmSync(join(folder, name), { force: true })
  }
  dated.sort((a, b) => b.mtime - a.mtime)
  for (const { name } of dated.slice(KEPT_CODE_CACHES - 1)) rmSync(join(folder, name), { force: true })
}

/** A temporary cache file older than this was left by a run that was killed while writing it. */
const STALE_TEMP_MS = 60 * 60 * 1000

/** Removes a file if it can; for clean-up after a failure already reported. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // Its folder is gone or not a folder: there is nothing to remove.
  }
}

function note(text: string): void {
  process.stderr.write(`layar: note: ${text}\n`)
}

// The build thread's entry is the launcher (launch.ts), which imports this module: evaluated in that thread, it runs the bundle.
const threadData = buildThreadData()
if (threadData !== null) runBundle(threadData.bundle, threadData.argv, threadData.env)
