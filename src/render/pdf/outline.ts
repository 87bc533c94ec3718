import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib'
import type { LaidOutDeck } from '../../layout/laid-out.js'
import { inlineText } from '../../model/index.js'

/** One bookmark: a title, the page it opens (0-based) and the bookmarks under it. */
export interface OutlineEntry {
  title: string
  page: number
  children: OutlineEntry[]
}

/**
 * The deck's bookmarks: the title slide and every section at the top, each
 * titled slide under the section it follows (or at the top before the first
 * section). A slide split into continuation parts gets one bookmark, at its
 * first part; untitled slides get none.
 *
 * @param pageOf the page (0-based) slide `index` starts on; the deck PDF has one page per slide
 */
export function deckOutline(deck: LaidOutDeck, pageOf: (index: number) => number = (index) => index): OutlineEntry[] {
  const top: OutlineEntry[] = []
  let section: OutlineEntry | null = null
  deck.slides.forEach((slide, index) => {
    const page = pageOf(index)
    if (slide.layout === 'title' || slide.layout === 'section') {
      const title = slide.layout === 'title' ? deck.meta.title : inlineText(slide.title.inlines)
      const entry: OutlineEntry = { title: title.trim(), page, children: [] }
      top.push(entry)
      section = slide.layout === 'section' ? entry : null
      return
    }
    if (slide.title === null || (slide.continuation !== undefined && slide.continuation.part > 1)) return
    const entry: OutlineEntry = { title: inlineText(slide.title.inlines).trim(), page, children: [] }
    ;((section as OutlineEntry | null)?.children ?? top).push(entry)
  })
  return top
}

/**
 * Writes the bookmarks into the PDF's catalog (`/Outlines`), every level
 * open, and asks viewers to show them (`/PageMode /UseOutlines`).
 * Replaces any outline the PDF had.
 */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return
  const root = doc.context.nextRef()
  const pages = doc.getPages().map((page) => page.ref)
  const level = writeLevel(doc, entries, root, pages)
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: level.first, Last: level.last, Count: PDFNumber.of(level.count) }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** One written level: its first and last item, and how many items it and its (open) descendants hold. */
interface Level {
  first: PDFRef
  last: PDFRef
  count: number
}

function writeLevel(doc: PDFDocument, entries: readonly OutlineEntry[], parent: PDFRef, pages: readonly PDFRef[]): Level {
  const refs = entries.map(() => doc.context.nextRef())
  let count = 0
  entries.forEach((entry, index) => {
    const ref = refs[index] as PDFRef
    const page = pages[Math.min(entry.page, pages.length - 1)]
    if (page === undefined) throw new TypeError('an outline needs a PDF with pages')
    const dict = doc.context.obj({ Title: PDFHexString.fromText(entry.title), Parent: parent, Dest: [page, 'Fit'] })
    const previous = refs[index - 1]
    const next = refs[index + 1]
    if (previous) dict.set(PDFName.of('Prev'), previous)
    if (next) dict.set(PDFName.of('Next'), next)
    if (entry.children.length > 0) {
      const below = writeLevel(doc, entry.children, ref, pages)
      dict.set(PDFName.of('First'), below.first)
      dict.set(PDFName.of('Last'), below.last)
      dict.set(PDFName.of('Count'), PDFNumber.of(below.count))
      count += below.count
    }
    doc.context.assign(ref, dict)
    count += 1
  })
  return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, count }
}
