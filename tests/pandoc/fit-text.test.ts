import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import type { BodyLayout, TextFrame } from '../../src/layout/index.js'
import { drawingText, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { findAll, readPptx } from '../support/pptx.js'
import { memoryContentFolder } from '../support/theme.js'

const markdown = '---\ntitle: Fit text\nlang: en\n---\n\n## Big\n\n::: {.r-fit-text}\nBig words\n:::\n\nNormal text below.\n'

describe("Quarto's .r-fit-text", () => {
  it('sets the text on one line at the largest size that fits the width, in both outputs', async () => {
    const file = new VFile({ path: '/deck/deck.md', value: markdown })
    const { laidOut, outputs } = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
    const slide = laidOut?.slides.find((candidate): candidate is BodyLayout => 'frames' in candidate)
    const [big, normal] = (slide?.frames ?? []) as TextFrame[]
    expect(big?.fontSize).toBeGreaterThan(2 * (normal?.fontSize ?? 0))
    expect(big?.box.h).toBeCloseTo((big?.lineHeight ?? 0) + (big?.paragraphSpacing ?? 0), 1)
    expect(slide?.fit.type).toBe('fits')
    const html = outputs?.html ?? ''
    const frame = selectAll('.layar-text', fromHtml(html)).find((element) => toText(element).includes('Big words'))
    expect(Number(/font-size:([\d.]+)px/.exec(String(frame?.properties['style']))?.[1])).toBeCloseTo(((big?.fontSize ?? 0) * 4) / 3, 1)
    const pkg = await readPptx(outputs?.pptx ?? new Uint8Array())
    const sizes = findAll(pkg.xml('ppt/slides/slide2.xml'), 'a:rPr').map((run) => Number(run.attrs['sz']) / 100)
    expect(sizes).toContain(big?.fontSize)
    const { slides } = await pptxSlideParts(outputs?.pptx ?? new Uint8Array())
    for (const text of [htmlSlides(html).text, slides.map(drawingText).join('\n')]) {
      expect(text).toContain('Big words')
      expect(text).not.toContain(':::')
    }
    expect(file.messages.map((message) => message.ruleId)).not.toContain('directive-unknown')
  })
})
