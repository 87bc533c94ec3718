import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfWords } from '../layout/libreoffice-lines.js'
import { launchChromium, openOffline } from '../support/chromium.js'
import type { ChromiumSession } from '../support/chromium.js'
import { pptxToPdf } from '../support/libreoffice.js'
import { buildMathDeck } from './build-math.js'

/**
 * Both outputs draw the taller lines the layout gave paragraphs, bullets
 * and table cells with tall formulas (tall-lines.test.ts): the fixture's
 * first slide has them, its second the same text with letters instead.
 */

interface RevealWindow {
  Reveal: { isReady(): boolean; slide(h: number): void }
}

interface SlideFacts {
  /** Text frames holding formulas: laid-out height, drawn content height, and paragraphs whose height is not a whole number of lines. */
  frames: Array<{ height: number; content: number; ragged: string[] }>
  /** Formulas drawn outside their line box (paragraphs, items) or cell. */
  outside: string[]
  /** Top of the second bullet's line, in pt from the slide's top. */
  plainBullet: number
}

async function facts(page: Page): Promise<SlideFacts[]> {
  await page.waitForFunction(() => (window as unknown as Partial<RevealWindow>).Reveal?.isReady() === true)
  await page.evaluate(() => document.fonts.ready)
  return page.evaluate(() => {
    const reveal = (window as unknown as RevealWindow).Reveal
    const sections = Array.from(document.querySelectorAll('.reveal .slides > section'))
    return sections.slice(1).map((section, i) => {
      reveal.slide(i + 1)
      const slide = section.getBoundingClientRect()
      const scale = slide.width / 1280
      const frames = Array.from(section.querySelectorAll<HTMLElement>('.layar-text')).filter((frame) => frame.querySelector('.layar-math') !== null)
      const outside: string[] = []
      for (const span of Array.from(section.querySelectorAll<HTMLElement>('.layar-math'))) {
        const svg = span.querySelector('svg')?.getBoundingClientRect()
        if (svg === undefined) continue
        const cell = span.closest('td, th')
        if (cell !== null) {
          const box = cell.getBoundingClientRect()
          if (svg.top < box.top - 0.5 || svg.bottom > box.bottom + 0.5) outside.push(`cell: ${span.textContent ?? ''}`)
          continue
        }
        const block = span.closest('p, dt')
        if (block === null) continue
        const box = block.getBoundingClientRect()
        const line = parseFloat(getComputedStyle(block).lineHeight) * scale
        // The formula's box is empty and sits on the baseline: the line it is in.
        const index = Math.floor((span.getBoundingClientRect().top - box.top) / line)
        const top = box.top + index * line
        if (svg.top < top - 0.5 || svg.bottom > top + line + 0.5) outside.push(`${index}: ${svg.top - top}…${svg.bottom - top} of ${line}`)
      }
      const second = section.querySelectorAll('li')[1]?.getBoundingClientRect().top ?? Number.NaN
      return {
        frames: frames.map((frame) => {
          // The last paragraph's space after it collapses through its list: the lowest block's margin edge is the content's end.
          const blocks = Array.from(frame.querySelectorAll<HTMLElement>('p, dt, dd, li, ul, ol'))
          const bottom = Math.max(0, ...blocks.map((block) => block.getBoundingClientRect().bottom + parseFloat(getComputedStyle(block).marginBottom) * scale))
          const ragged = Array.from(frame.querySelectorAll<HTMLElement>('p')).filter((p) => {
            const lines = p.getBoundingClientRect().height / (parseFloat(getComputedStyle(p).lineHeight) * scale)
            return Math.abs(lines - Math.round(lines)) > 0.02
          })
          return { height: frame.getBoundingClientRect().height / scale, content: (bottom - frame.getBoundingClientRect().top) / scale, ragged: ragged.map((p) => p.textContent ?? '') }
        }),
        outside,
        plainBullet: ((second - slide.top) / scale) * 0.75,
      }
    })
  })
}

describe('tall formulas in lines, drawn', () => {
  let session: ChromiumSession
  let html: SlideFacts[]
  let pdf: string

  beforeAll(async () => {
    const deck = await buildMathDeck('tall-inline.md')
    expect(deck.messages).toEqual([])
    const file = join(mkdtempSync(join(tmpdir(), 'layar-tall-')), 'deck.html')
    writeFileSync(file, deck.html)
    session = await launchChromium()
    const opened = await openOffline(session, file)
    html = await facts(opened.page)
    expect(opened.errors).toEqual([])
    pdf = pptxToPdf(deck.pptx, 'tall')
  }, 180_000)

  afterAll(async () => {
    await session.close()
  })

  it('Chromium draws every text frame as tall as the layout made it, each paragraph a whole number of its lines', () => {
    const [tall] = html
    expect(tall?.frames.length).toBeGreaterThan(0)
    for (const frame of tall?.frames ?? []) {
      expect(Math.abs(frame.content - frame.height)).toBeLessThan(1)
      expect(frame.ragged).toEqual([])
    }
  })

  it('Chromium draws every formula inside its line (or cell)', () => {
    for (const slide of html) expect(slide.outside).toEqual([])
  })

  it('the lines below tall formulas move down as far in LibreOffice as in Chromium', () => {
    const [tall, flat] = html
    const moved = (tall?.plainBullet ?? 0) - (flat?.plainBullet ?? 0)
    // The first paragraph's two lines and the first bullet's line grew.
    expect(moved).toBeGreaterThan(10)
    const plain = pdfWords(pdf).words.filter((word) => word.text === 'plain')
    expect(plain.map((word) => word.page)).toEqual([1, 2])
    const [onTall, onFlat] = plain
    expect(Math.abs((onTall?.yMin ?? 0) - (onFlat?.yMin ?? 0) - moved)).toBeLessThan(1.5)
  })
})
