import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import type { BodyLayout } from '../../src/layout/index.js'
import { contrastRatio } from '../../src/theme/contrast.js'
import { colorsIn, findAll, readPptx, shapesOf } from '../support/pptx.js'
import { memoryContentFolder } from '../support/theme.js'

/**
 * A slide with a dark `background-color` in a light theme: its footer and
 * slide number switch to a light theme colour like its text (both outputs
 * draw them per slide), and a callout on it keeps its light fill with the
 * theme's dark text, so it stays readable.
 */
const source = `---
title: Dark
lang: en
footer: Deck footer text
---

## Light slide

::: callout-note
A light note.
:::

## Dark slide {background-color="#1a1a2e"}

Body text on dark.

::: callout-warning
A warning on a dark slide.
:::
`

async function build(): Promise<{ file: VFile; slides: BodyLayout[]; html: string; pptx: Uint8Array }> {
  const file = new VFile({ path: '/deck/deck.md', value: source })
  const { laidOut, outputs } = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
  return { file, slides: (laidOut?.slides.slice(1) ?? []) as BodyLayout[], html: outputs?.html ?? '', pptx: outputs?.pptx ?? new Uint8Array() }
}

const colorOf = (style: unknown): string | undefined => /(?:^|;)color:#([0-9a-f]{6})/i.exec(String(style))?.[1]?.toUpperCase()

describe('chrome and callouts on a dark slide background', () => {
  it('switch the footer and slide number to a readable colour in both outputs, and keep callout text dark on its light fill', async () => {
    const { file, slides, html, pptx } = await build()
    expect(file.messages.map((message) => message.ruleId)).not.toContain('background-contrast')
    const [light, dark] = slides
    const chrome = dark?.background?.text?.chrome ?? ''
    expect(contrastRatio(chrome, '1A1A2E')).toBeGreaterThanOrEqual(4.5)
    expect(light?.background).toBeUndefined()

    const sections = selectAll('.slides > section', fromHtml(html)).slice(1)
    const styleOf = (section: number, selector: string): unknown => select(selector, sections[section]!)?.properties['style']
    for (const selector of ['.layar-footer', '.layar-slide-number']) {
      expect(colorOf(styleOf(0, selector)), `light ${selector}`).toBeUndefined()
      expect(colorOf(styleOf(1, selector)), `dark ${selector}`).toBe(chrome)
    }
    const calloutColors = [0, 1].map((section) => colorOf(styleOf(section, '.layar-callout')))
    expect(calloutColors[1]).toBe(calloutColors[0])
    const fill = /background:#([0-9A-F]{6})/.exec(String(styleOf(1, '.layar-callout')))?.[1] ?? ''
    expect(contrastRatio(calloutColors[1] ?? '', fill)).toBeGreaterThanOrEqual(4.5)

    const pkg = await readPptx(pptx)
    const shapes = (slide: number): ReturnType<typeof shapesOf> => shapesOf(pkg.xml(pkg.slides[slide]!))
    const runColors = (slide: number, pick: (entry: ReturnType<typeof shapesOf>[number]) => boolean): string[] =>
      shapes(slide).filter(pick).flatMap((entry) => findAll(entry.shape, 'a:rPr').flatMap((properties) => colorsIn(pkg, properties)))
    for (const placeholder of ['ftr', 'sldNum']) {
      const isIt = (entry: ReturnType<typeof shapesOf>[number]): boolean => entry.placeholder === placeholder
      expect(runColors(2, isIt), `dark ${placeholder}`).toEqual([chrome])
      expect(runColors(1, isIt), `light ${placeholder}`).not.toContain(chrome)
    }
    const callout = (entry: ReturnType<typeof shapesOf>[number]): boolean => /^Callout \d+$/.test(entry.name)
    const darkCallout = new Set(runColors(2, callout))
    expect([...darkCallout]).toEqual([...new Set(runColors(1, callout))])
    expect(darkCallout).not.toContain(chrome)
  })
})
