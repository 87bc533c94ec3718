import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, openOffline } from '../support/chromium.js'
import type { ChromiumSession, OfflinePage } from '../support/chromium.js'
import { render, writeDeck } from './build-html.js'
import { hostileDeck } from './hostile-deck.js'
import { sampleDeck } from './sample-deck.js'

interface RevealApi {
  isReady(): boolean
  getTotalSlides(): number
  slide(h: number): void
  getIndices(): { h: number }
  getScale(): number
}

type RevealWindow = Window & { Reveal: RevealApi; __xss?: unknown }

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Partial<RevealWindow>).Reveal?.isReady() === true)
  await page.evaluate(() => document.fonts.ready)
}

/** Elements of the current slide whose box pokes out of the slide's 1280 × 720 box (1 px slack). */
async function outsideSlide(page: Page, index: number): Promise<string[]> {
  return page.evaluate((i) => {
    const reveal = (window as unknown as RevealWindow).Reveal
    reveal.slide(i)
    const section = document.querySelectorAll<HTMLElement>('.reveal .slides > section')[i]
    if (!section) return ['no section']
    const slide = section.getBoundingClientRect()
    const scale = reveal.getScale()
    const problems: string[] = []
    if (Math.abs(slide.width - 1280 * scale) > 1 || Math.abs(slide.height - 720 * scale) > 1) {
      problems.push(`section is ${slide.width}×${slide.height} at scale ${scale}`)
    }
    for (const el of Array.from(section.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue // display:none (notes) or empty
      const slack = 1
      if (r.left < slide.left - slack || r.top < slide.top - slack || r.right > slide.right + slack || r.bottom > slide.bottom + slack) {
        problems.push(`${el.tagName.toLowerCase()}.${el.className} at ${r.left},${r.top},${r.right},${r.bottom}`)
      }
    }
    return problems
  }, index)
}

describe('the HTML deck in Chromium, offline from file://', () => {
  let session: ChromiumSession
  let opened: OfflinePage
  const deck = sampleDeck()

  beforeAll(async () => {
    session = await launchChromium()
    opened = await openOffline(session, writeDeck(render(deck).html))
    await ready(opened.page)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('starts reveal.js with one slide per laid-out slide, no requests, no errors', async () => {
    const total = await opened.page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides())
    expect(total).toBe(deck.slides.length)
    expect(opened.blocked).toEqual([])
    expect(opened.errors).toEqual([])
  })

  it('uses the embedded fonts', async () => {
    const loaded = await opened.page.evaluate(() => {
      const families: string[] = []
      document.fonts.forEach((f) => {
        if (f.status === 'loaded') families.push(f.family)
      })
      return families
    })
    expect(loaded).toContain('Carlito')
    expect(loaded).toContain('Cousine')
  })

  it('places frames where the layout put them (pt × 4/3)', async () => {
    const rect = await opened.page.evaluate(() => {
      ;(window as unknown as RevealWindow).Reveal.slide(2)
      const section = document.querySelectorAll('.reveal .slides > section')[2]!.getBoundingClientRect()
      const frame = document.querySelector('.present .layar-text')!.getBoundingClientRect()
      // The slide is scaled into the window above the strip that holds the controls.
      const scale = (window as unknown as RevealWindow).Reveal.getScale()
      return { x: (frame.left - section.left) / scale, y: (frame.top - section.top) / scale, w: frame.width / scale, h: frame.height / scale }
    })
    expect(rect.x).toBeCloseTo(64, 1)
    expect(rect.y).toBeCloseTo(146.667, 1)
    expect(rect.w).toBeCloseTo(1152, 1)
  })

  it('keeps every element of every slide inside the 1280 × 720 slide box', async () => {
    for (let i = 0; i < deck.slides.length; i++) expect(await outsideSlide(opened.page, i), `slide ${i + 1}`).toEqual([])
  })

  it('keeps speaker notes in the DOM for the slides that have them', async () => {
    const notes = await opened.page.evaluate(() =>
      Array.from(document.querySelectorAll('.reveal .slides > section')).map((s) => s.querySelector('aside.notes')?.textContent ?? null),
    )
    expect(notes.map((n) => n !== null)).toEqual(deck.slides.map((s) => s.notes.length > 0))
    expect(notes[0]).toContain('Sapa hadirin.')
  })

  it('opens the speaker view on S, offline, showing the notes', async () => {
    await opened.page.evaluate(() => (window as unknown as RevealWindow).Reveal.slide(0))
    const [popup] = await Promise.all([opened.page.waitForEvent('popup'), opened.page.keyboard.press('s')])
    const value = popup.locator('.speaker-controls-notes .value')
    await expect.poll(() => value.textContent(), { timeout: 15_000 }).toContain('Sapa hadirin.')
    // The current-slide preview is the same file in an iframe, and it connected.
    await expect.poll(() => popup.locator('#connection-status').isHidden(), { timeout: 15_000 }).toBe(true)
    await opened.page.evaluate(() => (window as unknown as RevealWindow).Reveal.slide(2))
    await expect.poll(() => value.textContent(), { timeout: 15_000 }).toContain('poin catatan')
    expect(opened.blocked).toEqual([])
    expect(opened.errors).toEqual([])
    await popup.close()
  })
})

describe('the HTML deck in a smaller window', () => {
  it('scales the whole 1280 × 720 slide, keeping everything inside it', async () => {
    const session = await launchChromium({ width: 1000, height: 700 })
    try {
      const deck = sampleDeck()
      const { page } = await openOffline(session, writeDeck(render(deck).html))
      await ready(page)
      const scale = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getScale())
      expect(scale).toBeCloseTo(1000 / 1280, 2)
      for (let i = 0; i < deck.slides.length; i++) expect(await outsideSlide(page, i), `slide ${i + 1}`).toEqual([])
    } finally {
      await session.close()
    }
  })
})

describe('the bounds check itself', () => {
  it('reports a frame that pokes out of the slide', async () => {
    const session = await launchChromium()
    try {
      const deck = sampleDeck()
      const slides = [deck.slides[2]!].map((s) => (s.layout === 'content' ? { ...s, frames: s.frames.map((f) => ({ ...f, box: { ...f.box, x: 900 } })) } : s))
      const { page } = await openOffline(session, writeDeck(render({ ...deck, slides }).html))
      await ready(page)
      expect((await outsideSlide(page, 0)).length).toBeGreaterThan(0)
    } finally {
      await session.close()
    }
  })
})

describe('hostile content in Chromium', () => {
  it('runs none of it, in the deck or the speaker view', async () => {
    const session = await launchChromium()
    try {
      const deck = hostileDeck()
      const { page, blocked, errors } = await openOffline(session, writeDeck(render(deck).html))
      await ready(page)
      const last = deck.slides.length - 1
      await page.evaluate((i) => (window as unknown as RevealWindow).Reveal.slide(i), last)
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')])
      await expect.poll(() => popup.locator('.speaker-controls-notes .value').textContent(), { timeout: 15_000 }).toContain('onerror')
      expect(await popup.locator('.speaker-controls-notes .value img').count()).toBe(0)
      expect(await page.evaluate(() => (window as unknown as RevealWindow).__xss)).toBeUndefined()
      expect(await popup.evaluate(() => (window as unknown as RevealWindow).__xss)).toBeUndefined()
      expect(await page.title()).toContain('</script>')
      expect(blocked).toEqual([]) // an injected <img src=x> would have tried to load
      expect(errors).toEqual([])
    } finally {
      await session.close()
    }
  })
})
