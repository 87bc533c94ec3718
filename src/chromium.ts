import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'

/** The names the system's Chromium goes by on PATH (Debian: `chromium`; Ubuntu's snap: `chromium-browser`). */
const CHROMIUM_NAMES: readonly string[] = ['chromium', 'chromium-browser']

/** Where a Chromium was found, or why none was. */
export type ChromiumLookup = { type: 'found'; path: string } | { type: 'missing'; message: string }

/**
 * Finds the system's Chromium: the path given (`--chromium PATH`), else
 * `LAYAR_CHROMIUM`, else `chromium` on PATH. layar never downloads a browser.
 * The message of a miss is one line naming the package to install and the
 * two ways to point at a Chromium.
 *
 * @param given `--chromium`, or `null`
 * @param env where `LAYAR_CHROMIUM` and `PATH` come from
 * @param cwd the folder a relative path starts from
 */
export function findChromium(given: string | null, env: Readonly<Record<string, string | undefined>>, cwd: string): ChromiumLookup {
  const named = given ?? (env.LAYAR_CHROMIUM === '' ? undefined : env.LAYAR_CHROMIUM)
  if (named !== undefined && named !== null) {
    const path = isAbsolute(named) ? named : resolve(cwd, named)
    if (isExecutableFile(path)) return { type: 'found', path }
    const source = given !== null ? '--chromium' : 'LAYAR_CHROMIUM'
    return { type: 'missing', message: `${source} names ${named}, which is not an executable file; point it at a Chromium (on Debian: apt-get install chromium, then /usr/bin/chromium).` }
  }
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue
    for (const name of CHROMIUM_NAMES) {
      const path = join(folder, name)
      if (isExecutableFile(path)) return { type: 'found', path }
    }
  }
  return {
    type: 'missing',
    message: 'the PDF is printed by Chromium, and none was found on PATH; install it (on Debian: apt-get install chromium) or name one with --chromium PATH or LAYAR_CHROMIUM.',
  }
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** A headless Chromium started on first use; `close` ends it (and is safe to call again, or before any use). */
export interface ChromiumHost {
  browser(): Promise<Browser>
  close(): Promise<void>
}

/**
 * A Chromium for printing, launched through playwright-core at the first
 * `browser()` call, with its own throw-away profile. Signals are left to the
 * caller (playwright's own SIGINT handling would exit the process under it):
 * aborting `signal` closes the browser, which makes a print in progress fail,
 * and any later `browser()` call fails too.
 *
 * @param executablePath from {@link findChromium}
 * @param signal aborted on Ctrl-C / SIGTERM
 */
export function chromiumHost(executablePath: string, signal?: AbortSignal): ChromiumHost {
  let launching: Promise<Browser> | null = null
  let closed = false
  const close = async (): Promise<void> => {
    closed = true
    const browser = await launching?.catch(() => null)
    await browser?.close()
  }
  signal?.addEventListener('abort', () => void close(), { once: true })
  return {
    browser() {
      if (closed || signal?.aborted === true) return Promise.reject(new Error('interrupted: the Chromium that prints the PDF was closed'))
      launching ??= import('playwright-core').then(({ chromium }) =>
        chromium.launch({
          executablePath,
          headless: true,
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        }),
      )
      return launching
    },
    close,
  }
}
