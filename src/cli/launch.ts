import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { Script } from 'node:vm'
import { crc32 } from 'node:zlib'
import { cacheDir } from './cache-dir.js'

/**
 * Starts the bundled CLI with V8's code cache: the bytecode of every function
 * a build ran, kept in layar's cache folder, so the next cold start
 * deserialises it instead of parsing and compiling ~3 MB of JavaScript again
 * (~80 ms of a ~400 ms build of the default deck). Node 22 does this itself
 * (`module.enableCompileCache`); Node 20 only offers it through `vm.Script`,
 * which is why this is written by hand.
 *
 * The cache is used only by commands that build (`build`, `check`, `dev`),
 * and written when missing or refused by V8 (another V8 version or flags).
 * Its name holds the bundle's length and CRC-32 and the Node version, so a
 * rebuilt bundle never meets a stale cache; V8 checks the rest.
 *
 * @param bundle the CommonJS bundle of the CLI (dist-lib/bundle/layar.cjs)
 * @param argv the command line after `layar`
 * @param env where the cache folder comes from (`LAYAR_CACHE_DIR`, HOME…)
 */
export function launch(bundle: string, argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): void {
  const source = readFileSync(bundle, 'utf8')
  const folder = BUILDING_COMMANDS.has(argv[0] ?? '') ? cacheDir(env, cwd) : null
  const cacheFile = folder === null ? null : join(folder, `code-${process.version}-${process.arch}-${source.length}-${crc32(source).toString(16)}.bin`)
  const cachedData = cacheFile === null ? undefined : readIfPresent(cacheFile)
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData === undefined ? {} : { cachedData }),
  })
  if (cacheFile !== null && (cachedData === undefined || script.cachedDataRejected === true)) {
    // At exit, so the cache holds every function the command compiled, not only the top level.
    process.once('exit', () => writeCodeCache(cacheFile, script))
  }
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void
  const module = { exports: {} }
  run(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
}

/** The commands that load the build pipeline, for which a code cache pays. */
const BUILDING_COMMANDS = new Set(['build', 'check', 'dev'])

function readIfPresent(path: string): Buffer | undefined {
  try {
    return readFileSync(path)
  } catch {
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
 * Writes the cache through a temporary file, and removes all but the newest
 * caches. Never throws (a cache is only a speed-up); a failure is one line on stderr.
 */
function writeCodeCache(path: string, script: Script): void {
  try {
    const folder = dirname(path)
    mkdirSync(folder, { recursive: true })
    const temp = `${path}.${process.pid}.tmp`
    writeFileSync(temp, script.createCachedData())
    renameSync(temp, path)
    const others = readdirSync(folder)
      .filter((name) => name !== basename(path) && /^code-.*\.bin$/.test(name))
      .map((name) => ({ name, mtime: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime)
    for (const { name } of others.slice(KEPT_CODE_CACHES - 1)) rmSync(join(folder, name), { force: true })
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    process.stderr.write(
      `layar: note: could not keep compiled code in ${dirname(path)} (${reason}); layar works, but starts slower. Set LAYAR_CACHE_DIR to a folder you can write to, or to nothing to turn the cache off.\n`,
    )
  }
}
