import { PDFDocument, rgb } from 'pdf-lib'
import { HANDOUT } from './handout-page.js'

/** CSS px to PDF points. */
const PT = 0.75

/**
 * Draws each slide page of the deck PDF at the top of its handout page (as a
 * form XObject: the slide's text stays text, selectable and searchable),
 * framed by a thin grey line like PowerPoint's notes pages.
 *
 * @param notesPdf the handout pages Chromium printed (notes only, slide areas left empty)
 * @param deckPdf the deck PDF, one page per slide
 * @param owners for each handout page, the slide to draw on it or `null` (see layOutHandout)
 * @throws Error if Chromium printed another number of pages than were laid out (a bug)
 */
export async function composeHandout(notesPdf: Uint8Array, deckPdf: Uint8Array, owners: ReadonlyArray<number | null>): Promise<PDFDocument> {
  const handout = await PDFDocument.load(notesPdf, { updateMetadata: false })
  const pages = handout.getPages()
  if (pages.length !== owners.length) {
    throw new Error(`the notes handout printed ${pages.length} pages for ${owners.length} laid out`)
  }
  const wanted = owners.filter((owner): owner is number => owner !== null)
  const embedded = await handout.embedPdf(deckPdf, wanted)
  let next = 0
  pages.forEach((page, index) => {
    if (owners[index] === null) return
    const slide = embedded[next++]
    if (!slide) return
    const width = HANDOUT.slideWidth * PT
    const height = HANDOUT.slideHeight * PT
    const x = HANDOUT.margin * PT
    const y = page.getHeight() - HANDOUT.margin * PT - height
    page.drawPage(slide, { x, y, width, height })
    page.drawRectangle({ x, y, width, height, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 })
  })
  return handout
}
