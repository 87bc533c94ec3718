import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import { addSlideFromLayout } from '../support/add-slide.js'
import { pdfPageFonts, pdfPageTexts, pdfToPngs, pdfWords, pptxToPdf, type PdfWord } from '../support/libreoffice.js'

const markdown = [
  '---',
  'title: Rapat koordinasi',
  'lang: id',
  'classification: TERBATAS',
  'footer: Paparan rapat koordinasi',
  'organization: Direktorat Contoh',
  '---',
  '',
  '## Isi',
  '',
  '- satu',
  '- dua',
  '',
].join('\n')

async function deck(theme: string): Promise<Uint8Array> {
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  const themeContext = { contentDir: '/deck', readFile: () => null, displayPath: (path: string) => path }
  const result = await buildDeck(file, { formats: ['pptx'], theme, sourceDateEpoch: 0, themeContext }, async () => null)
  if (!result.outputs?.pptx) throw new Error(`no PPTX: ${String(file.messages)}`)
  return result.outputs.pptx
}

describe('a slide a user adds from "Title and Content", rendered by LibreOffice', () => {
  it('carries the classification banner, the footer, the organisation and the slide number, with the typed text in the theme fonts', async () => {
    const pptx = await addSlideFromLayout(await deck('formal'), {
      layout: 'Title and Content',
      title: 'Slide tambahan',
      body: ['Teks yang diketik pengguna', 'Baris kedua'],
      footer: 'Paparan rapat koordinasi',
      lang: 'id-ID',
    })
    const pdf = pptxToPdf(pptx, 'user-slide')
    const pages = pdfPageTexts(pdf)
    expect(pages).toHaveLength(3)
    const added = pages[2] ?? ''
    for (const text of ['Slide tambahan', 'Teks yang diketik pengguna', 'Baris kedua', 'Paparan rapat koordinasi', 'Direktorat Contoh', '3']) expect(added).toContain(text)
    // The banner is the master's: at the top and the bottom of the new slide.
    expect(added.split('TERBATAS')).toHaveLength(3)
    // Formal's theme fonts are Calibri (LibreOffice draws its metric twin Carlito), for the typed title and body too: no fallback font.
    expect(pdfPageFonts(pdf, 3).sort()).toEqual(['Carlito', 'Carlito-Bold'])
    // Look at it: the PNG is in the temporary folder this prints.
    const [png] = pdfToPngs(pdf, { first: 3, last: 3 })
    expect(png).toMatch(/\.png$/)
  }, 240_000)

  it('is drawn where and as the deck draws its own slide of the same content: the layout holds layar\'s boxes and text styles', async () => {
    const base = await deck('formal')
    const pptx = await addSlideFromLayout(base, { layout: 'Title and Content', title: 'Isi', body: ['satu', 'dua'], footer: 'Paparan rapat koordinasi', lang: 'id-ID' })
    const pdf = pptxToPdf(pptx, 'user-slide-same')
    // Page 2 is layar's slide, page 3 the user's copy of it: every word at the same place (within 1 pt), but the slide number.
    const [layar, user] = [pdfWords(pdf, 2), pdfWords(pdf, 3)]
    const place = (words: PdfWord[]) => words.filter((word) => !/^\d+$/.test(word.text))
    expect(place(user).map((word) => word.text)).toEqual(place(layar).map((word) => word.text))
    place(user).forEach((word, i) => {
      const twin = place(layar)[i]!
      expect(Math.abs(word.x - twin.x), word.text).toBeLessThan(1)
      expect(Math.abs(word.y - twin.y), word.text).toBeLessThan(1)
      expect(Math.abs(word.h - twin.h), word.text).toBeLessThan(0.5)
    })
  }, 240_000)
})
