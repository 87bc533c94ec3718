import { readFileSync } from 'node:fs'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { layoutDeck, type BodyLayout, type LaidOutDeck } from '../../src/layout/index.js'
import { contentAreaOf } from '../../src/layout/geometry.js'
import { linesOf } from '../../src/layout/placed-text.js'
import { splitBlocks } from '../../src/layout/split-body.js'
import { themeFaces } from '../../src/layout/context.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'
import { inlineText, type Block, type List, type Paragraph } from '../../src/model/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { deckToHtml } from '../../src/render/html/index.js'
import { deckToPptx } from '../../src/render/pptx/index.js'
import { fold } from '../support/outputs.js'
import { readPptx, shapesOf, paragraphTexts } from '../support/pptx.js'
import { formalTheme, layoutTestTheme } from '../support/theme.js'
import { at, contentSlide, deckOf, meta, paragraph } from './deck-builder.js'

/**
 * The seed article written the naive way: the title as `#`, each part's
 * heading as `##`. pandoc's slide-level rule makes it one slide, the `##`
 * headings bold paragraphs inside it, so layout splits it into many parts.
 */
const source = readFileSync(new URL('../fixtures/layout/naive-article-one-slide/input.md', import.meta.url), 'utf8')
const headings = [...source.matchAll(/^## (.+)$/gmu)].map((m) => m[1] as string)

function bodies(deck: LaidOutDeck): BodyLayout[] {
  return deck.slides.filter((s): s is BodyLayout => s.layout !== 'title' && s.layout !== 'section')
}

/** The text of each block of a part's body, in order. */
function partBlocks(part: BodyLayout): Array<{ block: Block; text: string }> {
  return part.frames.flatMap((frame) => (frame.type === 'text' ? frame.blocks : [])).map((block) => ({ block, text: blockText(block) }))
}

function blockText(block: Block): string {
  if (block.type === 'paragraph') return inlineText(block.children)
  if (block.type === 'list') return block.children.map((item) => item.children.map((c) => (c.type === 'paragraph' ? inlineText(c.children) : '')).join(' ')).join(' ')
  return block.type
}

describe('keep-with-next on the naive article (one slide, `##` headings inside it)', () => {
  const theme = formalTheme()
  const file = new VFile({ path: 'tests/fixtures/layout/naive-article-one-slide/input.md', value: source })
  const parsed = deckFromMarkdown(file)
  if (!parsed) throw new Error('the naive article does not parse')
  const deck = layoutDeck(parsed, theme, {}, file)
  const parts = bodies(deck)

  it('is split into many parts, and none of them ends with a heading', () => {
    expect(parts.length).toBeGreaterThan(5)
    expect(headings).toContain('Teknologi sebagai Katalisator Kerjasama')
    const endings = parts.map((part) => partBlocks(part).at(-1)?.text)
    for (const heading of headings) expect(endings).not.toContain(heading)
  })

  it('keeps "Teknologi sebagai Katalisator Kerjasama" on the part that starts its list', () => {
    const part = parts.find((p) => partBlocks(p).some((b) => b.text === 'Teknologi sebagai Katalisator Kerjasama'))
    const blocks = part ? partBlocks(part) : []
    const index = blocks.findIndex((b) => b.text === 'Teknologi sebagai Katalisator Kerjasama')
    expect(blocks[index + 1]?.block.type).toBe('list')
    expect(blocks[index + 1]?.text).toMatch(/^Dalam kerjasama militer internasional regional, teknologi/u)
  })

  describe('in both outputs', () => {
    let htmlBodies: string[]
    let pptxBodies: string[]

    beforeAll(async () => {
      const tree = fromHtml(deckToHtml(deck, theme, {}))
      htmlBodies = selectAll('.reveal > .slides > section', tree).map((section) =>
        selectAll('.layar-text p, .layar-text li > p', section)
          .map((p) => fold(toText(p)))
          .join('\n'),
      )
      const pkg = await readPptx(await deckToPptx(deck, theme, {}, { modified: new Date(Date.UTC(2026, 10, 25)) }))
      pptxBodies = pkg.slides.map((slide) =>
        shapesOf(pkg.xml(slide))
          .filter((entry) => entry.name.startsWith('Text ') && entry.placeholder === null)
          .flatMap((entry) => paragraphTexts(entry.shape).map(fold))
          .filter((line) => line !== '')
          .join('\n'),
      )
    })

    it('show the same body text on every slide, and no slide body ends with a heading', () => {
      expect(htmlBodies).toHaveLength(deck.slides.length)
      expect(pptxBodies).toEqual(htmlBodies)
      const lastLines = htmlBodies.map((body) => body.split('\n').at(-1))
      for (const heading of headings) expect(lastLines).not.toContain(heading)
      expect(htmlBodies.join('\n')).toContain('Teknologi sebagai Katalisator Kerjasama\nDalam kerjasama militer')
    })
  })
})

describe('keep-with-next and lonely lines, slide by slide', () => {
  const theme = layoutTestTheme()
  const cache = createLayoutCache()
  const faces = themeFaces(theme, cache)
  const filler =
    'Kerjasama militer internasional regional bukan sekadar aliansi berbasis kekuatan, melainkan cermin kompleksitas dunia modern.'

  function layout(blocks: Block[]): BodyLayout[] {
    const file = new VFile({ path: 'deck.md' })
    return bodies(layoutDeck(deckOf([contentSlide('Kerjasama Militer', blocks, 7)], { fit: 'split' }), theme, {}, file))
  }

  function fillers(count: number, words: number): Paragraph[] {
    return Array.from({ length: count }, (_, i) => paragraph(`${i + 1}. ${filler.split(' ').slice(0, words).join(' ')}.`, 10 + i))
  }

  function list(count: number): List {
    const item = (i: number) => ({ type: 'listItem' as const, checked: null, children: [paragraph(`Langkah ${i + 1}: ${filler}`, 60 + i)], position: at(60 + i) })
    return { type: 'list', ordered: false, incremental: null, children: Array.from({ length: count }, (_, i) => item(i)), position: at(60) }
  }

  it('never ends a part with a lead-in paragraph ("… sebagai berikut:") that precedes a list or table', () => {
    const endings: string[] = []
    let splits = 0
    // Every amount of text before the lead-in, so the cut falls at each place around it once.
    for (let count = 1; count <= 12; count++) {
      for (const words of [6, 15]) {
        const parts = layout([...fillers(count, words), paragraph('Langkah-langkah yang disepakati adalah sebagai berikut:', 50), list(6)])
        if (parts.length > 1) splits++
        for (const part of parts.slice(0, -1)) endings.push(partBlocks(part).at(-1)?.text ?? '')
      }
    }
    expect(splits).toBeGreaterThan(10)
    expect(endings).not.toContain('Langkah-langkah yang disepakati adalah sebagai berikut:')
  })

  it('never leaves one line of a paragraph cut between sentences at the bottom or top of a part', () => {
    // The splitter itself, over region heights a third of a line apart, so every remainder occurs.
    const ctx = { theme, faces, assets: {}, area: contentAreaOf(meta(), theme), cache }
    const sizes = { body: 24, table: 20, code: 18 }
    const lineHeight = sizes.body * theme.lineSpacing
    const width = 700
    const lines = (p: Paragraph): number => linesOf(p.children, { text: faces.body, mono: faces.mono }, { bold: false, italic: false }, sizes.body, width)
    const long = paragraph(Array.from({ length: 30 }, (_, i) => `Kalimat ke-${i + 1} cukup pendek saja.`).join(' '), 40)
    const pieces: number[] = []
    for (const words of [4, 12]) {
      for (let thirds = 9; thirds <= 30; thirds++) {
        const region = { x: 0, y: 0, w: width, h: (thirds * lineHeight) / 3 }
        for (const part of splitBlocks([paragraph(filler.split(' ').slice(0, words).join(' '), 10), long], ctx, sizes, { first: region, rest: region })) {
          for (const block of part) if (block.type === 'paragraph' && block.position.start.line === 40 && block !== long) pieces.push(lines(block))
        }
      }
    }
    expect(lines(long)).toBeGreaterThan(6)
    expect(pieces.length).toBeGreaterThan(20)
    expect(pieces.filter((count) => count < 2)).toEqual([])
  })
})
