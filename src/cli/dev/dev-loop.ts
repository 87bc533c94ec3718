import type { ChromiumHost } from '../../chromium.js'
import type { CliIo } from '../main.js'
import type { DevBuilder, DevBuildResult, DevMessage, DevPage } from './dev-build.js'
import { builtLine, diagnosticsText } from './dev-log.js'
import { injectDevChrome, placeholderPage } from './inject.js'
import { rebuildQueue } from './schedule.js'
import type { DevEvent, ServedDeck } from './server.js'
import { deckWatcher, type DeckWatcher } from './watch.js'

/** When rebuilds start after file events (see `rebuildQueue`). */
const timing = { settleMs: 10, quietMs: 150 }

/** A build whose page is served and whose PPTX is still being made. */
interface Running {
  done: Promise<void>
  stop: AbortController
}

/**
 * The build–watch cycle and what it currently serves. A save's page is
 * served (and reloaded) as soon as its HTML is written; its PPTX follows in
 * the background. A newer save stops that PPTX at its next step, so it is
 * never written after the newer deck's, and a PPTX download waits for the
 * build still making it: the link always gets the served deck's whole file.
 */
export class DevLoop {
  served: ServedDeck
  lastError: DevEvent | null = null
  private version = 0
  private builds = 0
  private firstChangeAt: number | null = null
  private watcher: DeckWatcher | null = null
  private readonly queue = rebuildQueue(() => this.rebuild(), timing)
  /** The last PPTX written. */
  private pptx: Uint8Array | null = null
  private running: Running | null = null

  constructor(
    private readonly builder: DevBuilder,
    private readonly io: CliIo,
    private readonly broadcast: (event: DevEvent) => void,
    private readonly chromium: ChromiumHost | null = null,
    private readonly allMessages = false,
    /** Whether a page is served (`layar dev`), or the loop only writes (`build --watch`). */
    private readonly serving = true,
  ) {
    this.served = { html: placeholderPage(builder.name, 0), pptx: () => this.currentPptx(), pdf: null, version: 0 }
  }

  /** Watches first and then builds, so a save during the first build is not missed. */
  async start(): Promise<void> {
    this.watcher = await deckWatcher(
      this.builder.targets(),
      (path) => this.changed(path),
      (error) => this.io.stderr(`layar: watcher: ${error.message}\n`),
    )
    await this.rebuild()
  }

  /** Stops watching and building; a PPTX still being made is left unwritten. */
  async stop(): Promise<void> {
    await this.queue.stop()
    this.running?.stop.abort()
    await this.running?.done
    await this.watcher?.close()
  }

  /** The PPTX of the served page: waits while a build is still making it. */
  async currentPptx(): Promise<Uint8Array | null> {
    while (this.running !== null) await this.running.done
    return this.pptx
  }

  private changed(path: string): void {
    this.builder.forget(path)
    this.firstChangeAt ??= performance.now()
    this.queue.request()
  }

  /** Builds; resolves once the page is served (or the build failed), while the PPTX may still be on its way. */
  private async rebuild(): Promise<void> {
    // A newer save: the PPTX still being made is of a deck no longer served.
    if (this.running !== null) {
      this.running.stop.abort()
      await this.running.done
    }
    const changeAt = this.firstChangeAt
    this.firstChangeAt = null
    const first = this.builds++ === 0
    const start = performance.now()
    const stop = new AbortController()
    let shown: (() => void) | null = null
    const pageShown = new Promise<void>((resolve) => (shown = resolve))
    let reloadedAt: number | null = null
    const onPage = (page: DevPage): void => {
      this.showPage(page, performance.now() - start)
      reloadedAt = performance.now()
      // Watch what this build read before the next save can come in.
      void (this.watcher?.setTargets(page.targets) ?? Promise.resolve()).finally(() => shown?.())
    }
    const running: Running = {
      stop,
      done: this.builder
        .build(onPage, stop.signal)
        .then(
          (result) => this.finish(result, first, changeAt, reloadedAt),
          (error: unknown) => this.internalError(error),
        )
        .finally(() => {
          if (this.running === running) this.running = null
          shown?.()
        }),
    }
    this.running = running
    await pageShown
  }

  private showPage(page: DevPage, ms: number): void {
    const diagnostics = diagnosticsText(page, this.io.color, this.allMessages)
    if (diagnostics) this.io.stderr(diagnostics)
    this.version += 1
    const pdf = this.pdfOf(page)
    this.served = { html: injectDevChrome(page.html, this.builder.name, this.version, pdf !== null), pptx: () => this.currentPptx(), pdf, version: this.version }
    this.lastError = null
    this.broadcast({ type: 'ok', ms: Math.round(ms) })
    this.broadcast({ type: 'reload', version: this.version })
  }

  private async finish(result: DevBuildResult, first: boolean, changeAt: number | null, reloadedAt: number | null): Promise<void> {
    // A build that showed its page set the targets then (see `rebuild`).
    if (reloadedAt === null) await this.watcher?.setTargets(result.targets)
    if (result.superseded && reloadedAt === null) return
    if (!result.ok && !result.superseded) {
      // Diagnostics of a build whose page was shown were printed then.
      if (reloadedAt === null) {
        const diagnostics = diagnosticsText(result, this.io.color, this.allMessages)
        if (diagnostics) this.io.stderr(diagnostics)
      }
      this.fail(result.messages)
      return
    }
    if (result.pptx !== null) this.pptx = result.pptx
    const at = this.serving ? reloadedAt : performance.now()
    this.io.stdout(builtLine(result, first, changeAt === null || at === null ? null : at - changeAt, this.serving))
  }

  /** A bug in layar, not in the content: say so, and keep the loop alive for the next save. */
  private internalError(error: unknown): void {
    this.io.stderr(`layar: internal error while building: ${(error as Error)?.stack ?? String(error)}\n`)
    this.fail([{ file: this.builder.name, line: null, column: null, ruleId: null, severity: 'error', reason: `Internal error in layar: ${(error as Error)?.message ?? String(error)}. Please report it.` }])
  }

  /** Prints this build's PDF at the first request and keeps it for the next ones (a failed print is tried again). */
  private pdfOf(page: DevPage): (() => Promise<Uint8Array>) | null {
    const { chromium } = this
    const print = page.printPdf
    if (chromium === null || print === null) return null
    let printed: Promise<Uint8Array> | null = null
    return () => {
      printed ??= chromium
        .browser()
        .then(print)
        .catch((error: unknown) => {
          printed = null
          throw error
        })
      return printed
    }
  }

  private fail(messages: DevMessage[]): void {
    this.lastError = { type: 'error', messages }
    this.broadcast(this.lastError)
    this.io.stdout(`build failed; the last good deck stays${this.served.version > 0 ? '' : ' (none yet)'}\n`)
  }
}
