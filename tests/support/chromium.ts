import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'

/** Debian's Chromium; the project never downloads a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** A running headless Chromium with its own throw-away profile. */
export interface ChromiumSession {
  context: BrowserContext
  /** Closes the browser and deletes its profile directory. */
  close(): Promise<void>
}

/**
 * Launches Debian's headless Chromium with a fresh user-data-dir.
 *
 * @param viewport CSS pixel size of every page; defaults to the slide canvas 1280 × 720.
 * @throws Error if `/usr/bin/chromium` is missing: browser tests must fail, never skip.
 */
export async function launchChromium(
  viewport: { width: number; height: number } = { width: 1280, height: 720 },
): Promise<ChromiumSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing; install Debian's Chromium (apt-get install chromium). Browser tests never skip.`,
    )
  }
  const profile = await mkdtemp(join(tmpdir(), 'layar-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  })
  return {
    context,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/** A page opened from a file with the network shut off, and what it tried and said. */
export interface OfflinePage {
  page: Page
  /** URLs of every request that was aborted (anything but the file itself and data:/blob:). */
  blocked: string[]
  /** Console messages of type `error`, and uncaught page errors, from every page of the context. */
  errors: string[]
}

/**
 * Opens `file` as a file:// URL in `session`, aborting every request except
 * the file itself (with any query or hash: the speaker view loads it again in
 * iframes) and data:/blob: URLs. Routing is set on the whole context, so popups
 * and iframes are covered too; console errors of popups are collected as well.
 */
export async function openOffline(session: ChromiumSession, file: string): Promise<OfflinePage> {
  const own = pathToFileURL(resolve(file))
  const blocked: string[] = []
  const errors: string[] = []
  await session.context.route('**/*', async (route) => {
    const url = route.request().url()
    if (isAllowed(url, own)) await route.continue()
    else {
      blocked.push(url)
      await route.abort('blockedbyclient')
    }
  })
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  }
  session.context.on('page', watch)
  // A persistent context starts with one blank page; use it rather than open a second.
  const existing = session.context.pages()[0]
  if (existing) watch(existing)
  const page = existing ?? (await session.context.newPage()) // a new page is watched by the listener
  await page.goto(own.href)
  return { page, blocked, errors }
}

function isAllowed(url: string, own: URL): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return parsed.protocol === 'file:' && fileURLToPath(parsed) === fileURLToPath(own)
}
