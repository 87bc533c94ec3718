import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck, type BuildDeckResult } from '../../src/build/index.js'
import type { BodyLayout, Frame, ImageFrame } from '../../src/layout/index.js'
import { drawingText, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { makePng } from '../support/png.js'
import { findAll, readPptx } from '../support/pptx.js'
import { memoryContentFolder } from '../support/theme.js'

const markdown = `---
title: Image sizes
lang: en
---

## Half

Half the width.

![A chart](chart.png){width=50%}

## Pixels, left

![A chart](chart.png){height=200px fig-align="left"}

## Centimetres and inches

![A chart](chart.png){width=10cm height=2in fig-align=right}

## Too wide

![A chart](chart.png){width=300%}

## Captioned

![](chart.png){fig-cap="Sales by region" fig-alt="A bar chart of sales"}

## In text

See [the guide](https://example.org){target="_blank"} and ![icon](chart.png){width=40px} here.
`

/** 800 × 400 px: 600 × 300 pt at its natural size, 2:1. */
const images: Record<string, Uint8Array> = { 'chart.png': makePng(800, 400, '1D4ED8') }

async function build(): Promise<BuildDeckResult> {
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  return buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async (path) => images[path] ?? null)
}

function pictures(slide: BodyLayout | undefined): ImageFrame[] {
  return (slide?.frames ?? []).filter((frame: Frame): frame is ImageFrame & Frame => frame.type === 'image')
}

describe('image attributes (width, height, fig-align, fig-cap) in both outputs', () => {
  it('sizes, aligns and captions images in the layout, and reports a size that does not fit', async () => {
    const { file, laidOut } = await build()
    const slides = (laidOut?.slides ?? []).filter((slide): slide is BodyLayout => slide.layout !== 'title' && slide.layout !== 'section')
    const [half, pixels, metric, wide, captioned, inText] = slides
    const text = half?.frames.find((frame) => frame.type === 'text')
    const [halfPicture] = pictures(half)
    expect(halfPicture?.box.w).toBeCloseTo((text?.box.w ?? 0) / 2, 0)
    expect(halfPicture?.box.h).toBeCloseTo((halfPicture?.box.w ?? 0) / 2, 0)
    // 200 px is 150 pt tall; the width follows the 2:1 aspect; fig-align=left puts it at the body's left edge.
    const [left] = pictures(pixels)
    expect(left?.box).toMatchObject({ x: text?.box.x, h: 150, w: 300 })
    // Both sides given: exactly that box (10 cm = 283.46 pt, 2 in = 144 pt), against the right edge.
    const [right] = pictures(metric)
    expect(right?.box.w).toBeCloseTo(283.46, 1)
    expect(right?.box.h).toBe(144)
    expect((right?.box.x ?? 0) + (right?.box.w ?? 0)).toBeCloseTo((text?.box.x ?? 0) + (text?.box.w ?? 0), 1)
    // 300 % cannot fit: the picture shrinks into its room, aspect kept, and that is reported.
    const [clamped] = pictures(wide)
    expect(clamped?.box.w).toBeLessThanOrEqual(text?.box.w ?? 0)
    expect(clamped?.box.h).toBeCloseTo((clamped?.box.w ?? 0) / 2, 0)
    expect(clamped?.clamped?.w).toBeCloseTo((text?.box.w ?? 0) * 3, 0)
    expect(file.messages.filter((message) => message.ruleId === 'image-size-clamped').map((message) => message.line)).toEqual([22])
    const [figure] = pictures(captioned)
    expect(figure?.image.alt).toBe('A bar chart of sales')
    expect(figure?.caption?.inlines).toMatchObject([{ type: 'text', value: 'Sales by region' }])
    // An image inside a line of text is no figure: no caption, as in pandoc; 40 px is 30 pt wide.
    const [icon] = pictures(inText)
    expect(icon?.caption).toBeNull()
    expect(icon?.box.w).toBe(30)
    expect(file.messages.filter((message) => message.ruleId === 'attribute-ignored').map((message) => message.reason)).toEqual([
      expect.stringContaining('`target="_blank"` on this link'),
    ])
  })

  it('draws the laid-out sizes in the HTML and the PPTX, with no attribute text in either', async () => {
    const { laidOut, outputs } = await build()
    const boxes = (laidOut?.slides ?? []).flatMap((slide) => ('frames' in slide ? pictures(slide) : [])).map((frame) => frame.box)
    const html = fromHtml(outputs?.html ?? '')
    const imgs = selectAll('section figure img', html)
    const htmlWidths = imgs.map((img) => Number(/width:([\d.]+)px/.exec(String(img.properties['style']))?.[1]))
    expect(htmlWidths).toHaveLength(boxes.length)
    boxes.forEach((box, i) => expect(htmlWidths[i]).toBeCloseTo((box.w * 4) / 3, 1))
    expect(selectAll('figcaption', html).map((caption) => toText(caption).trim())).toEqual(['A chart', 'A chart', 'A chart', 'A chart', 'Sales by region'])
    const pkg = await readPptx(outputs?.pptx ?? new Uint8Array())
    const slidePaths = pkg.paths.filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path)).sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    const widths = slidePaths.flatMap((path) => findAll(pkg.xml(path), 'p:pic').map((pic) => Number(findAll(pic, 'a:ext')[0]?.attrs['cx'])))
    expect(widths.map((emu) => Math.round(emu / 12700))).toEqual(boxes.map((box) => Math.round(box.w)))
    const { slides } = await pptxSlideParts(outputs?.pptx ?? new Uint8Array())
    for (const text of [htmlSlides(outputs?.html ?? '').text, slides.map(drawingText).join('\n')]) {
      expect(text).toContain('See the guide and')
      for (const literal of ['{width', 'fig-', '{target', '}']) expect(text).not.toContain(literal)
    }
  })
})
