import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { layoutDeck } from '../../src/layout/index.js'
import type { LaidOutDeck } from '../../src/layout/laid-out.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { deckToHtml } from '../../src/render/html/index.js'
import { launchChromium, openOffline } from '../support/chromium.js'
import type { ChromiumSession, OfflinePage } from '../support/chromium.js'
import { formalTheme } from '../support/theme.js'
import { solidPng } from './sample-deck.js'

/** The real pipeline (parse → layout → HTML) on a fixture covering every frame type, checked in Chromium. */

const input = new URL('../fixtures/render-html/pipeline/input.md', import.meta.url)
const assets = { 'peta.png': { mime: 'image/png' as const, width: 320, height: 200, bytes: solidPng(320, 200, [19, 49, 92]) } }

function build(): { laid: LaidOutDeck; html: string; file: VFile } {
  const file = new VFile({ path: 'input.md', value: readFileSync(input, 'utf8') })
  const deck = deckFromMarkdown(file)
  if (!deck) throw new Error(`parse failed: ${file.messages.map(String).join('\n')}`)
  const laid = layoutDeck(deck, formalTheme(), assets, file)
  return { laid, html: deckToHtml(laid, formalTheme(), assets), file }
}

interface RevealApi {
  isReady(): boolean
  getTotalSlides(): number
  slide(h: number): void
  getScale(): number
}
type RevealWindow = Window & { Reveal: RevealApi }

describe('parse → layout → deckToHtml in Chromium', () => {
  const { laid, html, file } = build()
  let session: ChromiumSession
  let opened: OfflinePage

  beforeAll(async () => {
    session = await launchChromium()
    const path = join(mkdtempSync(join(tmpdir(), 'layar-pipeline-')), 'deck.html')
    writeFileSync(path, html)
    opened = await openOffline(session, path)
    await opened.page.waitForFunction(() => (window as unknown as Partial<RevealWindow>).Reveal?.isReady() === true)
    await opened.page.evaluate(() => document.fonts.ready)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('lays out every frame type without errors', () => {
    expect(file.messages.filter((m) => m.fatal)).toEqual([])
    const frames = new Set(laid.slides.flatMap((s) => ('frames' in s ? s.frames.map((f) => f.type) : [])))
    expect([...frames].sort()).toEqual(['code', 'image', 'table', 'text'])
    expect(new Set(laid.slides.map((s) => s.layout))).toEqual(new Set(['title', 'section', 'content', 'image', 'twoColumn']))
  })

  it('shows one slide per laid-out slide with no requests and no errors', async () => {
    expect(await opened.page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides())).toBe(laid.slides.length)
    expect(opened.blocked).toEqual([])
    expect(opened.errors).toEqual([])
  })

  it('keeps notes, fragments and every element inside the slide box', async () => {
    const result = await opened.page.evaluate((count) => {
      const reveal = (window as unknown as RevealWindow).Reveal
      const out: Array<{ notes: boolean; fragments: number; outside: string[] }> = []
      for (let i = 0; i < count; i++) {
        reveal.slide(i)
        const section = document.querySelectorAll<HTMLElement>('.reveal .slides > section')[i]!
        const box = section.getBoundingClientRect()
        const outside: string[] = []
        section.querySelectorAll<HTMLElement>('*').forEach((el) => {
          const r = el.getBoundingClientRect()
          if (r.width === 0 && r.height === 0) return
          if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1) outside.push(el.tagName)
        })
        out.push({ notes: section.querySelector('aside.notes') !== null, fragments: section.querySelectorAll('.fragment').length, outside })
      }
      return out
    }, laid.slides.length)
    expect(result.map((r) => r.notes)).toEqual(laid.slides.map((s) => s.notes.length > 0))
    expect(result.map((r) => r.fragments).filter((n) => n > 0)).toEqual([2])
    expect(result.flatMap((r, i) => r.outside.map((tag) => `slide ${i + 1}: ${tag}`))).toEqual([])
  })
})
