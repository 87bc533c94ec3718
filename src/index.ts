/**
 * layar's public API: the same builds as the CLI, without a terminal.
 *
 * @example
 * import { build } from 'layar'
 * const result = await build({ inputs: ['content'], outDir: 'dist' })
 */
import { runBuild, defaultFormats, outputFormats, type BuildCache, type OutputFormat, type RunBuildResult } from './build/index.js'
import { chromiumHost, findChromium } from './chromium.js'
import { nodeHost } from './node-host.js'

export type * from './model/index.js'
export type * from './layout/laid-out.js'
export type { Theme } from './theme/index.js'
export { buildDeck, createBuildCache, type BuildCache, type BuildDeckResult, type OutputFormat, type RunBuildResult } from './build/index.js'

/** Options of {@link build}; every field has the CLI's default. */
export interface BuildOptions {
  /** Content files or folders (default `['content']`). */
  inputs?: readonly string[]
  /** Output folder (default `dist`). */
  outDir?: string
  /** Formats to write (default html and pptx; `pdf` prints the HTML deck with the system's Chromium). */
  formats?: readonly OutputFormat[]
  /** Theme overriding the front matter (default: the front matter's). */
  theme?: string | null
  /** A PowerPoint template (.pptx/.potx, relative to `cwd`) both decks follow, overriding the front matter's `reference-doc` (default: the front matter's). */
  referenceDoc?: string | null
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
  /** With `pdf`: also write `<name>-notes.pdf`, each slide above its speaker notes (default `false`). */
  pdfNotes?: boolean
  /** With `pdf`: the Chromium executable (default `LAYAR_CHROMIUM`, else `chromium` on PATH). */
  chromium?: string
  /**
   * What earlier builds measured, parsed and compressed, to reuse (from
   * `createBuildCache()`; pass the same one to every build that may share
   * it, e.g. a watcher's rebuilds). Default: a fresh cache for this call.
   * Outputs are the same bytes with or without it.
   */
  cache?: BuildCache
}

/**
 * Builds decks exactly as `layar build` does and returns every deck's
 * messages (vfiles) and the paths written, instead of printing them.
 */
export async function build(options: BuildOptions = {}): Promise<RunBuildResult> {
  const formats = options.formats ?? defaultFormats
  for (const format of formats) {
    if (!outputFormats.includes(format)) {
      throw new TypeError(`Unknown format \`${String(format)}\`; pass formats from ${outputFormats.join(', ')}.`)
    }
  }
  const cwd = options.cwd ?? process.cwd()
  // A dry run writes nothing, so it prints no PDF either (as `layar check`).
  const built = options.dryRun === true ? formats.filter((format) => format !== 'pdf') : formats
  let chromium = null
  if (built.includes('pdf')) {
    const found = findChromium(options.chromium ?? null, process.env, cwd)
    if (found.type === 'missing') return { type: 'usage-error', message: found.message }
    chromium = chromiumHost(found.path)
  }
  try {
    return await runBuild(
    {
      inputs: options.inputs ?? ['content'],
      outDir: options.outDir ?? 'dist',
      formats: built,
      theme: options.theme ?? null,
      referenceDoc: options.referenceDoc ?? null,
      dryRun: options.dryRun ?? false,
      strict: options.strict ?? false,
      allowOutside: options.allowOutside ?? false,
      fetchRemote: options.fetchRemote ?? false,
      pdf: chromium === null ? null : { browser: chromium.browser, notes: options.pdfNotes ?? false },
    },
    nodeHost(cwd, process.env.SOURCE_DATE_EPOCH),
    options.cache,
    )
  } finally {
    await chromium?.close()
  }
}
