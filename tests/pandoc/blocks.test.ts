import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import type { BodyLayout, TableFrame, TextFrame } from '../../src/layout/index.js'
import { drawingText, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { memoryContentFolder } from '../support/theme.js'

/**
 * pandoc's blocks CommonMark cannot read (grid, simple and multiline tables
 * with captions, definition lists, line blocks), built into both outputs
 * from the parse fixtures that hold them.
 */

const fixtures = resolve(__dirname, '../fixtures/parse')

async function build(name: string) {
  const value = readFileSync(resolve(fixtures, name, 'input.md'), 'utf8')
  const file = new VFile({ path: '/deck/deck.md', value })
  const built = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
  const slides = (built.laidOut?.slides ?? []).filter((slide): slide is BodyLayout => slide.layout !== 'title' && slide.layout !== 'section')
  const html = built.outputs?.html ?? ''
  const { slides: pptxSlides } = await pptxSlideParts(built.outputs?.pptx ?? new Uint8Array())
  return { file, slides, html, pptxSlides }
}

const literal = [/\+-{3,}\+/, /-{3,}[ \t]+-{3,}/, /\bTable:/, /(?:^|\s)[:~][ \t]+\S/, /(?:^|\n)\| /]

describe('pandoc tables', () => {
  it('lays every grid, simple and multiline table out as a native table, headerless ones without a header row', async () => {
    const { file, slides } = await build('pandoc-tables')
    expect(file.messages.filter((message) => message.ruleId === 'pandoc-syntax-unsupported')).toEqual([])
    const tables = slides.flatMap((slide) => slide.frames.filter((frame): frame is TableFrame => frame.type === 'table'))
    // Simple, headerless simple, multiline, headerless multiline, grid, headerless grid, pipe.
    expect(tables).toHaveLength(7)
    expect(tables.map((table) => table.table.header === null)).toEqual([false, true, false, true, false, true, false])
    expect(tables.map((table) => table.table.align.length)).toEqual([4, 4, 4, 4, 3, 3, 2])
    expect(tables[0]?.table.align).toEqual(['right', 'left', 'center', null])
    expect(tables[5]?.table.align).toEqual(['right', 'left', 'center'])
    // Captions sit above their table, inside the slide.
    const captioned = tables.filter((table) => table.caption !== null)
    expect(captioned).toHaveLength(4)
    for (const table of captioned) expect(table.caption!.box.y + table.caption!.box.h).toBeLessThanOrEqual(table.box.y)
    for (const slide of slides) expect(slide.fit.type).not.toBe('overflows')
  })

  it('draws the same tables, captions and text in the HTML and the PPTX, with no table syntax left', async () => {
    const { html, pptxSlides } = await build('pandoc-tables')
    const tree = fromHtml(html)
    expect(selectAll('table.layar-table', tree)).toHaveLength(7)
    expect(selectAll('table.layar-table thead', tree)).toHaveLength(4)
    const captions = selectAll('.layar-table-captioned .layar-caption', tree).map((node) => toText(node).trim())
    expect(captions).toEqual([
      'Demonstration of simple table syntax.',
      "Here's the caption. It, too, may span multiple lines.",
      'Sample grid table.',
      "A pipe table's caption.",
    ])
    const xml = pptxSlides.join('\n')
    expect(xml.match(/<a:tbl>/g)).toHaveLength(7)
    expect(xml.match(/firstRow="0"/g)).toHaveLength(3)
    const htmlText = htmlSlides(html).text
    const pptxText = pptxSlides.map(drawingText).join('\n')
    for (const text of [htmlText, pptxText]) {
      for (const caption of captions) expect(text.replace(/\s+/g, ' ')).toContain(caption)
      expect(text).toContain('cures')
      for (const pattern of literal.slice(0, 3)) expect(text).not.toMatch(pattern)
    }
  })
})

describe('pandoc definition lists and line blocks', () => {
  it('draws each term in bold and its definitions one list indent in, in both outputs', async () => {
    const { slides, html, pptxSlides } = await build('pandoc-definition-lists')
    const frames = slides.flatMap((slide) => slide.frames.filter((frame): frame is TextFrame => frame.type === 'text'))
    const lists = frames.flatMap((frame) => frame.blocks.filter((block) => block.type === 'definitionList'))
    expect(lists.map((list) => list.children.length)).toEqual([2, 2])
    expect(lists[1]?.children[0]?.definitions).toHaveLength(2)
    const tree = fromHtml(html)
    expect(selectAll('dl dt', tree).map((node) => toText(node))).toEqual(['Term 1', 'Term 2 with inline markup', 'Term A', 'Term B'])
    expect(selectAll('dl dd', tree)).toHaveLength(5)
    // PowerPoint: the term's runs are bold, the definition paragraph is indented.
    const slide = pptxSlides[1] ?? ''
    expect(slide).toMatch(/<a:rPr[^>]*b="1"[^>]*>(?:(?!<\/a:r>).)*<a:t>Term 1<\/a:t>/s)
    expect(slide).toMatch(/<a:pPr[^>]*marL="[1-9]\d*"[^>]*>(?:(?!<\/a:p>).)*Definition 1, tight\./s)
    for (const text of [htmlSlides(html).text, pptxSlides.map(drawingText).join('\n')]) {
      expect(text).toContain('Definition A2, with a list:')
      expect(text).not.toMatch(/(?:^|\n)[:~] /)
    }
  })

  it('keeps a line block’s lines and leading spaces in both outputs', async () => {
    const { html, pptxSlides } = await build('pandoc-tables')
    const tree = fromHtml(html)
    const block = selectAll('.layar-text p', tree).find((node) => toText(node).includes('limerick'))
    expect(block).toBeDefined()
    expect(selectAll('br', block!)).toHaveLength(5)
    expect(toText(block!)).toContain('\u00a0\u00a0\u00a0But the good ones')
    const slide = pptxSlides.find((xml) => xml.includes('limerick')) ?? ''
    expect(slide.match(/<a:br\b[^>]*\/?>/g) ?? []).toHaveLength(5)
    expect(drawingText(slide)).not.toMatch(/(?:^|\n)\| /)
  })
})

describe('code inside list items and block quotes', () => {
  it('draws code that ends a list item, or sits in a quote, as code set in under its text, in both outputs', async () => {
    const { file, slides, html, pptxSlides } = await build('pandoc-code-in-lists')
    const [steps, nested] = slides
    const codes = (slide: BodyLayout | undefined) => (slide?.frames ?? []).filter((frame) => frame.type === 'code')
    const texts = (slide: BodyLayout | undefined) => (slide?.frames ?? []).filter((frame): frame is TextFrame => frame.type === 'text')
    // Three lists around two code blocks, numbered on: 1, 2, 3.
    expect(texts(steps).flatMap((frame) => frame.blocks.map((block) => (block.type === 'list' && block.ordered ? block.start : 0)))).toEqual([1, 2, 3])
    const [install] = codes(steps)
    const [list] = texts(steps)
    expect(install?.box.x).toBeCloseTo((list?.box.x ?? 0) + (list?.listIndent ?? 0), 1)
    // The inner item's code is set in two list indents; the quote's one.
    const [inner, quoted] = codes(nested)
    expect((inner?.box.x ?? 0) - (quoted?.box.x ?? 0)).toBeCloseTo(texts(nested)[0]?.listIndent ?? 0, 1)
    // Only the code in the middle of an item stays text, and is reported.
    expect(file.messages.filter((message) => message.ruleId === 'unsupported-node').map((message) => message.line)).toEqual([43])
    const tree = fromHtml(html)
    expect(selectAll('pre.layar-code', tree)).toHaveLength(4)
    const xml = pptxSlides.join('\n')
    for (const code of ['npm install', 'npx layar build content', "console.log('quoted')"]) {
      expect(htmlSlides(html).text).toContain(code.split(' ')[0])
      expect(drawingText(xml).replace(/\s+/g, ' ')).toContain(code.split(' ')[0])
    }
  })
})
