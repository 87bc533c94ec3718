import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { injectDevChrome } from '../../src/cli/dev/inject.js'
import { shippedThemeNames } from '../../src/theme/index.js'
import { launchChromium, openOffline, type ChromiumSession } from '../support/chromium.js'
import { writeDeck } from './build-html.js'
import { buildWithTheme } from './themed-build.js'

/** Banners top and bottom, footer band, slide number: everything the controls covered. */
const markdown = `---
title: Kontrol
classification: UNCLASSIFIED
footer: Footer text
organization: Organisation
---

## One

- a
- b

## Two

Text.
`

interface Rect { left: number; top: number; right: number; bottom: number }

/** Rectangles of what reveal.js (and the dev server) draw over the page, and of the current slide. */
async function rects(page: Page): Promise<{ slide: Rect; controls: { name: string; rect: Rect }[] }> {
  return page.evaluate(() => {
    const box = (el: Element): Rect => {
      const r = el.getBoundingClientRect()
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    }
    const slide = document.querySelector('.reveal .slides > section.present')!
    const controls = Array.from(document.querySelectorAll('.reveal .controls button.enabled, .reveal .progress, #layar-dev-download'))
      .filter((el) => getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ name: `${el.tagName.toLowerCase()}.${el.className || el.id}`, rect: box(el) }))
    return { slide: box(slide), controls }
  })
}

const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5

describe.each(shippedThemeNames())('reveal.js controls and the dev buttons, theme %s', (theme) => {
  let session: ChromiumSession
  let html = ''

  beforeAll(async () => {
    html = (await buildWithTheme(markdown, theme)).outputs!.html!
    session = await launchChromium()
  })

  afterAll(async () => {
    await session?.close()
  })

  it.each([
    [1280, 720],
    [1000, 800],
  ])('draw the arrows, progress bar and Download PPTX outside the slide, in a %i × %i window', async (width, height) => {
    const { page } = await openOffline(session, writeDeck(injectDevChrome(html, 'deck', 1)))
    await page.setViewportSize({ width, height })
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true)
    for (const index of [0, 1]) {
      await page.evaluate((i) => (window as unknown as { Reveal: { slide(i: number): void } }).Reveal.slide(i), index)
      const { slide, controls } = await rects(page)
      const names = controls.map((c) => c.name)
      expect(names.some((name) => name.includes('navigate-right'))).toBe(true)
      expect(names.some((name) => name.includes('progress'))).toBe(true)
      expect(names).toContain('a.layar-dev-download')
      for (const control of controls) {
        expect(overlaps(control.rect, slide), `${control.name} covers slide ${index + 1}: ${JSON.stringify(control.rect)} over ${JSON.stringify(slide)}`).toBe(false)
        expect(control.rect.bottom).toBeLessThanOrEqual(height + 0.5)
      }
    }
    await page.close()
  })
})
