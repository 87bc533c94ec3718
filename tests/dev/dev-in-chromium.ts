import type { Page } from 'playwright-core'
import { launchChromium, type ChromiumSession } from '../support/chromium.js'
import { startDev, type DevSession } from './dev-session.js'

/** A `layar dev` session with its deck open in a headless Chromium page. */
export interface DevInChromium {
  dev: DevSession
  page: Page
  /** Closes the browser, then stops `layar dev`. */
  close(): Promise<void>
}

/**
 * Starts `layar dev` on `files` (see `startDev`) and opens its URL in
 * Chromium. Launching throws, never skips, when Chromium is missing; `layar
 * dev` is stopped again if the browser cannot be opened.
 */
export async function openDevInChromium(files: Record<string, string | Uint8Array>): Promise<DevInChromium> {
  const dev = await startDev(files)
  let browser: ChromiumSession | null = null
  try {
    browser = await launchChromium()
    const page = browser.context.pages()[0] ?? (await browser.context.newPage())
    await page.goto(dev.url)
    const opened = browser
    return {
      dev,
      page,
      async close() {
        await opened.close()
        await dev.stop()
      },
    }
  } catch (error) {
    await browser?.close()
    await dev.stop()
    throw error
  }
}
