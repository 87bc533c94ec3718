import type { Browser, Page } from 'playwright-core'

/**
 * What the PDF renderer needs of a browser: fresh pages. The caller (the CLI,
 * the public API, a test) launches the system's Chromium and closes it, so
 * nothing below the CLI starts or stops a process.
 */
export type PdfBrowser = Pick<Browser, 'newPage'>

/**
 * Where the deck is served from inside the page: a name that never resolves,
 * answered from memory by the page's own route, so nothing is read from disk
 * or the network. `print-pdf` turns on reveal.js's print view (one page per
 * slide, sized by the deck's 1280 × 720 config); reveal.js merges the query
 * into its config, so `pdfSeparateFragments=false` shows every fragment in its
 * final state on the slide's one page instead of one page per step, and
 * `pdfMaxPagesPerSlide=1` keeps a slide on one page whatever it measures.
 */
const DECK_URL = 'https://deck.layar.invalid/deck.html?print-pdf&pdfSeparateFragments=false&pdfMaxPagesPerSlide=1&showNotes=false'

/** How long the deck may take to lay out its print view; a deck of 1,000 slides takes a few seconds. */
const READY_TIMEOUT_MS = 120_000

/**
 * Opens the HTML deck in reveal.js's print view on a new page and waits until
 * every slide is on its page, every font loaded and every image decoded.
 * The page refuses every request but the deck itself (the deck is
 * self-contained; anything else would be a bug or a hostile deck).
 *
 * @param browser where to open the page; the caller closes the page
 * @param html the self-contained reveal.js deck from the HTML renderer
 */
export async function openPrintView(browser: PdfBrowser, html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: true })
  try {
    await page.route('**/*', (route) =>
      route.request().url() === DECK_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort('blockedbyclient'),
    )
    // reveal.js announces the finished print view with a `pdf-ready` event on its root (it bubbles).
    await page.addInitScript(() => {
      document.addEventListener('pdf-ready', () => document.documentElement.setAttribute('data-layar-pdf-ready', ''), { capture: true })
    })
    await page.goto(DECK_URL, { waitUntil: 'load' })
    await page.waitForSelector('html[data-layar-pdf-ready]', { state: 'attached', timeout: READY_TIMEOUT_MS })
    await page.evaluate(async () => {
      await document.fonts.ready
      await Promise.all(Array.from(document.images).map((image) => image.decode().catch(() => undefined)))
    })
    return page
  } catch (error) {
    await page.close()
    throw error
  }
}

/**
 * Prints the page as it is, at the size its CSS `@page` rule gives (reveal.js
 * sets the slide size; the handout sets its own), backgrounds included, as a
 * tagged PDF (structure for screen readers and text extraction).
 */
export async function printPage(page: Page): Promise<Uint8Array> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false })
  return new Uint8Array(pdf)
}
