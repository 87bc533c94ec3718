import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { VFile } from 'vfile'
import { assetReader, buildDeck, documentDate, type AssetRead, type BuildCache, type BuildHost, type StageTimings } from '../../build/index.js'
import type { PdfBrowser } from '../../render/pdf/index.js'
import { shippedThemeNames } from '../../theme/index.js'
import { shippedThemesDir } from '../../theme/shipped.js'
import type { WatchTargets } from './watch.js'

/** One diagnostic as the browser overlay and the dev log show it. */
export interface DevMessage {
  file: string
  line: number | null
  column: number | null
  ruleId: string | null
  severity: 'error' | 'warning'
  reason: string
}

/** What one dev rebuild produced. Outputs are set only when the build succeeded and was written. */
export interface DevBuildResult {
  ok: boolean
  /** The vfile, for the terminal reporter; `null` when the content file could not be read. */
  file: VFile | null
  messages: DevMessage[]
  html: string | null
  pptx: Uint8Array | null
  /** Prints this build's deck to PDF (the "Download PDF" link), on demand; `null` when the build failed. */
  printPdf: ((browser: PdfBrowser) => Promise<Uint8Array>) | null
  written: string[]
  /** What to watch for the next change: the content file, every image and theme file it read, the shipped themes. */
  targets: WatchTargets
  /** Milliseconds from reading the content to both outputs written. */
  totalMs: number
  timings: StageTimings | null
  writeMs: number
}

/** Builds one deck over and over, remembering what it can between builds. */
export interface DevBuilder {
  /** The deck's output name (`deck` for `deck.md`). */
  name: string
  build(): Promise<DevBuildResult>
  /** What to watch before the first build: the content file and the shipped themes. */
  targets(): WatchTargets
  /** Drops cached bytes of a file that changed on disk. */
  forget(path: string): void
}

/** Options of the dev builder: the CLI's `--out` and `--theme`. */
export interface DevBuilderOptions {
  outDir: string
  theme: string | null
  /** As `--allow-outside`: read images outside the content folder. */
  allowOutside: boolean
  /** As `--fetch-remote`: fetch http(s) images. */
  fetchRemote: boolean
  /** As `--strict`: every shrink, split or overflow is an error. */
  strict: boolean
}

/**
 * A builder for one content file that writes `<outDir>/<name>.html` and
 * `.pptx` after every successful build, and leaves them alone after a failed one.
 * Image bytes are cached until the watcher says the file changed; widths,
 * fonts, parsed pieces and compressed parts are kept in `cache`.
 *
 * What to watch is learnt from what the build reads: every image and every file
 * of a path theme (`theme: ./brand`, with its `extends` chain) goes through the
 * readers given to `buildDeck`, including files that turned out to be missing,
 * so adding one rebuilds too. Shipped themes are read by the theme module
 * directly, so their folders (a handful of small files) are watched as a whole.
 *
 * @param contentPath the content file, relative to `host.cwd` or absolute
 * @param cache the session's build cache (the caller's, so it can seed and save the widths)
 */
