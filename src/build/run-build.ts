import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { VFile } from 'vfile'
import { assetReader } from './asset-reader.js'
import { createBuildCache, type BuildCache } from './build-cache.js'
import { buildDeck, outputSuffixes, type BuildDeckOptions, type BuildDeckResult, type DeckOutputs, type OutputFormat, type PdfCapability } from './build-deck.js'

/**
 * Everything a build needs from the outside world. The CLI and the public API
 * pass the real file system; tests pass what they need to control.
 */
export interface BuildHost {
  /** The `.md` files an input names: itself if a file, its top-level `.md` files (sorted) if a folder, `null` if missing. */
  listContent(path: string): Promise<string[] | null>
  readText(path: string): Promise<string>
  /** A text file by absolute path, read at once, or `null` if there is no such file (themes). */
  readTextSync(absPath: string): string | null
  /** The absolute path with every symlink followed, at once, or `null` if it does not exist (path themes). */
  realPathSync?(path: string): string | null
  /** A file's bytes, or `null` if there is no such file. */
  readFile(path: string): Promise<Uint8Array | null>
  /** The absolute path with every symlink followed, or `null` if it does not exist (images must stay inside their content folder). */
  realPath?(path: string): Promise<string | null>
  /** Whether the path (symlinks followed) is a regular file, and its size; `null` if it does not exist. */
  statFile?(path: string): Promise<{ isFile: boolean; size: number } | null>
  /** Writes through a temporary file in the same folder and a rename, so no reader sees half a file. */
  writeFileAtomic(path: string, data: string | Uint8Array): Promise<void>
  /** `SOURCE_DATE_EPOCH`, parsed, or `null`. */
  sourceDateEpoch: number | null
  /** A file's modification time in seconds, or `null` if it does not exist (Quarto's `date: today`, when `SOURCE_DATE_EPOCH` is unset). */
  modifiedTime?(path: string): Promise<number | null>
  /** The folder paths in messages are relative to. */
  cwd: string
  /**
   * Called before a deck's outputs are written, and `endWrites` after: `false`
   * means the run was told to stop (a signal), and nothing more is written.
   * Default: always write.
   */
  beginWrites?(): boolean
  endWrites?(): void
}

/** Options of a build run, as the CLI's `build` command takes them. */
export interface RunBuildOptions {
  /** Content files or folders; folders contribute their `.md` files. */
  inputs: readonly string[]
  outDir: string
  formats: readonly OutputFormat[]
  theme: string | null
  /** Build and report but write nothing (`layar check`). */
  dryRun: boolean
  /** Read images outside the content file's folder (`--allow-outside`); default `false`. */
  allowOutside?: boolean
  /** Fetch `http(s)://` images, with a timeout and size cap (`--fetch-remote`); default `false`. */
  fetchRemote?: boolean
  /** Every shrink, split or overflow is an error (`--strict`); default `false`. */
  strict?: boolean
  /** Required when `formats` holds `pdf`: the Chromium to print with, and whether to make the notes handout. */
  pdf?: PdfCapability | null
  /** The PowerPoint template every deck follows (`--reference-doc`), relative to `cwd`; default none. */
  referenceDoc?: string | null
  /**
   * Write each output as soon as it is made (the HTML before the PPTX is
   * rendered) rather than all of a deck's after it built; default `false`.
   * The dev server's choice: its page reloads while the PPTX is still being
   * made. Either way a deck with errors writes nothing: every error is known
   * before the first output is made.
   */
  writeAsMade?: boolean
  /** Called after each output file is written, with the deck's build so far (its messages complete, its outputs filling in). */
  onWritten?: ((written: { path: string; format: keyof DeckOutputs; deck: BuildDeckResult }) => void) | null
  /** Stops the run at the next step of the deck being built: nothing more is made or written. Default: never. */
  signal?: AbortSignal | null
}

/**
 * The result of a run: a usage problem; an output that could not be written
 * (with the decks built so far); or every deck's messages and the files written.
 */
export type RunBuildResult =
  | { type: 'usage-error'; message: string }
  | { type: 'write-error'; path: string; reason: string; decks: BuildDeckResult[]; written: string[] }
  | { type: 'done'; decks: BuildDeckResult[]; written: string[] }

/**
 * Builds every deck the inputs name and writes each deck's outputs only when
 * it built without errors, so a broken deck leaves its previous outputs as they were.
 */
export async function runBuild(options: RunBuildOptions, host: BuildHost, cache: BuildCache = createBuildCache()): Promise<RunBuildResult> {
  const contentFiles: string[] = []
  for (const input of options.inputs) {
    const found = await host.listContent(input)
    if (found === null) return { type: 'usage-error', message: `No such file or folder: ${input}` }
    const notMarkdown = found.find((path) => extname(path).toLowerCase() !== '.md')
    if (notMarkdown !== undefined) {
      return { type: 'usage-error', message: `${notMarkdown} is not a Markdown content file; name .md files or folders holding them.` }
    }
    contentFiles.push(...found)
  }
  if (contentFiles.length === 0) {
    return { type: 'usage-error', message: `No .md content files in ${options.inputs.join(', ')}` }
  }
  const clash = firstNameClash(contentFiles)
  if (clash) return { type: 'usage-error', message: `Two inputs would write the same output name: ${clash}` }

  const decks: BuildDeckResult[] = []
  const written: string[] = []
  for (const path of contentFiles) {
    if (stopped(options)) break
    if (options.writeAsMade === true && !options.dryRun) {
      const early = await buildWriting(path, options, host, cache, written)
      decks.push(early.deck)
      if (early.failed !== null) return { type: 'write-error', ...early.failed, decks, written }
      continue
    }
    const result = await buildOne(path, options, host, cache)
    decks.push(result)
    if (!result.outputs || options.dryRun) continue
    if (stopped(options) || host.beginWrites?.() === false) break
    try {
      const failed = await writeOutputs(path, result.outputs, options.outDir, host, written, (format, target) => options.onWritten?.({ path: target, format, deck: result }))
      if (failed !== null) return { type: 'write-error', ...failed, decks, written }
    } finally {
      host.endWrites?.()
    }
  }
  return { type: 'done', decks, written }
}

