import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium, openOffline, type ChromiumSession } from '../support/chromium.js'
import { setups } from './setups.js'
import { buildCase } from './support.js'

const xssCases = ['xss-script', 'xss-img-onerror', 'xss-javascript-link', 'xss-svg-script', 'xss-code-lang', 'xss-title', 'text-controls']

describe('hostile decks in Chromium', () => {
  let session: ChromiumSession
  beforeAll(async () => {
    session = await launchChromium()
  })
  afterAll(async () => {
    await session.close()
  })

  test.each(xssCases)('%s runs no content script', async (name) => {
    const build = await buildCase(name, { formats: ['html'], setup: setups[name] })
    expect(build.html).not.toBeNull()
    const file = join(mkdtempSync(join(tmpdir(), 'layar-xss-')), 'deck.html')
    writeFileSync(file, build.html ?? '')
    const { page, errors } = await openOffline(session, file)
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null)
    // Visit every slide and hover every link, so event handlers would have had their chance.
    const total = await page.evaluate(() => document.querySelectorAll('.reveal > .slides > section').length)
    for (let index = 0; index < total; index++) {
      await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), index)
      for (const link of await page.locator('.reveal section.present a').all()) await link.hover({ force: true }).catch(() => undefined)
    }
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      title: document.title,
      scriptLinks: Array.from(document.querySelectorAll('a')).filter((a) => !/^(https?:|mailto:|#|$)/i.test(a.getAttribute('href') ?? '')).length,
      handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    }))
    expect(state.xss).toBeUndefined()
    expect(state.scriptLinks).toBe(0)
    expect(state.handlers).toEqual([])
    expect(errors).toEqual([])
    if (name === 'xss-title') expect(state.title).toBe('</title><script>window.__xss=1</script>')
    await page.close()
  })

  test('right-to-left paragraphs take their direction from their text', async () => {
    const build = await buildCase('text-scripts', { formats: ['html'] })
    const file = join(mkdtempSync(join(tmpdir(), 'layar-rtl-')), 'deck.html')
    writeFileSync(file, build.html ?? '')
    const { page } = await openOffline(session, file)
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null)
    const directions = await page.evaluate(() =>
      Object.fromEntries(Array.from(document.querySelectorAll('.reveal .slides p')).map((p) => [p.textContent?.slice(0, 12) ?? '', getComputedStyle(p).direction])),
    )
    expect(directions['مرحبا بالعال']).toBe('rtl')
    expect(directions['שלום עולם, ז']).toBe('rtl')
    expect(directions['Kalimat Indo']).toBe('ltr')
    expect(directions['中文段落：你好，世界。']).toBe('ltr')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id')
    await page.close()
  })
})
