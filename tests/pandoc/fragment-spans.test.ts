import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import type { BodyLayout } from '../../src/layout/index.js'
import { validatePptx } from '../support/ooxml-schema.js'
import { pptxSlideParts } from '../support/outputs.js'
import { findAll, parseXml } from '../support/pptx.js'
import { readClicks } from '../support/pptx-timing.js'
import { memoryContentFolder } from '../support/theme.js'

/**
 * Quarto's `.fragment` on bracketed spans, and reveal.js's fragment styles
 * (`.fade-up`, `.grow`, …) on spans and divs: a click in both outputs, drawn
 * by reveal.js in the HTML and as PowerPoint's own effect in the PPTX.
 */
async function build(source: string): Promise<{ file: VFile; slide: BodyLayout; html: string; pptx: Uint8Array }> {
  const file = new VFile({ path: '/deck/deck.md', value: `---\ntitle: Fragments\nlang: en\n---\n\n${source}` })
  const { laidOut, outputs } = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
  return { file, slide: laidOut?.slides[1] as BodyLayout, html: outputs?.html ?? '', pptx: outputs?.pptx ?? new Uint8Array() }
}

/** The HTML's fragments on a slide (default: the second) as `index class…: text`, in document order. */
function htmlFragments(html: string, slide = 1): string[] {
  const section = selectAll('.slides > section', fromHtml(html))[slide]
  return selectAll('.fragment', section).map((element) => {
    const classes = (element.properties['className'] as string[]).filter((name) => name.startsWith('fade') || name.endsWith('fade-out') || ['grow', 'strike', 'highlight-red', 'zoom-in', 'fragment'].includes(name))
    return `${String(element.properties['dataFragmentIndex'])} ${classes.join(' ')}: ${toText(element).replace(/\s+/g, ' ').trim()}`
  })
}

/** The PPTX's clicks on a slide (default: the second) as `preset: text` per effect. */
async function pptxClicks(pptx: Uint8Array, slide = 1): Promise<string[][]> {
  const { slides } = await pptxSlideParts(pptx)
  return readClicks(parseXml(slides[slide] ?? '')).map((click) => click.map((effect) => `${effect.preset}: ${effect.text.join(' ').trim()}`))
}

describe('.fragment spans', () => {
  it('make a whole paragraph or a whole list item a click in both outputs, and are reported inside a sentence', async () => {
    const { file, slide, html, pptx } = await build(
      ['## Spans\n', 'Before.\n', '[On a click of its own.]{.fragment}\n', '- Always there\n- [Item on a click.]{.fragment .fade-up}\n- Also there\n', 'A [part]{.fragment} of a sentence.\n'].join('\n'),
    )
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['16:3 fragment-span-not-stepped'])
    expect(file.messages[0]?.reason).toContain('cannot reveal part of one')
    expect(slide.frames.map((frame) => frame.step)).toEqual([undefined, 1, undefined])
    expect(htmlFragments(html)).toEqual(['1 fragment: On a click of its own.', '2 fragment fade-up: Item on a click.'])
    expect(await pptxClicks(pptx)).toEqual([['entr/1: On a click of its own.'], ['entr/42: Item on a click.']])
    const shown = selectAll('.slides > section', fromHtml(html)).map((section) => toText(section)).join('\n')
    expect(shown).toContain('A part of a sentence.')
    expect(shown).not.toContain(']{')
  })
})

describe('fragment styles', () => {
  const styles = [
    ['fade-in', 'grow', 'highlight-red', 'fade-out', 'strike'],
    ['fade-left', 'zoom-in', 'semi-fade-out', 'fade-down'],
  ]
  const divs = (names: string[]): string => names.map((style, index) => `::: {.fragment .${style}}\nBuild ${index + 1}.\n:::\n`).join('\n')
  const source = `## Styles\n\n${divs(styles[0] ?? [])}\n## More\n\n${divs(styles[1] ?? [])}`

  it('are passed to reveal.js in the HTML', async () => {
    const { html } = await build(source)
    for (const [slide, names] of styles.entries()) {
      expect(htmlFragments(html, slide + 1)).toEqual(names.map((style, index) => `${index + 1} fragment ${style}: Build ${index + 1}.`))
    }
  })

  it('become PowerPoint effects where PowerPoint has one, and are reported once each where it has none', async () => {
    const { file, pptx } = await build(source)
    expect(file.messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual(['24 fragment-style-html-only', '30 fragment-style-html-only'])
    expect(file.messages[0]?.reason).toContain('`.strike`')
    expect(file.messages[0]?.reason).toContain('shows the text from the start')
    expect(file.messages[1]?.reason).toContain('`.fade-left`')
    // Strike has no PowerPoint effect: its text is there from the start and the PPTX has no click for it.
    expect(await pptxClicks(pptx)).toEqual([['entr/10: Build 1.'], ['emph/6: Build 2.'], ['emph/3: Build 3.'], ['exit/10: Build 4.']])
    expect(await pptxClicks(pptx, 2)).toEqual([['entr/10: Build 1.'], ['entr/53: Build 2.'], ['emph/9: Build 3.'], ['entr/47: Build 4.']])
    const { slides } = await pptxSlideParts(pptx)
    const slide = parseXml(slides[1] ?? '')
    expect(findAll(slide, 'p:animScale').flatMap((element) => findAll(element, 'p:by').map((by) => by.attrs.x))).toEqual(['130000'])
    expect(findAll(slide, 'p:animClr').flatMap((element) => findAll(element, 'a:srgbClr').map((color) => color.attrs.val))).toEqual(['FF2C2D'])
    const report = await validatePptx(pptx)
    expect(report.failures).toEqual([])
  })
})
