import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shippedThemeNames } from '../../src/theme/index.js'
import { launchChromium, openOffline, type ChromiumSession } from '../support/chromium.js'
import { writeDeck } from './build-html.js'
import { buildWithTheme } from './themed-build.js'

/** A 16-line block alone on a slide, and a short one in a column: the shapes that overflowed. */
const lines = Array.from({ length: 14 }, (_, i) => `    v${i} = compute(${i}, "text")`)
const markdown = `---
title: Code
classification: TERBATAS
footer: Footer
---

## A long block

\`\`\`python
def f(x):
${lines.join('\n')}
# the last line
\`\`\`

## Two columns

:::: columns
::: column
\`\`\`js
const a = 1
const b = 2
const c = 3
\`\`\`
:::
::: column
Text beside the code.
:::
::::
`

interface CodeBox {
  slide: number
  lineCount: number
  preFont: string
  codeFont: string
  /** The pre's content box (inside its padding) and the code's box, in CSS px of the 1280 × 720 slide. */
  inner: { top: number; bottom: number }
  code: { top: number; bottom: number }
  lineHeight: number
}

describe.each(shippedThemeNames())('code blocks in Chromium, theme %s', (theme) => {
  let session: ChromiumSession
  let boxes: CodeBox[] = []

  beforeAll(async () => {
    const { outputs } = await buildWithTheme(markdown, theme)
    session = await launchChromium()
    const { page } = await openOffline(session, writeDeck(outputs!.html!))
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true)
    await page.evaluate(() => document.fonts.ready)
    boxes = await page.evaluate(() => {
      const reveal = (window as unknown as { Reveal: { slide(i: number): void; getScale(): number } }).Reveal
      const sections = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > section'))
      const found: CodeBox[] = []
      sections.forEach((section, slide) => {
        reveal.slide(slide)
        const scale = reveal.getScale()
        const origin = section.getBoundingClientRect()
        for (const pre of Array.from(section.querySelectorAll<HTMLElement>('pre.layar-code'))) {
          const code = pre.querySelector('code')!
          const style = getComputedStyle(pre)
          const p = pre.getBoundingClientRect()
          const c = code.getBoundingClientRect()
          const y = (v: number) => (v - origin.top) / scale
          found.push({
            slide,
            lineCount: (code.textContent ?? '').split('\n').length,
            preFont: style.fontFamily,
            codeFont: getComputedStyle(code).fontFamily,
            inner: { top: y(p.top) + parseFloat(style.paddingTop), bottom: y(p.bottom) - parseFloat(style.paddingBottom) },
            code: { top: y(c.top), bottom: y(c.bottom) },
            lineHeight: parseFloat(style.lineHeight),
          })
        }
      })
      return found
    })
  })

  afterAll(async () => {
    await session?.close()
  })

  it('draws every line of each block in one font, at the laid-out line height, inside its box', () => {
    expect(boxes.length).toBe(2)
    for (const box of boxes) {
      expect(box.codeFont, `slide ${box.slide}`).toBe(box.preFont)
      expect(box.preFont).not.toMatch(/^monospace$/)
      // Every line exactly one laid-out line height: the block is as tall as its lines.
      expect(box.code.bottom - box.code.top).toBeCloseTo(box.lineCount * box.lineHeight, 0)
      expect(box.code.top).toBeGreaterThanOrEqual(box.inner.top - 0.5)
      expect(box.code.bottom, `slide ${box.slide}: code ends below its box`).toBeLessThanOrEqual(box.inner.bottom + 0.5)
    }
  })
})
