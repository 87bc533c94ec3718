import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDevInChromium } from './dev-in-chromium.js'
import type { DevSession } from './dev-session.js'

const deck = (word: string, title = 'Posisi'): string => `---
title: ${title}
incremental: true
---

## Satu

Kata ${word}.

## Dua

Isi dua.

## Tiga

- butir pertama
- butir kedua
- butir ketiga

## Empat

Isi empat.
`

interface Indices {
  h: number
  v: number
  f?: number
}

/** Waits until reveal.js in the (possibly reloaded) page is ready, then returns where it is. */
async function revealIndices(page: Page): Promise<Indices> {
  await page.waitForFunction(() => {
    const reveal = (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal
    return reveal?.isReady() === true
  })
  return page.evaluate(() => (window as unknown as { Reveal: { getIndices(): Indices } }).Reveal.getIndices())
}

describe('layar dev in Chromium', () => {
  let dev: DevSession
  let page: Page
  let close = async (): Promise<void> => {}
  beforeAll(async () => {
    // Throws (never skips) when /usr/bin/chromium is missing.
    ;({ dev, page, close } = await openDevInChromium({ 'deck.md': deck('awal') }))
  })
  afterAll(() => close())

  it('shows a visible Download PPTX link to the built file', async () => {
    const link = page.locator('#layar-dev-download')
    await expect(link.isVisible()).resolves.toBe(true)
    expect(await link.textContent()).toBe('Download PPTX')
    const href = await link.getAttribute('href')
    const response = await fetch(new URL(href ?? '', dev.url))
    expect([...new Uint8Array(await response.arrayBuffer()).subarray(0, 2)]).toEqual([0x50, 0x4b])
  })

  it('stays on the same slide and fragment across a reload after a save', async () => {
    await revealIndices(page)
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number, f: number): void } }).Reveal.slide(3, 0, 1))
    expect(await revealIndices(page)).toMatchObject({ h: 3, v: 0, f: 1 })
    const reloaded = page.waitForEvent('load')
    await writeFile(join(dev.dir, 'deck.md'), deck('baru'))
    await reloaded
    await page.waitForFunction(() => document.body.textContent?.includes('Kata baru'))
    // reveal.js restores the slide from the URL hash, the client restores the fragment.
    await page.waitForFunction(() => {
      const at = (window as unknown as { Reveal?: { isReady(): boolean; getIndices(): Indices } }).Reveal
      return at?.isReady() && at.getIndices().h === 3 && at.getIndices().f === 1
    })
    expect(await revealIndices(page)).toMatchObject({ h: 3, v: 0, f: 1 })
  })

  it('shows the diagnostics over the last good deck on a broken save, escaped, and clears them on the fix', async () => {
    const payload = '<img src=x onerror="window.__layarPwned=1">'
    await writeFile(join(dev.dir, 'deck.md'), deck('rusak', `[${payload}`))
    const overlay = page.locator('#layar-dev-overlay')
    await overlay.waitFor({ state: 'visible' })
    const text = (await overlay.textContent()) ?? ''
    expect(text).toMatch(/deck\.md:\d+:\d+/)
    expect(text).toContain('front-matter-yaml')
    expect(await overlay.locator('img').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __layarPwned?: number }).__layarPwned)).toBeUndefined()
    expect(await page.textContent('body')).toContain('Kata baru') // the last good deck is still there

    const reloaded = page.waitForEvent('load')
    await writeFile(join(dev.dir, 'deck.md'), deck('pulih'))
    await reloaded
    await page.waitForFunction(() => document.body.textContent?.includes('Kata pulih'))
    expect(await page.locator('#layar-dev-overlay').count()).toBe(0)
    expect((await revealIndices(page)).h).toBe(3)
  })
})
