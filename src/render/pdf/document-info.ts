import { PDFName, type PDFDocument } from 'pdf-lib'
import type { DeckMeta } from '../../model/index.js'

/**
 * Sets the document information every viewer shows (title, author, subject,
 * language, creator) and dates it with `date` (the PPTX's reproducible date,
 * never the clock). Chromium's own creation and modification times, its XMP
 * packet (it has none today) and the file identifier are replaced or dropped,
 * so two builds of the same deck are byte-identical.
 *
 * @param date the deck's document date (see build/document-date.ts)
 */
export function writeDocumentInfo(doc: PDFDocument, meta: DeckMeta, date: Date): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  if (meta.author !== null) doc.setAuthor(meta.author)
  doc.setSubject(meta.subtitle ?? meta.title)
  doc.setLanguage(meta.lang)
  doc.setCreator('layar')
  doc.setCreationDate(date)
  doc.setModificationDate(date)
  doc.catalog.delete(PDFName.of('Metadata'))
  delete (doc.context.trailerInfo as { ID?: unknown }).ID
}
