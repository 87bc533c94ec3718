import { basename, extname, join, relative, resolve } from 'node:path'
import type { VFile } from 'vfile'
import { documentDate, runBuild, type BuildCache, type BuildDeckResult, type BuildHost, type StageTimings } from '../../build/index.js'
import type { PdfBrowser } from '../../render/pdf/index.js'
import { shippedThemeNames } from '../../theme/index.js'
import { shippedThemesDir } from '../../theme/shipped.js'
import { recordingHost } from './recording-host.js'
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

/** A build's page, written: what the server shows while the PPTX is still being made. */
export interface DevPage {
  file: VFile
  messages: DevMessage[]
  html: string
  /** Prints this build's deck to PDF (the "Download PDF" link), on demand. */
  printPdf: ((browser: PdfBrowser) => Promise<Uint8Array>) | null
  /** What to watch from now on: every file read is read before the page is made. */
  targets: WatchTargets
}

/** What one dev rebuild produced. Outputs are set only when the build succeeded and was written. */
export interface DevBuildResult {
  ok: boolean
  /** The vfile, for the terminal reporter; `null` when the content file could not be read. */
  file: VFile | null
  messages: DevMessage[]
  html: string | null
  /** The PPTX as written; `null` when the build failed or a newer save stopped it first. */
  pptx: Uint8Array | null
  /** A newer save stopped this build after its page was written, before its PPTX was. */
  superseded: boolean
  written: string[]
  /** What to watch for the next change: the content file, every file the build read, the shipped themes. */
  targets: WatchTargets
  /** Milliseconds from the start to the last output written. */
  totalMs: number
  timings: StageTimings | null
  writeMs: number
}

/** Builds one deck over and over, remembering what it can between builds. */
export interface DevBuilder {
  /** The deck's output name (`deck` for `deck.md`). */
  name: string
  /**
   * Builds and writes `<outDir>/<name>.html`, calls `onPage` once it is
   * written, then makes and writes the PPTX; `signal` stops it at its next step.
   */
  build(onPage: (page: DevPage) => void, signal: AbortSignal): Promise<DevBuildResult>
  /** What to watch before the first build: the content file and the shipped themes. */
  targets(): WatchTargets
  /** Drops cached bytes of a file that changed on disk. */
  forget(path: string): void
}

/** Options of the dev builder: the CLI's `--out`, `--theme` and the build flags. */
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
 * A builder for one content file that builds exactly as `layar build` does
 * (`runBuild`, writing each output as it is made), so a failed build leaves
 * the previous outputs alone. What to watch is learnt from what the build
 * read, through a recording host (see `recordingHost`); shipped themes are
 * read by the theme module directly, so their folders are watched whole.
 *
 * @param contentPath the content file, relative to `host.cwd` or absolute
 * @param cache the session's build cache (the caller's, so it can seed and save the widths)
 */
export function devBuilder(contentPath: string, options: DevBuilderOptions, host: BuildHost, cache: BuildCache): DevBuilder {
  const absolute = resolve(host.cwd, contentPath)
  const name = basename(absolute, extname(absolute))
  const displayPath = relative(host.cwd, absolute) || absolute
  const recording = recordingHost(host)
  const shippedFolders = shippedThemeNames().map((theme) => join(shippedThemesDir, theme))
  let dependencies: string[] = []
  const targets = (): WatchTargets => ({ files: [absolute, ...dependencies], folders: shippedFolders })

  return {
    name,
    targets,
    forget: (path) => recording.forget(path),
    async build(onPage, signal) {
      const start = performance.now()
      const read = recording.record()
      const page = (deck: BuildDeckResult, html: string): void => {
        dependencies = [...read]
        onPage({ file: deck.file, messages: messagesOf(deck.file, displayPath), html, printPdf: pdfPrinter(deck, html, host), targets: targets() })
      }
      let result
      try {
        result = await runBuild(
          { inputs: [absolute], outDir: options.outDir, formats: ['html', 'pptx'], theme: options.theme, dryRun: false, ...flags(options), writeAsMade: true, signal, onWritten: ({ format, deck }) => format === 'html' && deck.outputs?.html && page(deck, deck.outputs.html) },
          recording.host,
          cache,
        )
      } catch (error) {
        // The content file vanished between the watcher's event and the read: wait for it to come back.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        result = { type: 'usage-error' as const, message: '' }
      }
      const built = result.type === 'usage-error' ? null : result
      const deck = built?.decks[0] ?? null
      // A build that failed before its page may have stopped before reading every file: keep watching what the last good one read too.
      if (deck?.outputs?.html == null) dependencies = [...new Set([...dependencies, ...read])]
      const ended = { targets: targets(), totalMs: performance.now() - start, timings: deck?.timings ?? null, writeMs: recording.writeMs() }
      if (built === null || deck === null) {
        const reason = 'The content file cannot be read (ENOENT); layar waits for it to come back.'
        const messages: DevMessage[] = signal.aborted ? [] : [{ file: displayPath, line: null, column: null, ruleId: null, severity: 'error', reason }]
        return { ...failure(null, messages), superseded: signal.aborted, ...ended }
      }
      const messages = messagesOf(deck.file, displayPath)
      if (built.type === 'write-error') messages.push({ file: built.path, line: null, column: null, ruleId: null, severity: 'error', reason: `This output cannot be written (${built.reason}).` })
      const html = built.written.some((path) => path.endsWith('.html')) ? (deck.outputs?.html ?? null) : null
      if (html === null) return { ...failure(deck.file, messages), superseded: signal.aborted, ...ended }
      const pptx = built.type === 'done' && deck.outputs?.pptx ? deck.outputs.pptx : null
      return { ok: built.type === 'done' && !signal.aborted, file: deck.file, messages, html, pptx, superseded: signal.aborted, written: built.written, ...ended }
    },
  }
}

function flags(options: DevBuilderOptions): { allowOutside: boolean; fetchRemote: boolean; strict: boolean } {
  return { allowOutside: options.allowOutside, fetchRemote: options.fetchRemote, strict: options.strict }
}

/** Prints the deck of this build to PDF on demand, as `layar build --format pdf` would. */
function pdfPrinter(deck: BuildDeckResult, html: string, host: BuildHost): DevPage['printPdf'] {
  const { laidOut } = deck
  if (laidOut === null) return null
  const date = documentDate(laidOut.meta.date, host.sourceDateEpoch)
  return async (browser) => {
    const { deckToPdf } = await import('../../render/pdf/index.js')
    return (await deckToPdf(html, laidOut, { date, notes: false }, browser)).pdf
  }
}

function failure(file: VFile | null, messages: DevMessage[]): Omit<DevBuildResult, 'targets' | 'totalMs' | 'timings' | 'writeMs'> {
  return { ok: false, file, messages, html: null, pptx: null, superseded: false, written: [] }
}

function messagesOf(file: VFile, fallbackFile: string): DevMessage[] {
  return file.messages.map((message) => ({
    file: message.file || fallbackFile,
    line: message.line ?? null,
    column: message.column ?? null,
    ruleId: message.ruleId ?? null,
    severity: message.fatal === true ? 'error' : 'warning',
    reason: message.reason,
  }))
}