type WriteFailure = { path: string; reason: string }

/** Writes one deck's outputs, recording each path written; what could not be written, or `null`. */
async function writeOutputs(
  path: string,
  outputs: NonNullable<BuildDeckResult['outputs']>,
  outDir: string,
  host: BuildHost,
  written: string[],
  onWritten: (format: keyof DeckOutputs, target: string) => void,
): Promise<WriteFailure | null> {
  for (const [output, data] of Object.entries(outputs)) {
    if (data === null) continue
    const failed = await writeOutput(path, output as keyof DeckOutputs, data, outDir, host)
    if (typeof failed !== 'string') return failed
    written.push(failed)
    onWritten(output as keyof DeckOutputs, failed)
  }
  return null
}

/** Writes one output of the deck at `path`: the path written, or why it could not be. */
async function writeOutput(path: string, format: keyof DeckOutputs, data: string | Uint8Array, outDir: string, host: BuildHost): Promise<string | WriteFailure> {
  const target = join(outDir, `${basename(path, extname(path))}${outputSuffixes[format]}`)
  try {
    await host.writeFileAtomic(target, data)
  } catch (error) {
    // A full disk or a read-only folder is the environment's problem, not a bug: say which file and why.
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return { path: target, reason }
  }
  return target
}

/**
 * Builds one deck and writes each output as it is made (`writeAsMade`):
 * stops making outputs at the first one that cannot be written, or when the
 * host's write guard or the signal says stop.
 */
async function buildWriting(path: string, options: RunBuildOptions, host: BuildHost, cache: BuildCache, written: string[]): Promise<{ deck: BuildDeckResult; failed: WriteFailure | null }> {
  let failed: WriteFailure | null = null
  const stop = new AbortController()
  const abort = (): void => stop.abort()
  options.signal?.addEventListener('abort', abort, { once: true })
  const onOutput = async (format: keyof DeckOutputs, data: string | Uint8Array, deck: BuildDeckResult): Promise<void> => {
    if (stop.signal.aborted || host.beginWrites?.() === false) return abort()
    // Between beginWrites and endWrites only.
    try {
      const target = await writeOutput(path, format, data, options.outDir, host)
      if (typeof target !== 'string') {
        failed = target
        return abort()
      }
      written.push(target)
      options.onWritten?.({ path: target, format, deck })
    } finally {
      host.endWrites?.()
    }
  }
  try {
    const deck = await buildOne(path, options, host, cache, { signal: stop.signal, onOutput })
    return { deck, failed }
  } finally {
    options.signal?.removeEventListener('abort', abort)
  }
}

async function buildOne(
  path: string,
  options: RunBuildOptions,
  host: BuildHost,
  cache: BuildCache,
  early: Pick<BuildDeckOptions, 'signal' | 'onOutput'> = { signal: options.signal ?? null },
): Promise<BuildDeckResult> {
  const file = new VFile({ path: relative(host.cwd, resolve(host.cwd, path)) || path, value: await host.readText(path) })
  const folder = dirname(path)
  const themeContext = {
    contentDir: resolve(host.cwd, folder),
    readFile: (absPath: string) => host.readTextSync(absPath),
    displayPath: (absPath: string) => relative(host.cwd, absPath),
    ...(host.realPathSync ? { realPath: (absPath: string) => host.realPathSync?.(absPath) ?? null } : {}),
  }
  const access = { allowOutside: options.allowOutside ?? false, fetchRemote: options.fetchRemote ?? false }
  const strict = options.strict ?? false
  const fileModified = (await host.modifiedTime?.(path)) ?? null
  const pdf = options.pdf ?? null
  // Named by the user, not the content: read wherever it lies.
  const referenceDoc =
    options.referenceDoc == null
      ? null
      : { path: relative(resolve(host.cwd, folder), resolve(host.cwd, options.referenceDoc)).split(sep).join('/'), read: assetReader(host, folder, { ...access, allowOutside: true }) }
  return buildDeck(
    file,
    { formats: options.formats, theme: options.theme, sourceDateEpoch: host.sourceDateEpoch, fileModified, themeContext, strict, pdf, referenceDoc, ...access, ...early },
    assetReader(host, folder, access),
    cache,
  )
}

/** Whether the run was told to stop (its signal aborted). */
function stopped(options: RunBuildOptions): boolean {
  return options.signal?.aborted === true
}

function firstNameClash(paths: readonly string[]): string | null {
  const seen = new Set<string>()
  for (const path of paths) {
    const name = basename(path, extname(path))
    if (seen.has(name)) return name
    seen.add(name)
  }
  return null
}
