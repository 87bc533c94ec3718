import { existsSync, statSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { pdfPageTexts, pdfToPngs, pptxToPdf } from '../support/libreoffice.js'
import { readPptx, slideText } from '../support/pptx.js'
import { buildSample } from './build-sample.js'

let slideTexts: string[]
let pdf: string

beforeAll(async () => {
  const bytes = await buildSample()
  const pkg = await readPptx(bytes)
  slideTexts = pkg.slides.map((path) => slideText(pkg.xml(path)))
  pdf = pptxToPdf(bytes, 'sample')
})

describe('PPTX in LibreOffice', () => {
  it('converts to one PDF page per slide', () => {
    expect(pdfPageTexts(pdf)).toHaveLength(slideTexts.length)
  })

  it('shows every word of every slide on its own page', () => {
    const pages = pdfPageTexts(pdf)
    slideTexts.forEach((text, index) => {
      const page = (pages[index] ?? '').replace(/\s+/g, ' ')
      const words = text.split(/\s+/).filter((word) => word !== '')
      expect(words.length, `slide ${index + 1}`).toBeGreaterThan(0)
      for (const word of words) expect(page, `slide ${index + 1}: "${word}"`).toContain(word)
    })
  })

  it('renders pages to PNG (look at them when changing the renderer)', () => {
    const pngs = pdfToPngs(pdf, { resolution: 50, first: 1, last: 3 })
    expect(pngs).toHaveLength(3)
    for (const png of pngs) expect(existsSync(png) && statSync(png).size > 1000).toBe(true)
  })
})
