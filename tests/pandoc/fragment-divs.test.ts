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

const markdown = [
  '---\ntitle: Fragments\nlang: en\n---\n',
  '## Steps\n',
  'Before.\n',
  '::: {.fragment}\nOn the first click.\n:::\n',
  'After the div.\n',
  '. . .\n',
  'After the pause.\n',
  '::: fragment\nOn the third click.\n:::\n',
  'Back with the pause.\n',
].join('\n')

async function build(source: string): Promise<{ file: VFile; laidOut: Awaited<ReturnType<typeof buildDeck>>['laidOut']; html: string; pptx: Uint8Array }> {
  const file = new VFile({ path: '/deck/deck.md', value: source })
  const { laidOut, outputs } = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
  return { file, laidOut, html: outputs?.html ?? '', pptx: outputs?.pptx ?? new Uint8Array() }
}

describe('Quarto .fragment divs', () => {
  it('show their content on a click of its own in both outputs, and leave what follows them as it was', async () => {
    const { file, laidOut, html, pptx } = await build(markdown)
    expect(file.messages).toEqual([])
    const slide = laidOut?.slides[1] as BodyLayout
    expect(slide.frames.map((frame) => frame.step)).toEqual([undefined, 1, undefined, 2, 3, 2])
    const tree = fromHtml(html)
    const fragments = selectAll('section .fragment', tree)
    expect(fragments.map((element) => [toText(element).trim(), element.properties['dataFragmentIndex']])).toEqual([
      ['On the first click.', '1'],
      ['After the pause.', '2'],
      ['On the third click.', '3'],
      ['Back with the pause.', '2'],
    ])
    const shown = selectAll('section', tree).map((element) => toText(element)).join('\n')
    expect(shown).toContain('After the div.')
    expect(shown).not.toContain(':::')
    expect(shown).not.toContain('.fragment')
    const { slides } = await pptxSlideParts(pptx)
    const text = slides.map(drawingText).join('\n')
    expect(text).toContain('On the third click.')
    expect(text).not.toContain(':::')
    expect(text).not.toContain('fragment')
    const clicks = readClicks(parseXml(slides[1] ?? ''))
    expect(clicks.map((click) => click.map((effect) => effect.text.join(' ')))).toEqual([
      ['On the first click.'],
      ['After the pause.', 'Back with the pause.'],
      ['On the third click.'],
    ])
  })

  it('are reported and shown whole inside a column, and report fragment styles they cannot draw', async () => {
    const source = '---\ntitle: Fragments\nlang: en\n---\n\n## Nested\n\n:::: columns\n::: column\n::: fragment\nInside a column.\n:::\n:::\n::: column\nBeside it.\n:::\n::::\n\n::: {.fragment .fade-in .custom}\nFaded in.\n:::\n'
    const { file, laidOut, html } = await build(source)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['fragment-not-stepped', 'directive-attribute-ignored'])
    expect(file.messages[1]?.reason).toContain('.custom')
    const slide = laidOut?.slides[1] as BodyLayout
    expect(slide.frames.map((frame) => frame.step)).toEqual([undefined, undefined, 1])
    const fragments = selectAll('section .fragment', fromHtml(html))
    expect(fragments.map((element) => toText(element).trim())).toEqual(['Faded in.'])
  })
})
