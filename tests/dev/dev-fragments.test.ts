import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDevInChromium } from './dev-in-chromium.js'
import type { DevSession } from './dev-session.js'

/** A deck whose steps come from all three sources: `incremental: true`, `. . .` pauses and `.fragment` divs. */
const deck = (word: string): string => `---
title: Langkah
incremental: true
---

## Pembuka

Isi pembuka.

## Daftar

- butir pertama ${word}
- butir kedua
- butir ketiga
- butir keempat

## Jeda

Sebelum jeda ${word}.

. . .

Sesudah jeda pertama.

. . .

Sesudah jeda kedua.

## Blok

::: fragment
Blok satu ${word}.
:::

::: fragment
Blok dua.
:::

::: fragment
Blok tiga.
:::
`

interface RevealApi {
  isReady(): boolean
  getIndices(): { h: number; v: number; f?: number }
  slide(h: number, v?: number, f?: number): void
}

/** Which fragments of the current slide are shown, in document order (`true` = visible). */
function shownFragments(page: Page): Promise<boolean[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.reveal .slides section.present .fragment')).map((node) => node.classList.contains('visible')),
  )
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.isReady() === true)
}

/** Goes to slide `h` with no fragment shown, presses → `steps` times as a presenter would, and returns the shown fragments. */
async function stepTo(page: Page, h: number, steps: number): Promise<boolean[]> {
  await ready(page)
  await page.evaluate((at) => (window as unknown as { Reveal: RevealApi }).Reveal.slide(at, 0, -1), h)
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight')
  return shownFragments(page)
}

/** Saves `content`, waits for the page to reload with `marker` in it and for reveal.js to settle, and returns the shown fragments. */
async function saveAndReload(page: Page, dev: DevSession, content: string, marker: string): Promise<boolean[]> {
  const reloaded = page.waitForEvent('load')
  await writeFile(join(dev.dir, 'deck.md'), content)
  await reloaded
  await page.waitForFunction((text) => document.body.textContent?.includes(text), marker)
  await ready(page)
  // The client restores the step once reveal.js is ready; wait until a fragment has shown or 2 s have passed.
  await page
    .waitForFunction(() => document.querySelector('.reveal .slides section.present .fragment.visible') !== null, undefined, { timeout: 2000 })
    .catch(() => {})
  return shownFragments(page)
}

describe('layar dev keeps the presenter at the same step across a reload', () => {
  let dev: DevSession
  let page: Page
  let close = async (): Promise<void> => {}
  let round = 0
  beforeAll(async () => {
    // Throws (never skips) when /usr/bin/chromium is missing.
    ;({ dev, page, close } = await openDevInChromium({ 'deck.md': deck('awal') }))
  })
  afterAll(() => close())

  // Slide 0 is the title slide.
  const cases = [
    { name: 'an incremental list', h: 2, total: 4 },
    { name: 'paragraphs after `. . .` pauses', h: 3, total: 2 },
    { name: '`.fragment` divs', h: 4, total: 3 },
  ]
  for (const { name, h, total } of cases) {
    it(`shows ${name} up to the step the presenter was on, on the edited slide`, async () => {
      const before = await stepTo(page, h, 2)
      const expected = Array.from({ length: total }, (_, i) => i < 2)
      expect(before).toEqual(expected)
      const word = `suntingan${++round}`
      const after = await saveAndReload(page, dev, deck(word), word)
      expect(await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices().h)).toBe(h)
      expect(after).toEqual(expected)
    })
  }
})
