import { PDFDocument } from 'pdf-lib'
import type { LaidOutDeck } from '../../layout/laid-out.js'
import { writeDocumentInfo } from './document-info.js'
import { composeHandout } from './handout.js'
import { layOutHandout } from './handout-page.js'
import { deckOutline, writeOutline } from './outline.js'
import { openPrintView, printPage, type PdfBrowser } from './print-deck.js'

export type { PdfBrowser } from './print-deck.js'
export { deckOutline, type OutlineEntry } from './outline.js'

/** Options of {@link deckToPdf}. */
export interface DeckToPdfOptions {
  /** The document date (the PPTX's: see build/document-date.ts). */
  date: Date
  /** Also make the notes handout (`--pdf-notes`). */
  notes: boolean
}

/** The deck PDF, and the notes handout when asked for. */
export interface PdfOutputs {
  pdf: Uint8Array
  notes: Uint8Array | null
}

/**
 * Prints the HTML deck to PDF in a headless Chromium: one 13.333 × 7.5 in
 * page per laid-out slide (continuations included), every fragment shown,
 * fonts embedded, text selectable, links live; then adds the bookmarks and
 * the document information with pdf-lib. With `notes`, also a portrait
 * handout: each slide at the top of a page, its speaker notes below.
 *
 * @param html the deck from the HTML renderer, built from `deck`
 * @param deck the laid-out deck (titles for the bookmarks, the metadata)
 * @param browser the caller's Chromium; only pages are opened (and closed) here
 * @throws Error if Chromium prints another number of pages than there are slides (a bug)
 */
export async function deckToPdf(html: string, deck: LaidOutDeck, options: DeckToPdfOptions, browser: PdfBrowser): Promise<PdfOutputs> {
  const page = await openPrintView(browser, html)
  try {
    const printed = await printPage(page)
    const doc = await PDFDocument.load(printed, { updateMetadata: false })
    if (doc.getPageCount() !== deck.slides.length) {
      throw new Error(`Chromium printed ${doc.getPageCount()} pages for ${deck.slides.length} slides`)
    }
    writeOutline(doc, deckOutline(deck))
    writeDocumentInfo(doc, deck.meta, options.date)
    const pdf = await doc.save({ useObjectStreams: false })
    if (!options.notes) return { pdf, notes: null }

    const owners = await layOutHandout(page)
    const handout = await composeHandout(await printPage(page), printed, owners)
    const firstPage = new Map<number, number>()
    owners.forEach((owner, index) => {
      if (owner !== null && !firstPage.has(owner)) firstPage.set(owner, index)
    })
    writeOutline(handout, deckOutline(deck, (index) => firstPage.get(index) ?? 0))
    writeDocumentInfo(handout, deck.meta, options.date)
    return { pdf, notes: await handout.save({ useObjectStreams: false }) }
  } finally {
    await page.close()
  }
}
