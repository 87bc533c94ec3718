/**
 * layar's public API: the same builds as the CLI, without a terminal.
 *
 * @example
 * import { build } from 'layar'
 * const result = await build({ inputs: ['content'], outDir: 'dist' })
 */
import { runBuild, outputFormats, type OutputFormat, type RunBuildResult } from './build/index.js'
import { nodeHost } from './node-host.js'

export type * from './model/index.js'
export type * from './layout/laid-out.js'
export type { Theme } from './theme/index.js'
export { buildDeck, type BuildDeckResult, type OutputFormat, type RunBuildResult } from './build/index.js'

/** Options of {@link build}; every field has the CLI's default. */
export interface BuildOptions {
  /** Content files or folders (default `['content']`). */
  inputs?: readonly string[]
  /** Output folder (default `dist`). */
  outDir?: string
  /** Formats to write (default both). */
  formats?: readonly OutputFormat[]
  /** Theme overriding the front matter (default: the front matter's). */
  theme?: string | null
  /** Folder relative paths start from (default `process.cwd()`). */
  cwd?: string
  /** Build and report without writing (default `false`). */
  dryRun?: boolean
  /** Every shrink, split or overflow is an error (default `false`). */
  strict?: boolean
  /** Read images outside the content file's folder (default `false`). */
  allowOutside?: boolean
  /** Fetch `http(s)://` images with a timeout and size cap (default `false`: they are errors). */
  fetchRemote?: boolean
}

/**
 * Builds decks exactly as `layar build` does and returns every deck's
 * messages (vfiles) and the paths written, instead of printing them.
 */
export async function build(options: BuildOptions = {}): Promise<RunBuildResult> {
  const formats = options.formats ?? outputFormats
  for (const format of formats) {
    if (!outputFormats.includes(format)) {
      throw new TypeError(`Unknown format \`${String(format)}\`; pass formats from ${outputFormats.join(', ')}.`)
    }
  }
  const cwd = options.cwd ?? process.cwd()
  return runBuild(
    {
      inputs: options.inputs ?? ['content'],
      outDir: options.outDir ?? 'dist',
      formats,
      theme: options.theme ?? null,
      dryRun: options.dryRun ?? false,
      strict: options.strict ?? false,
      allowOutside: options.allowOutside ?? false,
      fetchRemote: options.fetchRemote ?? false,
    },
    nodeHost(cwd, process.env.SOURCE_DATE_EPOCH),
  )
}
