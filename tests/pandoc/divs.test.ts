import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import type { BodyLayout } from '../../src/layout/index.js'
import { drawingText, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { memoryContentFolder } from '../support/theme.js'

const markdown = `---
title: Divs
lang: en
---

## Widths

:::: columns
::: {.column width="30%"}
Narrow
:::
::: {.column width=70}
Wide
:::
::::

## Grid

::: {layout-ncol=2}
One

Two

Three
:::

::: {style="color: red"}
Styled
:::
`

async function build() {
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  return buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
}

describe('pandoc fenced divs with attributes', () => {
  it('gives columns their widths, and lays layout-ncol blocks out in columns', async () => {
    const { laidOut } = await build()
    const [widths, grid] = (laidOut?.slides ?? []).filter((slide): slide is BodyLayout => slide.layout === 'twoColumn')
    const boxes = (widths?.frames ?? []).map((frame) => frame.box)
    expect(boxes).toHaveLength(2)
    const [narrow, wide] = boxes
    // 30 % and 70 % of the room left by the gap between them.
    expect((wide?.w ?? 0) / (narrow?.w ?? 1)).toBeCloseTo(70 / 30, 1)
    expect(narrow!.x + narrow!.w).toBeLessThan(wide!.x)
    // One and Three in the first column, Two in the second, then the styled div's text below.
    const xs = (grid?.frames ?? []).map((frame) => frame.box.x)
    expect(new Set(xs).size).toBe(2)
  })

  it('never prints the fences or attributes in either output', async () => {
    const { outputs } = await build()
    const html = htmlSlides(outputs?.html ?? '').text
    const { slides } = await pptxSlideParts(outputs?.pptx ?? new Uint8Array())
    const pptx = slides.map(drawingText).join('\n')
    for (const text of [html, pptx]) {
      expect(text).toContain('Styled')
      expect(text).toContain('Three')
      for (const literal of [':::', '{.', '{style', 'layout-ncol', 'width=']) expect(text).not.toContain(literal)
    }
  })
})
