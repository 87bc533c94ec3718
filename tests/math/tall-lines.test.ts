import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { layoutDeck, type BodyLayout, type TableFrame, type TextFrame } from '../../src/layout/index.js'
import { paragraphLineHeight } from '../../src/layout/math-lines.js'
import type { Inline, InlineMath, Paragraph } from '../../src/model/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { formalTheme } from '../support/theme.js'

/**
 * A formula taller or deeper than a line (a fraction, a sum with limits, a
 * root of a fraction) gives its paragraph taller lines in the layout, so the
 * lines after it move down, and fit and split count them.
 */

const theme = formalTheme()

function bodies(markdown: string, fit: 'shrink' | 'split' | 'none' = 'shrink'): BodyLayout[] {
  const file = new VFile({ path: '/deck/tall.md', value: `---\nlang: en\nfit: ${fit}\n---\n\n${markdown}\n` })
  const deck = deckFromMarkdown(file)
  if (deck === null) throw new Error(String(file.messages))
  return layoutDeck(deck, theme, {}, file).slides.filter((slide): slide is BodyLayout => slide.layout !== 'title' && slide.layout !== 'section')
}

function onlyText(markdown: string): TextFrame {
  const frames = bodies(`# Slide\n\n${markdown}`)[0]?.frames ?? []
  const text = frames.filter((frame): frame is TextFrame => frame.type === 'text')
  if (text.length !== 1 || text[0] === undefined) throw new Error(`expected one text frame, got ${frames.map((frame) => frame.type).join(', ')}`)
  return text[0]
}

/** The paragraphs of a frame, list items' included, in order. */
function paragraphsOf(frame: TextFrame): Paragraph[] {
  return frame.blocks.flatMap((block) => (block.type === 'paragraph' ? [block] : block.type === 'list' ? block.children.flatMap((item) => item.children.filter((child): child is Paragraph => child.type === 'paragraph')) : []))
}

const lineOf = (frame: TextFrame, paragraph: Paragraph | undefined): number => paragraphLineHeight(paragraph?.children ?? [], frame.fontSize, frame.lineHeight, frame.baselineDrop)

function formulaOf(inlines: readonly Inline[]): InlineMath {
  const found = inlines.find((node): node is InlineMath => node.type === 'inlineMath')
  if (found === undefined) throw new Error('no formula')
  return found
}

const TALL = [String.raw`\frac{a}{b}`, String.raw`\sum_{i=1}^n x_i`, String.raw`\sqrt{\frac{1}{2}}`]

describe('tall formulas in lines', () => {
  it.each(TALL)('$%s$ in a paragraph: its lines grow, the paragraphs around it keep the frame’s line height', (tex) => {
    const frame = onlyText(`Plain words here.\n\nThe value $${tex}$ sits here.\n\nA letter $x$ here.`)
    const [plain, tall, letter] = paragraphsOf(frame)
    expect(frame.baselineDrop).toBeGreaterThan(0)
    expect(lineOf(frame, plain)).toBe(frame.lineHeight)
    expect(lineOf(frame, letter)).toBe(frame.lineHeight)
    expect(lineOf(frame, tall)).toBeGreaterThan(frame.lineHeight)
    // The frame is taller than the same text with a letter for the formula by exactly the growth of that one line.
    const flat = onlyText('Plain words here.\n\nThe value $a$ sits here.\n\nA letter $x$ here.')
    expect(frame.box.h - flat.box.h).toBeCloseTo(lineOf(frame, tall) - frame.lineHeight, 1)
  })

  it.each(TALL)('$%s$ stays inside its line: above and below the baseline within the line box', (tex) => {
    const frame = onlyText(`- A bullet with $${tex}$ inside`)
    const [item] = paragraphsOf(frame)
    const line = lineOf(frame, item)
    const { height, depth } = formulaOf(item?.children ?? []).typeset
    const drop = frame.baselineDrop ?? 0
    // The baseline sits `drop` em below the middle of the line (CSS half-leading).
    const room = { above: line / 2 + drop * frame.fontSize, below: line / 2 - drop * frame.fontSize }
    expect(height * frame.fontSize).toBeLessThanOrEqual(room.above + 0.01)
    expect(depth * frame.fontSize).toBeLessThanOrEqual(room.below + 0.01)
    // …and no taller than it must be: the formula comes within a twentieth of an em of the top or the bottom.
    expect(Math.min(room.above - height * frame.fontSize, room.below - depth * frame.fontSize)).toBeLessThan(0.05 * frame.fontSize)
  })

  it('every line of a wrapped paragraph with a tall formula grows, in the frame height', () => {
    const words = 'words that run on and on across the slide '.repeat(6)
    const frame = onlyText(`The value $\\frac{a}{b}$ ${words}`)
    const flat = onlyText(`The value $a$ ${words}`)
    const lines = Math.round((flat.box.h - flat.paragraphSpacing) / flat.lineHeight)
    expect(lines).toBeGreaterThan(1)
    const [tall] = paragraphsOf(frame)
    expect(frame.box.h - flat.box.h).toBeCloseTo(lines * (lineOf(frame, tall) - frame.lineHeight), 1)
  })

  it('a table row with a tall formula is taller by what its cell’s line grew', () => {
    const table = (cell: string): TableFrame => {
      const frame = bodies(`# Slide\n\n| Case | Formula |\n|---|---|\n| Sum | ${cell} |`)[0]?.frames.find((f): f is TableFrame => f.type === 'table')
      if (frame === undefined) throw new Error('no table')
      return frame
    }
    const tall = table(String.raw`$\sum_{k=0}^{\infty} q^k = \frac{1}{1-q}$`)
    const flat = table('$q$')
    const cell = tall.table.rows[0]?.children[1]?.children ?? []
    const grown = paragraphLineHeight(cell, tall.fontSize, tall.lineHeight, tall.baselineDrop) - tall.lineHeight
    expect(grown).toBeGreaterThan(0)
    expect((tall.rowHeights[1] ?? 0) - (flat.rowHeights[1] ?? 0)).toBeCloseTo(grown, 1)
    expect(tall.rowHeights[0]).toBe(flat.rowHeights[0])
  })

  it('frames without formulas record nothing (their laid-out data is as before)', () => {
    expect(onlyText('Plain words here.\n\n- A bullet').baselineDrop).toBeUndefined()
  })

  it('fit counts the taller lines: bullets that fit as letters do not fit as tall formulas', () => {
    const list = (formula: string, count: number): string => Array.from({ length: count }, (_, i) => `- Bullet ${i + 1} with $${formula}$ inside`).join('\n')
    const fits = (markdown: string): boolean => {
      const slides = bodies(`# Slide\n\n${markdown}`, 'split')
      return slides.length === 1 && slides[0]?.fit.type === 'fits'
    }
    let count = 1
    while (count < 40 && fits(list(String.raw`\sqrt{\frac{1}{2}}`, count))) count++
    expect(count).toBeLessThan(40)
    // The same number of bullets with a letter for the formula fit on one slide.
    expect(fits(list('x', count))).toBe(true)
    // The tall ones are shrunk (or split), none overflowing.
    const made = bodies(`# Slide\n\n${list(String.raw`\sqrt{\frac{1}{2}}`, count)}`, 'split')
    expect(made.map((slide) => slide.fit.type).filter((type) => type !== 'fits').length).toBeGreaterThan(0)
    for (const slide of made) expect(slide.fit.type).not.toBe('overflows')
  })
})
