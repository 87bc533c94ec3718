import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import type { BodyLayout } from '../../src/layout/index.js'
import { drawingText, pptxSlideParts } from '../support/outputs.js'
import { parseXml } from '../support/pptx.js'
import { readClicks } from '../support/pptx-timing.js'
import { memoryContentFolder } from '../support/theme.js'

const markdown = '---\ntitle: Pauses\nlang: en\n---\n\n## Steps\n\nFirst.\n\n. . .\n\nSecond.\n\n. . .\n\nThird.\n'

describe('pandoc pauses', () => {
  it('become steps in the layout, fragments in the HTML and clicks in the PPTX, with nothing reported', async () => {
    const file = new VFile({ path: '/deck/deck.md', value: markdown })
    const { laidOut, outputs } = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
    expect(file.messages).toEqual([])
    const slide = laidOut?.slides[1] as BodyLayout
    expect(slide.frames.map((frame) => frame.step)).toEqual([undefined, 1, 2])
    const fragments = selectAll('section .fragment', fromHtml(outputs?.html ?? ''))
    expect(fragments.map((element) => [toText(element).trim(), element.properties['dataFragmentIndex']])).toEqual([['Second.', '1'], ['Third.', '2']])
    const { slides } = await pptxSlideParts(outputs?.pptx ?? new Uint8Array())
    const text = slides.map(drawingText).join('\n')
    expect(text).toContain('Third.')
    expect(text).not.toContain('. . .')
    const clicks = readClicks(parseXml(slides[1] ?? ''))
    expect(clicks.map((click) => click.map((effect) => [effect.nodeType, effect.text.join(' ')]))).toEqual([[['clickEffect', 'Second.']], [['clickEffect', 'Third.']]])
  })
})
