import { execFileSync } from 'node:child_process'
import { decodeXml as decode } from '../support/outputs.js'

/** A box of text in a PDF: page 0-based, in pt from the page's top-left corner. */
interface PdfBox {
  page: number
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  text: string
}

/** One text line LibreOffice drew, from `pdftotext -bbox-layout`. */
export type PdfLine = PdfBox

/** One word box from `pdftotext -bbox`. */
export type PdfWord = PdfBox

const NUMBER = String.raw`"(-?[\d.]+)"`


/** Every word box of a PDF, per page (poppler's `pdftotext -bbox`). */
export function pdfWords(pdf: string): { pages: Array<{ width: number; height: number }>; words: PdfWord[] } {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const pages: Array<{ width: number; height: number }> = []
  const words: PdfWord[] = []
  const pattern = new RegExp(String.raw`<page width=${NUMBER} height=${NUMBER}>|<word xMin=${NUMBER} yMin=${NUMBER} xMax=${NUMBER} yMax=${NUMBER}>([^<]*)</word>`, 'g')
  for (const m of html.matchAll(pattern)) {
    if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]) })
    else words.push({ page: pages.length - 1, xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]), text: decode(m[7] ?? '') })
  }
  return { pages, words }
}

/** Every text line of a PDF (poppler's `pdftotext -bbox-layout`), with its words joined. */
export function pdfLines(pdf: string): PdfLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const lines: PdfLine[] = []
  let page = -1
  const pattern = new RegExp(String.raw`<page |<line xMin=${NUMBER} yMin=${NUMBER} xMax=${NUMBER} yMax=${NUMBER}>([\s\S]*?)</line>`, 'g')
  for (const m of html.matchAll(pattern)) {
    if (m[0] === '<page ') {
      page++
      continue
    }
    const text = [...(m[5] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1] ?? '')).join(' ')
    lines.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text })
  }
  return lines
}
