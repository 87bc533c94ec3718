import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck, type BuildDeckResult } from '../../src/build/index.js'
import type { BodyLayout, CalloutFrame } from '../../src/layout/index.js'
import { drawingText, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { findAll, readPptx, textOf } from '../support/pptx.js'
import { memoryContentFolder } from '../support/theme.js'

const markdown = `---
title: Callouts
lang: en
---

## Three callouts

Text before.

::: {.callout-note}
A note.
:::

::: {.callout-tip title="Tip title"}
- one
- two
:::

::: callout-warning
## From the heading
Careful.
:::
`

async function build(): Promise<BuildDeckResult> {
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  return buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
}

describe('Quarto callouts in both outputs', () => {
  it('lays each out as a box with a coloured bar, its title and its text, stacked without overlap', async () => {
    const { laidOut, file } = await build()
    expect(file.messages.map((message) => message.ruleId)).not.toContain('directive-unknown')
    const slide = laidOut?.slides.find((candidate): candidate is BodyLayout => 'frames' in candidate)
    const callouts = (slide?.frames ?? []).filter((frame): frame is CalloutFrame => frame.type === 'callout')
    expect(callouts.map((frame) => [frame.kind, frame.title.inlines.map((inline) => ('value' in inline ? inline.value : '')).join('')])).toEqual([
      ['note', 'Note'],
      ['tip', 'Tip title'],
      ['warning', 'From the heading'],
    ])
    expect(new Set(callouts.map((frame) => frame.barColor)).size).toBe(3)
    for (const frame of callouts) {
      // The title and the text sit inside the box, inset by the padding.
      expect(frame.title.box.x).toBeGreaterThanOrEqual(frame.box.x + frame.barWidth)
      const body = frame.body!
      expect(body.box.y).toBeGreaterThanOrEqual(frame.title.box.y + frame.title.box.h)
      expect(body.box.y + body.box.h).toBeLessThanOrEqual(frame.box.y + frame.box.h + 0.01)
      expect(body.box.x + body.box.w).toBeLessThanOrEqual(frame.box.x + frame.box.w)
    }
    for (let i = 1; i < callouts.length; i++) expect(callouts[i]!.box.y).toBeGreaterThan(callouts[i - 1]!.box.y + callouts[i - 1]!.box.h)
    expect(slide?.fit.type).toBe('fits')
  })

  it('draws them in the HTML and the PPTX with the same text, and no fences in either', async () => {
    const { outputs, laidOut } = await build()
    const slide = laidOut?.slides.find((candidate): candidate is BodyLayout => 'frames' in candidate)
    const callouts = (slide?.frames ?? []).filter((frame): frame is CalloutFrame => frame.type === 'callout')
    const html = fromHtml(outputs?.html ?? '')
    const boxes = selectAll('.layar-callout', html)
    expect(boxes.map((box) => (box.properties['className'] as string[]).find((name) => name.startsWith('callout-')))).toEqual(['callout-note', 'callout-tip', 'callout-warning'])
    expect(boxes.map((box) => toText(box).replace(/\s+/g, ' ').trim())).toEqual(['Note A note.', 'Tip title one two', 'From the heading Careful.'])
    expect(String(boxes[0]?.properties['style'])).toContain(`background:#${callouts[0]?.fill}`)
    const pkg = await readPptx(outputs?.pptx ?? new Uint8Array())
    const shapes = findAll(pkg.xml('ppt/slides/slide2.xml'), 'p:sp')
    const named = (prefix: string) => shapes.filter((shape) => String(findAll(shape, 'p:cNvPr')[0]?.attrs['name']).startsWith(prefix))
    const texts = named('Callout ').filter((shape) => !String(findAll(shape, 'p:cNvPr')[0]?.attrs['name']).startsWith('Callout bar'))
    expect(texts.map((shape) => textOf(shape).replace(/\s+/g, ' ').trim())).toEqual(['NoteA note.', 'Tip titleonetwo', 'From the headingCareful.'])
    expect(findAll(texts[0]!, 'a:srgbClr').map((color) => color.attrs['val'])).toContain(callouts[0]?.fill)
    const bars = named('Callout bar')
    expect(bars.map((bar) => findAll(bar, 'a:srgbClr')[0]?.attrs['val'])).toEqual(callouts.map((frame) => frame.barColor))
    const { slides } = await pptxSlideParts(outputs?.pptx ?? new Uint8Array())
    for (const text of [htmlSlides(outputs?.html ?? '').text, slides.map(drawingText).join('\n')]) {
      expect(text).toContain('Text before.')
      for (const literal of [':::', '{.callout', 'title=', '##']) expect(text).not.toContain(literal)
    }
  })
})

describe('Quarto callout titles in the deck language', () => {
  it('default to Quarto’s Indonesian titles in a `lang: id` deck, in both outputs', async () => {
    const kinds = ['note', 'tip', 'warning', 'important', 'caution']
    const source = `---\ntitle: Kotak\nlang: id\n---\n\n## Kotak\n\n${kinds.map((kind) => `::: callout-${kind}\nIsi.\n:::\n`).join('\n')}\n## Lagi\n\n::: {.callout-note title="Judul sendiri"}\nIsi.\n:::\n`
    const file = new VFile({ path: '/deck/deck.md', value: source })
    const { laidOut, outputs } = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
    const frames = (laidOut?.slides ?? []).flatMap((slide) => ('frames' in slide ? slide.frames : []))
    const titles = frames.filter((frame): frame is CalloutFrame => frame.type === 'callout').map((frame) => frame.title.inlines.map((inline) => ('value' in inline ? inline.value : '')).join(''))
    const expected = ['Catatan', 'Tip', 'Peringatan', 'Penting', 'Bahaya', 'Judul sendiri']
    expect(titles).toEqual(expected)
    const html = htmlSlides(outputs?.html ?? '').text
    const { slides } = await pptxSlideParts(outputs?.pptx ?? new Uint8Array())
    const pptx = slides.map(drawingText).join('\n')
    for (const title of expected) {
      expect(html).toContain(title)
      expect(pptx).toContain(title)
    }
    for (const english of ['Note', 'Warning', 'Important', 'Caution']) {
      expect(html).not.toContain(english)
      expect(pptx).not.toContain(english)
    }
  })
})
