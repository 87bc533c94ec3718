import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openOffline } from '../support/chromium.js'
import type { ChromiumSession } from '../support/chromium.js'
import { pdfPageTexts, pptxToPdf } from '../support/libreoffice.js'
import { buildMathDeck, MATH_DECKS } from './build-math.js'

/** A TeX control word, subscript or superscript as written: what a slide must never show. */
const RAW_TEX = /\\[a-zA-Z]+|[_^]\{|\$\$/

interface RevealWindow {
  Reveal: { isReady(): boolean; slide(h: number): void; getTotalSlides(): number }
}

async function slideFacts(page: Page): Promise<Array<{ text: string; formulas: number; outside: string[]; empty: number }>> {
  await page.waitForFunction(() => (window as unknown as Partial<RevealWindow>).Reveal?.isReady() === true)
  await page.evaluate(() => document.fonts.ready)
  return page.evaluate(() => {
    const reveal = (window as unknown as RevealWindow).Reveal
    const sections = Array.from(document.querySelectorAll('.reveal .slides > section'))
    return sections.map((section, i) => {
      reveal.slide(i)
      const box = section.getBoundingClientRect()
      const drawings = Array.from(section.querySelectorAll('.layar-math > svg, .layar-math-display > svg'))
      const outside = drawings
        .map((svg) => svg.getBoundingClientRect())
        .filter((r) => r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)
        .map((r) => `${r.left},${r.top} ${r.width}×${r.height}`)
      const clone = section.cloneNode(true) as Element
      for (const hidden of Array.from(clone.querySelectorAll('.layar-math-speech, aside.notes'))) hidden.remove()
      return {
        text: clone.textContent ?? '',
        formulas: drawings.length,
        outside,
        empty: drawings.filter((svg) => svg.getBoundingClientRect().width < 2 || svg.querySelectorAll('path, use, rect').length === 0).length,
      }
    })
  })
}

describe.each(MATH_DECKS)('%s', (name) => {
  let session: ChromiumSession
  let facts: Awaited<ReturnType<typeof slideFacts>>
  let pdfPages: string[]
  let expectedFormulas: number

  beforeAll(async () => {
    const deck = await buildMathDeck(name)
    expectedFormulas = name === 'matematika.md' ? 17 : 9
    const dir = mkdtempSync(join(tmpdir(), 'layar-math-'))
    const file = join(dir, 'deck.html')
    writeFileSync(file, deck.html)
    session = await launchChromium()
    const opened = await openOffline(session, file)
    facts = await slideFacts(opened.page)
    expect(opened.blocked).toEqual([])
    expect(opened.errors).toEqual([])
    pdfPages = pdfPageTexts(pptxToPdf(deck.pptx, 'math'))
  }, 180_000)

  afterAll(async () => {
    await session.close()
  })

  it('Chromium draws every formula, inside its slide, and shows no TeX', () => {
    expect(facts.reduce((sum, slide) => sum + slide.formulas, 0)).toBe(expectedFormulas)
    for (const slide of facts) {
      expect(slide.outside).toEqual([])
      expect(slide.empty).toBe(0)
      expect(slide.text).not.toMatch(RAW_TEX)
    }
  })

  it('LibreOffice shows the same slides and no TeX', () => {
    expect(pdfPages.length).toBe(facts.length)
    for (const page of pdfPages) expect(page).not.toMatch(RAW_TEX)
    // Formulas inside text come out as text with shifted sub- and superscripts (see office-math-shapes.ts).
    expect(pdfPages.join(' ')).toMatch(name === 'matematika.md' ? /k ≤ n/ : /L = λW/)
  })
})
