import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TableFrame } from '../../src/layout/laid-out.js'
import { launchChromium, openOffline, type ChromiumSession } from '../support/chromium.js'
import { pptxToPdf } from '../support/libreoffice.js'
import { writeDeck } from '../render-html/build-html.js'
import { buildWithTheme } from '../render-html/themed-build.js'
import { pdfWords } from '../layout/libreoffice-lines.js'

/** Narrow one-word columns beside a wide prose column: the shape that broke "Tren/d" and "Ambe/r". */
const markdown = `---
title: Tabel
lang: en
---

## Status

| Region | Status | Trend | Notes |
|:-------|:-------|:------|:------|
| North | Amber | Up | A long note about things that go on and on in the north region of the country, long enough to wrap onto a second line |
| South | Green | Down | Short |
| East | Amber | Flat | Another moderately long note here |
`

const words = ['Region', 'Status', 'Trend', 'Notes', 'North', 'Amber', 'Up', 'South', 'Green', 'Down', 'Short', 'East', 'Flat']

describe('table columns sized from content, rows per row, in both outputs', () => {
  let frame: TableFrame
  let html = ''
  let pptx: Uint8Array
  let session: ChromiumSession

  beforeAll(async () => {
    const result = await buildWithTheme(markdown, 'formal', ['html', 'pptx'])
    const slide = result.laidOut!.slides[1]!
    if (slide.layout === 'title' || slide.layout === 'section') throw new Error('expected a content slide')
    frame = slide.frames.find((f): f is TableFrame => f.type === 'table')!
    html = result.outputs!.html!
    pptx = result.outputs!.pptx!
    session = await launchChromium()
  })

  afterAll(async () => {
    await session?.close()
  })

  it('gives one-line rows one line, and the wrapping row two', () => {
    const single = frame.fontSize * 1.2 + 2 * frame.cellPadding.y + 0.75
    expect(frame.rowHeights[0]).toBeCloseTo(single, 1)
    expect(frame.rowHeights[1]).toBeCloseTo(single + frame.fontSize * 1.2, 1)
    expect(frame.rowHeights[2]).toBeCloseTo(single, 1)
    expect(frame.rowHeights[3]).toBeCloseTo(single, 1)
  })

  it('breaks no word in Chromium, and draws each row at its laid-out height', async () => {
    const { page } = await openOffline(session, writeDeck(html))
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true)
    await page.evaluate(async () => {
      ;(window as unknown as { Reveal: { slide(i: number): void } }).Reveal.slide(1)
      await document.fonts.ready
    })
    const measured = await page.evaluate(() => {
      const scale = (window as unknown as { Reveal: { getScale(): number } }).Reveal.getScale()
      const rows = Array.from(document.querySelectorAll('section.present .layar-table tr')).map((tr) => tr.getBoundingClientRect().height / scale)
      // Lines each one-word cell's text takes: a broken word takes two.
      const cells = Array.from(document.querySelectorAll('section.present .layar-table th, section.present .layar-table td'))
        .filter((cell) => !(cell.textContent ?? '').includes(' '))
        .map((cell) => {
          const range = document.createRange()
          range.selectNodeContents(cell)
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))
          return { text: cell.textContent ?? '', lines: tops.size }
        })
      return { rows, cells }
    })
    expect(measured.cells.map((c) => c.text).sort()).toEqual([...words, 'Amber'].sort())
    for (const cell of measured.cells) expect(cell.lines, cell.text).toBe(1)
    const px = frame.rowHeights.map((h) => (h * 4) / 3)
    measured.rows.forEach((height, i) => expect(height, `row ${i}`).toBeCloseTo(px[i] ?? 0, 0))
    await page.close()
  })

  it('keeps every word whole in LibreOffice, inside its laid-out row', () => {
    const { words: drawn } = pdfWords(pptxToPdf(pptx, 'table'))
    const onSlide = drawn.filter((w) => w.page === 1)
    const texts = onSlide.map((w) => w.text.replace(/[,.]$/, ''))
    for (const word of words) expect(texts, word).toContain(word)
    expect(texts.filter((t) => t === 'Amber')).toHaveLength(2)
    // Each first-column word sits inside its own row's box.
    let top = frame.box.y
    frame.rowHeights.forEach((height, i) => {
      const word = ['Region', 'North', 'South', 'East'][i]!
      const box = onSlide.find((w) => w.text === word)!
      const middle = (box.yMin + box.yMax) / 2
      expect(middle, word).toBeGreaterThan(top)
      expect(middle, word).toBeLessThan(top + height)
      top += height
    })
  })
})
