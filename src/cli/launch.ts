import { runInBuildThread } from './build-thread.js'
import { BUILDING_COMMANDS } from './building-commands.js'
import { runBundle } from './run-bundle.js'

/**
 * Starts the bundled CLI with V8's code cache: the bytecode of every function
 * a build ran, kept in layar's cache folder, so the next cold start
 * deserialises it instead of parsing and compiling ~3 MB of JavaScript again
 * (~80 ms of a ~400 ms build of the default deck). Node 22 does this itself
 * (`module.enableCompileCache`); Node 20 only offers it through `vm.Script`,
 * which is why this is written by hand (run-bundle.ts).
 *
 * The cache is used only by commands that build (`build`, `check`, `dev`),
 * and written when missing or refused by V8 (another V8 version or flags)
 * by one that builds both outputs: a `--format html` run would leave a cache
 * without the PPTX writer's code, and nothing would ever complete it. Not by
 * the first build in a cache folder (no width cache there yet), which runs
 * the font measuring code later builds skip (see `firstBuildIn`).
 * Its name holds the bundle's length and CRC-32 and the Node version, so a
 * rebuilt bundle never meets a stale cache; V8 checks the rest.
 *
 * A cache folder that cannot be used is skipped without a word: the CLI
 * itself reports it (with the width cache, which lives beside).
 *
 * bin/layar.js loads this module from its CommonJS bundle
 * (dist-lib/bundle/launch.cjs, written by scripts/bundle.mjs, with the
 * modules it imports): an ES module entry costs Node's ESM loader ~15–30 ms
 * of every start (resolving, linking and evaluating six small modules and
 * their built-ins), where `require` of one file costs a few. The build
 * thread runs this same file: evaluating it there runs the bundle
 * (run-bundle.ts, at its end).
 *
 * @param bundle the bundle of the CLI (dist-lib/bundle/layar.cjs): CommonJS code in the function expression CommonJS would wrap it in (see run-bundle.ts)
 * @param argv the command line after `layar`
 * @param env where the cache folder comes from (`LAYAR_CACHE_DIR`, HOME…)
 */
export function launch(bundle: string, argv: readonly string[], env: Readonly<Record<string, string | undefined>>): void {
  // Commands that run long or drive a browser run in a thread the main thread can stop on a signal (see build-thread.ts);
  // the thread's entry is this module's own file, which runs the bundle when evaluated in that thread (run-bundle.ts).
  if (needsBuildThread(argv)) runInBuildThread(new URL(import.meta.url), bundle, argv, env)
  else runBundle(bundle, argv, env)
}

/**
 * Whether a command runs in the build thread: `dev`, `build --watch`, and a
 * build or check that may print a PDF. A one-shot build of HTML and PPTX runs
 * in the main thread instead, where the default action of SIGINT and SIGTERM
 * stops it at once outside writing (signal-windows.ts): starting a second
 * Node environment and heap for the thread cost ~100 ms of CPU (~0.3 s under
 * load) in every cold build. A PDF build keeps the thread because a signal
 * must close the Chromium it started. Read from the raw command line, before
 * the bundle (and its argument parser) is loaded: anything that is not
 * plainly a one-shot build without PDF keeps the thread.
 */
export function needsBuildThread(argv: readonly string[]): boolean {
  const [command, ...rest] = argv
  if (command === undefined || !BUILDING_COMMANDS.has(command)) return false
  if (command === 'dev') return true
  return rest.some((arg, index) => {
    if (arg === '--watch' || arg.startsWith('--watch=')) return true
    if (arg.startsWith('--format=')) return arg.includes('pdf')
    return arg === '--format' && (rest[index + 1] ?? '').includes('pdf')
  })
}