export function devBuilder(contentPath: string, options: DevBuilderOptions, host: BuildHost, cache: BuildCache): DevBuilder {
  const absolute = resolve(host.cwd, contentPath)
  const folder = dirname(absolute)
  const name = basename(absolute, extname(absolute))
  const displayPath = relative(host.cwd, absolute) || absolute
  const assetCache = new Map<string, AssetRead>()
  // The same reader as `layar build`: real paths, symlinks followed, kept inside the content folder.
  const readChecked = assetReader(host, folder, { allowOutside: options.allowOutside, fetchRemote: options.fetchRemote })
  const shippedFolders = shippedThemeNames().map((theme) => join(shippedThemesDir, theme))
  let dependencies: string[] = []
  const targets = (): WatchTargets => ({ files: [absolute, ...dependencies], folders: shippedFolders })

  // The absolute paths of the images and theme files the current build asked for.
  let readNow = new Set<string>()
  const themeContext = {
    contentDir: folder,
    readFile: (absPath: string): string | null => {
      readNow.add(resolve(absPath))
      return host.readTextSync(absPath)
    },
    displayPath: (absPath: string): string => relative(host.cwd, absPath),
    ...(host.realPathSync ? { realPath: (absPath: string) => host.realPathSync?.(absPath) ?? null } : {}),
  }
  const readAsset = async (path: string): Promise<AssetRead> => {
    const full = resolve(folder, path)
    readNow.add(full)
    if (assetCache.has(full)) return assetCache.get(full) ?? null
    const read = await readChecked(path)
    assetCache.set(full, read)
    return read
  }

  return {
    name,
    targets,
    forget: (path) => assetCache.delete(resolve(path)),
    async build() {
      const start = performance.now()
      let text: string
      try {
        text = await host.readText(absolute)
      } catch (error) {
        const reason = `The content file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); layar waits for it to come back.`
        return failure(null, [{ file: displayPath, line: null, column: null, ruleId: null, severity: 'error', reason }], targets())
      }
      const file = new VFile({ path: displayPath, value: text })
      readNow = new Set()
      const result = await buildDeck(
        file,
        {
          formats: ['html', 'pptx'],
          theme: options.theme,
          sourceDateEpoch: host.sourceDateEpoch,
          fileModified: (await host.modifiedTime?.(absolute)) ?? null,
          themeContext,
          allowOutside: options.allowOutside,
          fetchRemote: options.fetchRemote,
          strict: options.strict,
        },
        readAsset,
        cache,
      )
      // A build that stopped before reading anything (a parse error) keeps the previous
      // list, so saving a fix to an image or theme file still rebuilds.
      if (readNow.size > 0 || result.laidOut) dependencies = [...readNow]
      const messages = file.messages.map((message) => devMessage(message, displayPath))
      if (!result.outputs?.html || !result.outputs.pptx) return failure(file, messages, targets())

      const writeStart = performance.now()
      const html = join(options.outDir, `${name}.html`)
      const pptx = join(options.outDir, `${name}.pptx`)
      // Told to stop (a signal): the previous outputs stay as they are.
      if (host.beginWrites?.() === false) return failure(file, messages, targets())
      try {
        await Promise.all([host.writeFileAtomic(html, result.outputs.html), host.writeFileAtomic(pptx, result.outputs.pptx)])
      } finally {
        host.endWrites?.()
      }
      const end = performance.now()
      const { laidOut } = result
      const deckHtml = result.outputs.html
      const date = documentDate(laidOut?.meta.date ?? null, host.sourceDateEpoch)
      const printPdf =
        laidOut === null
          ? null
          : async (browser: PdfBrowser): Promise<Uint8Array> => {
              const { deckToPdf } = await import('../../render/pdf/index.js')
              return (await deckToPdf(deckHtml, laidOut, { date, notes: false }, browser)).pdf
            }
      return {
        ok: true,
        file,
        messages,
        html: result.outputs.html,
        pptx: result.outputs.pptx,
        printPdf,
        written: [html, pptx],
        targets: targets(),
        totalMs: end - start,
        timings: result.timings,
        writeMs: end - writeStart,
      }
    },
  }
}

function failure(file: VFile | null, messages: DevMessage[], targets: WatchTargets): DevBuildResult {
  return { ok: false, file, messages, html: null, pptx: null, printPdf: null, written: [], targets, totalMs: 0, timings: null, writeMs: 0 }
}

function devMessage(message: VFile['messages'][number], fallbackFile: string): DevMessage {
  return {
    file: message.file || fallbackFile,
    line: message.line ?? null,
    column: message.column ?? null,
    ruleId: message.ruleId ?? null,
    severity: message.fatal === true ? 'error' : 'warning',
    reason: message.reason,
  }
}
