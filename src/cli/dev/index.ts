import { basename, extname } from 'node:path'
import { createBuildCache } from '../../build/index.js'
import { chromiumHost, findChromium, type ChromiumHost } from '../../chromium.js'
import { nodeHost } from '../../node-host.js'
import type { CliIo } from '../main.js'
import { useWidthCache } from '../width-cache.js'
import { devBuilder } from './dev-build.js'
import { DevLoop } from './dev-loop.js'
import { openBrowser } from './open-browser.js'
import { startDevServer, type DevServer } from './server.js'

/** Options of `layar dev` and `layar build --watch`. */
export interface DevOptions {
  /** One content file, or a folder holding exactly one `.md` file. */
  input: string
  /** 0 picks a free port (the real URL is printed). */
  port: number
  /** The address to bind; `127.0.0.1` unless the user says otherwise. */
  host: string
  /** Open the served deck in the browser. */
  open: boolean
  outDir: string
  theme: string | null
  /** `true` for `layar dev`; `false` for `layar build --watch` (rebuild and write, no server). */
  serve: boolean
  /** As `--allow-outside`; default `false`. */
  allowOutside?: boolean
  /** As `--fetch-remote`; default `false`. */
  fetchRemote?: boolean
  /** As `--strict` (with `build --watch`): fit changes are errors; default `false`. */
  strict?: boolean
  /** As `--all-messages`: print every message of a build; default `false` (the first hundred). */
  allMessages?: boolean
}

// The CLI's exit codes (main.ts `exitCodes`), repeated to keep this module free of a value import cycle with main.ts.
const exitOk = 0
const exitUsage = 2

/**
 * Runs the edit–save–see loop until `io.signal` aborts: builds the deck, writes
 * `<outDir>/<deck>.html` and `.pptx` after every change of the content file,
 * an image it uses or its theme, and (with `serve`) serves the deck with a
 * "Download PPTX" link and live reload. Content errors never stop the loop:
 * the last good deck stays served and in dist/, and the page shows the problems.
 *
 * @returns the exit code once stopped: 0, or 2 when the input or port cannot be used
 */
export async function runDev(options: DevOptions, io: CliIo): Promise<number> {
  const { signal } = io
  const host = nodeHost(io.cwd, io.env.SOURCE_DATE_EPOCH, io.writeGuard)
  const found = await host.listContent(options.input)
  if (found === null || found.length !== 1 || found[0] === undefined) {
    const why =
      found === null
        ? `No such file or folder: ${options.input}`
        : `${options.input} holds ${found.length === 0 ? 'no' : found.length} .md files; name the one deck to work on, e.g. \`layar dev ${found[0] ?? 'deck.md'}\`.`
    io.stderr(`layar: ${why}\n`)
    return exitUsage
  }
  // One cache for the session: each save reuses what the previous builds measured, parsed and compressed.
  const cache = createBuildCache()
  const builder = devBuilder(
    found[0],
    { outDir: options.outDir, theme: options.theme, allowOutside: options.allowOutside ?? false, fetchRemote: options.fetchRemote ?? false, strict: options.strict ?? false },
    host,
    cache,
  )
  let server: DevServer | null = null
  // The "Download PDF" link needs a Chromium; without one it is left out, and the terminal says why.
  const chromium = options.serve ? devChromium(io) : null
  // Events go to whichever pages are connected; before the server is up there are none.
  const loop = new DevLoop(builder, io, (event) => server?.broadcast(event), chromium, options.allMessages ?? false, options.serve)
  // The first build is the cold one: words measured by earlier runs are not measured again.
  const saveWidths = await useWidthCache(io.env, (problem) => io.stderr(`layar: note: ${problem}\n`), cache.layout)
  await loop.start()
  await saveWidths()

  if (options.serve) {
    try {
      server = await startDevServer({
        host: options.host,
        port: options.port,
        deckName: builder.name,
        deck: () => loop.served,
        pending: () => loop.lastError,
      })
    } catch (error) {
      await loop.stop()
      await chromium?.close()
      io.stderr(`layar: cannot serve on ${options.host}:${options.port}: ${(error as Error).message}. Pick another --port.\n`)
      return exitUsage
    }
    io.stdout(`layar dev: serving ${basename(found[0], extname(found[0]))} at ${server.url}\n`)
    if (options.open) openBrowser(server.url, (reason) => io.stderr(`layar: could not open a browser (${reason}); open ${server?.url} yourself.\n`))
  } else {
    io.stdout(`layar: watching ${found[0]} for changes\n`)
  }

  if (!signal.aborted) await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))
  await server?.close()
  await loop.stop()
  await chromium?.close()
  await saveWidths()
  return exitOk
}

/** The Chromium that prints "Download PDF" (launched on the first click), or `null` with a note. */
function devChromium(io: CliIo): ChromiumHost | null {
  const found = findChromium(null, io.env, io.cwd)
  if (found.type === 'found') return chromiumHost(found.path, io.signal)
  io.stderr(`layar: note: no "Download PDF" link: ${found.message}\n`)
  return null
}
