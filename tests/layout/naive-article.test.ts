import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentAreaOf } from '../../src/layout/geometry.js'
import { layoutDeck, type Box, type LaidOutDeck } from '../../src/layout/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { deckToHtml } from '../../src/render/html/index.js'
import { deckToPptx } from '../../src/render/pptx/index.js'
import { launchChromium, openOffline, type ChromiumSession, type OfflinePage } from '../support/chromium.js'
import { pdfPageTexts, pptxToPdf } from '../support/libreoffice.js'
import { htmlSlides } from '../support/outputs.js'
import { seedArticlePath, seedParts } from '../support/seed-text.js'
import { formalTheme } from '../support/theme.js'
import { pdfWords, type PdfWord } from './libreoffice-lines.js'

/** The seed article transcribed naively (each part one `##` slide), built with the shipped default theme. */
const theme = formalTheme()
const source = readFileSync(new URL('../fixtures/layout/naive-article/input.md', import.meta.url), 'utf8')
const file = new VFile({ path: 'tests/fixtures/layout/naive-article/input.md', value: source })
const parsed = deckFromMarkdown(file)
if (!parsed) throw new Error('the naive article does not parse')
const deck: LaidOutDeck = layoutDeck(parsed, theme, {}, file)
const area = contentAreaOf(deck.meta, theme)

/** Every word of the article (title, headings, prose, list items), each as often as it occurs. */
function articleWords(): string[] {
  const text = readFileSync(seedArticlePath, 'utf8')
  const parts = seedParts(text)
  const title = text.split('\n')[0] ?? ''
  return [title, ...parts.headings, ...parts.prose, ...parts.listItems].join(' ').split(/\s+/).filter((w) => w !== '')
}

/** Words of `wanted` that `text` lacks, counting repeats. */
function missingWords(wanted: readonly string[], text: string): string[] {
  const have = new Map<string, number>()
  for (const word of text.split(/\s+/)) have.set(word, (have.get(word) ?? 0) + 1)
  const missing: string[] = []
  for (const word of wanted) {
    const left = have.get(word) ?? 0
    if (left === 0) missing.push(word)
    else have.set(word, left - 1)
  }
  return missing
}

function inside(word: PdfWord, box: Box, slack: number): boolean {
  return word.xMin >= box.x - slack && word.yMin >= box.y - slack && word.xMax <= box.x + box.w + slack && word.yMax <= box.y + box.h + slack
}

/**
 * Whether a word was drawn in a box: horizontally inside it, and with the
 * middle of its glyph box inside it vertically. (A glyph box spans the font's
 * ascent and descent, a little more than the exact line height, so the
 * middle is what a line that overflowed would move out of the box.)
 */
function drawnIn(word: PdfWord, box: Box): boolean {
  const middle = (word.yMin + word.yMax) / 2
  return word.xMin >= box.x - 1 && word.xMax <= box.x + box.w + 1 && middle >= box.y && middle <= box.y + box.h
}

/** Text as words; a word LibreOffice broke after its hyphen (`Duta-` / `duta`) is joined again. */
function joinHyphens(text: string): string {
  return text.replace(/(\p{L})-\s+(\p{L})/gu, '$1-$2')
}

