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

describe('a .fragment div on a slide split into continuation slides', () => {
  it('steps on the part it lands on, in both outputs alike; a part starting with one shows it on entry', async () => {
    const long = (n: number): string => `Paragraph ${n}: ${'words that fill a line of the slide and then some more to wrap around. '.repeat(2)}\n`
    const source = [
      '---\ntitle: Split\nlang: en\n---\n',
      '## Long\n',
      long(1),
      '::: fragment\nFragment A.\n:::\n',
      long(2),
      long(3),
      '. . .\n',
      long(4),
      long(5),
      long(6),
      '::: fragment\nFragment B.\n:::\n',
      long(7),
      long(8),
      '::: {.fragment .fade-up}\nFragment C.\n:::\n',
      'Tail.\n',
    ].join('\n')
    const { file, laidOut, html, pptx } = await build(source)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['fit-split'])
    const parts = (laidOut?.slides.slice(1) ?? []) as BodyLayout[]
    expect(parts.map((part) => part.continuation?.part)).toEqual([1, 2, 3])
    expect(parts.map((part) => part.frames.map((frame) => frame.step ?? 0))).toEqual([
      [0, 1, 0, 2],
      [0, 1, 0],
      [0, 0],
    ])
    // Part 3 starts with Fragment C: going to the part is its click, so its style has nothing to play on.
    expect(parts[2]?.frames[0]?.fragment).toBeUndefined()
    const sections = selectAll('.slides > section', fromHtml(html)).slice(1)
    expect(sections.map((section) => selectAll('.fragment', section).map((element) => `${String(element.properties['dataFragmentIndex'])}: ${toText(element).trim().slice(0, 11)}`))).toEqual([
      ['1: Fragment A.', '2: Paragraph 4'],
      ['1: Fragment B.'],
      [],
    ])
    expect(toText(sections[2]!)).toContain('Fragment C.')
    const { slides } = await pptxSlideParts(pptx)
    expect(slides.slice(1).map((slide) => readClicks(parseXml(slide)).map((click) => click.map((effect) => effect.text.join(' ').slice(0, 11))))).toEqual([
      [['Fragment A.'], ['Paragraph 4']],
      [['Fragment B.']],
      [],
    ])
  })
})
