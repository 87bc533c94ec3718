import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck, type BuildDeckResult } from '../../src/build/index.js'
import type { BodyLayout } from '../../src/layout/index.js'
import { drawingText, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { findAll, readPptx, textOf } from '../support/pptx.js'
import { memoryContentFolder } from '../support/theme.js'

const markdown = (footer: string) => `---
title: Footer and aside
${footer}lang: en
---

## Own footer

Body text.

::: footer
This slide's own footer
:::

::: aside
A small aside at the foot.
:::

## Deck footer

Body text.
`

async function build(footer: string): Promise<BuildDeckResult> {
  const file = new VFile({ path: '/deck/deck.md', value: markdown(footer) })
  return buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
}

describe("Quarto's ::: footer and ::: aside", () => {
  it('replace the footer on their slide and set the aside in small text at its foot, in the layout', async () => {
    const { laidOut, file } = await build('footer: Deck footer\n')
    expect(file.messages.map((message) => message.ruleId)).not.toContain('directive-unknown')
    const [own, plain] = (laidOut?.slides ?? []).filter((slide): slide is BodyLayout => 'frames' in slide)
    expect(own?.footer).toMatchObject({ text: "This slide's own footer", box: laidOut?.chrome.footer?.box })
    expect(plain?.footer).toBeUndefined()
    const [body, aside] = own?.frames ?? []
    expect(aside?.type === 'text' && aside.blocks).toMatchObject([{ type: 'paragraph', children: [{ value: 'A small aside at the foot.' }] }])
    expect(aside?.type === 'text' && body?.type === 'text' && aside.fontSize).toBeLessThan(body?.type === 'text' ? body.fontSize : 0)
    expect(aside!.box.y).toBeGreaterThan(body!.box.y + body!.box.h)
  })

  it('draw the slide footer in place of the deck footer in both outputs', async () => {
    const { outputs } = await build('footer: Deck footer\n')
    const sections = selectAll('.reveal > .slides > section', fromHtml(outputs?.html ?? ''))
    const footers = sections.map((section) => selectAll('.layar-footer', section).map((element) => toText(element).trim()))
    expect(footers.slice(1)).toEqual([["This slide's own footer"], ['Deck footer']])
    const pkg = await readPptx(outputs?.pptx ?? new Uint8Array())
    const own = textOf(pkg.xml('ppt/slides/slide2.xml'))
    expect(own).toContain("This slide's own footer")
    expect(own).not.toContain('Deck footer')
    expect(textOf(pkg.xml('ppt/slides/slide3.xml'))).toContain('Deck footer')
    const { slides } = await pptxSlideParts(outputs?.pptx ?? new Uint8Array())
    for (const text of [htmlSlides(outputs?.html ?? '').text, slides.map(drawingText).join('\n')]) {
      expect(text).toContain('A small aside at the foot.')
      expect(text).not.toContain(':::')
    }
  })

  it('draw a slide footer also when the deck has none', async () => {
    const { laidOut } = await build('')
    const own = laidOut?.slides.find((slide): slide is BodyLayout => 'frames' in slide)
    expect(own?.footer?.text).toBe("This slide's own footer")
    expect(laidOut?.chrome.footer).toBeNull()
  })

  it('inside a div or a column go to the slide they are on, in both outputs, not into its body', async () => {
    const source = `---\ntitle: Nested\nlang: en\nfooter: Deck footer\n---\n\n## Nested\n\n::: {.my-box}\nBody text.\n\n::: footer\nFooter from a div\n:::\n:::\n\n:::: columns\n::: column\nLeft.\n\n::: aside\nAside from a column.\n:::\n:::\n::: column\nRight.\n:::\n::::\n`
    const file = new VFile({ path: '/deck/deck.md', value: source })
    const { laidOut, outputs } = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
    // Only the div's own unknown class is reported; the footer and aside in it are read.
    expect(file.messages.map((message) => `${message.ruleId} ${message.line}`)).toEqual(['directive-unknown 9'])
    const slide = laidOut?.slides.find((candidate): candidate is BodyLayout => 'frames' in candidate)
    expect(slide?.footer?.text).toBe('Footer from a div')
    const texts = (slide?.frames ?? []).map((frame) => (frame.type === 'text' ? frame.blocks.map((block) => (block.type === 'paragraph' ? block.children.map((inline) => ('value' in inline ? inline.value : '')).join('') : '')).join(' ') : frame.type))
    // The aside is the last frame, at the foot, in the small size; the body holds neither.
    expect(texts.at(-1)).toBe('Aside from a column.')
    expect(texts.slice(0, -1).join(' ')).not.toMatch(/Footer from a div|Aside from a column/)
    const html = htmlSlides(outputs?.html ?? '')
    const { slides } = await pptxSlideParts(outputs?.pptx ?? new Uint8Array())
    for (const text of [html.sectionTexts[1] ?? '', drawingText(slides[1] ?? '')]) {
      expect(text).toContain('Footer from a div')
      expect(text).toContain('Aside from a column.')
      expect(text).not.toContain('Deck footer')
      expect(text).not.toContain(':::')
    }
  })
})