describe('the naive article builds without overflow', () => {
  it('is split and shrunk by layout, and every body frame ends inside the content area', () => {
    expect(deck.slides.length).toBeGreaterThan(parsed.slides.length)
    expect(file.messages.map((m) => m.ruleId)).toContain('fit-split')
    for (const slide of deck.slides) {
      if (slide.layout === 'title' || slide.layout === 'section') continue
      expect(slide.fit.type, JSON.stringify(slide.title?.inlines)).not.toBe('overflows')
      for (const frame of slide.frames) expect(frame.box.y + frame.box.h).toBeLessThanOrEqual(area.bottom + 0.01)
    }
  })

  describe('in Chromium', () => {
    let session: ChromiumSession
    let opened: OfflinePage
    let html: string

    beforeAll(async () => {
      html = deckToHtml(deck, theme, {})
      const path = join(mkdtempSync(join(tmpdir(), 'layar-naive-')), 'naive.html')
      writeFileSync(path, html)
      session = await launchChromium()
      opened = await openOffline(session, path)
      await opened.page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true)
      await opened.page.evaluate(() => document.fonts.ready)
    })

    afterAll(async () => {
      await session?.close()
    })

    it('keeps every element inside the 1280 × 720 slide and body text above the footer band', async () => {
      const bottomPx = (area.bottom * 4) / 3
      const problems = await opened.page.evaluate(
        ({ count, bottom }) => {
          const reveal = (window as unknown as { Reveal: { slide(i: number): void; getScale(): number } }).Reveal
          const out: string[] = []
          for (let i = 0; i < count; i++) {
            reveal.slide(i)
            const section = document.querySelectorAll<HTMLElement>('.reveal .slides > section')[i]
            if (!section) {
              out.push(`slide ${i + 1}: no section`)
              continue
            }
            const s = section.getBoundingClientRect()
            const scale = reveal.getScale()
            for (const el of Array.from(section.querySelectorAll<HTMLElement>('*'))) {
              const r = el.getBoundingClientRect()
              if (r.width === 0 && r.height === 0) continue
              if (r.left < s.left - 1 || r.top < s.top - 1 || r.right > s.right + 1 || r.bottom > s.bottom + 1) {
                out.push(`slide ${i + 1}: ${el.tagName} outside the slide`)
              }
              const inBody = el.closest('.layar-text, .layar-table, .layar-code') !== null
              if (inBody && (r.bottom - s.top) / scale > bottom + 1) out.push(`slide ${i + 1}: ${el.tagName} below the content area`)
            }
          }
          return out
        },
        { count: deck.slides.length, bottom: bottomPx },
      )
      expect(problems).toEqual([])
      expect(opened.errors).toEqual([])
    })

    it('shows every word of the article', () => {
      const { sections, text } = htmlSlides(html)
      expect(sections).toBe(deck.slides.length)
      expect(missingWords(articleWords(), text)).toEqual([])
    })
  })

  describe('in LibreOffice (PPTX → PDF)', () => {
    let pdf: string

    beforeAll(async () => {
      pdf = pptxToPdf(await deckToPptx(deck, theme, {}, { modified: new Date(Date.UTC(2026, 10, 25)) }), 'naive')
    })

    it('draws one page per laid-out slide with every word of the article', () => {
      expect(pdfPageTexts(pdf)).toHaveLength(deck.slides.length)
      // Word boxes, not pdftotext's text, which silently drops the hyphen of `Duta-` / `duta` at a line end.
      const { words } = pdfWords(pdf)
      expect(missingWords(articleWords(), joinHyphens(words.map((w) => w.text).join(' ')))).toEqual([])
    })

    it('keeps every word inside the page, inside the box layout gave it and above the footer band', () => {
      const { pages, words } = pdfWords(pdf)
      expect(pages.every((p) => Math.abs(p.width - 960) < 1 && Math.abs(p.height - 540) < 1)).toBe(true)
      const outside: string[] = []
      for (const word of words) {
        const slide = deck.slides[word.page]
        if (!slide) throw new Error(`page ${word.page + 1} has no slide`)
        const boxes: Box[] = [deck.chrome.slideNumber.box]
        if (slide.layout === 'title') boxes.push(...[slide.title, slide.subtitle, slide.byline].flatMap((t) => (t ? [t.box] : [])))
        else if (slide.layout === 'section') boxes.push(slide.title.box)
        // A body frame counts only down to the content area's bottom: text below it ran into the footer band.
        else boxes.push(...(slide.title ? [slide.title.box] : []), ...slide.frames.map((f) => ({ ...f.box, h: Math.min(f.box.h, area.bottom - f.box.y) })))
        const page = { x: 0, y: 0, w: 960, h: 540 }
        if (!inside(word, page, 0) || !boxes.some((box) => drawnIn(word, box))) {
          outside.push(`page ${word.page + 1}: "${word.text}" at ${word.xMin},${word.yMin}–${word.xMax},${word.yMax}`)
        }
      }
      expect(outside).toEqual([])
    })
  })
})
