import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import type { Block, Inline } from '../../src/model/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'

function parse(body: string): { blocks: Block[]; messages: string[] } {
  const file = new VFile({ path: 'deck.md', value: `---\ntitle: T\nlang: en\n---\n\n# Slide\n\n${body}\n` })
  const deck = deckFromMarkdown(file)
  const slide = deck?.slides.find((candidate) => candidate.type === 'content')
  const blocks = slide?.type === 'content' ? slide.blocks : []
  return { blocks, messages: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? ''} ${message.fatal === true ? 'error' : 'warning'}`) }
}

function inlines(body: string): Inline[] {
  const [first] = parse(body).blocks
  if (first?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${first?.type ?? 'nothing'}`)
  return first.children
}

describe("pandoc's tex_math_dollars rules", () => {
  it('typesets $…$ with a non-space after the opening and before the closing dollar', () => {
    const [, math] = inlines('rate $r_t$ here')
    expect(math).toMatchObject({ type: 'inlineMath', tex: 'r_t' })
    if (math?.type !== 'inlineMath') return
    expect(math.typeset.width).toBeGreaterThan(0)
    expect(math.typeset.svg).toContain('<svg')
    expect(math.typeset.mathml).toContain('<msub>')
  })

  it('keeps money as text: a closing dollar followed by a digit, or a space inside the dollars', () => {
    expect(inlines('costs $5 and $10 today')).toEqual([expect.objectContaining({ type: 'text', value: 'costs $5 and $10 today' })])
    expect(inlines('a $ b $ c')).toEqual([expect.objectContaining({ type: 'text', value: 'a $ b $ c' })])
  })

  it('makes a paragraph of $$…$$ display math, on one line or fenced', () => {
    expect(parse('$$E = mc^2$$').blocks).toEqual([expect.objectContaining({ type: 'math', tex: 'E = mc^2' })])
    expect(parse('$$\n\\frac{a}{b}\n$$').blocks).toEqual([expect.objectContaining({ type: 'math', tex: '\\frac{a}{b}' })])
  })

  it('sets $$…$$ inside a list item in text style, in its own paragraph', () => {
    const [list] = parse('- item\n\n  $$x^2$$').blocks
    expect(list?.type).toBe('list')
    if (list?.type !== 'list') return
    expect(list.children[0]?.children[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'inlineMath', tex: 'x^2' }] })
  })
})

describe("pandoc's tex_math_single_backslash: \\(…\\) and \\[…\\]", () => {
  it('reads \\(…\\) as inline math, TeX backslashes and spaces kept', () => {
    const [before, math, after] = inlines('mean \\( \\bar{x} = \\frac{1}{n} \\sum x_i \\) here')
    expect(before).toMatchObject({ type: 'text', value: 'mean ' })
    expect(math).toMatchObject({ type: 'inlineMath', tex: '\\bar{x} = \\frac{1}{n} \\sum x_i', position: { start: { line: 8, column: 6 }, end: { line: 8, column: 42 } } })
    expect(after).toMatchObject({ type: 'text', value: ' here' })
  })

  it('reads a paragraph of \\[…\\] as display math, on one line or over several', () => {
    expect(parse('\\[E = mc^2\\]').blocks).toEqual([expect.objectContaining({ type: 'math', tex: 'E = mc^2' })])
    const [block] = parse('\\[\n\\frac{a}{b} \\\\\nc\n\\]').blocks
    expect(block).toMatchObject({ type: 'math' })
    if (block?.type === 'math') expect(block.tex).toBe('\\frac{a}{b} \\\\\nc')
  })

  it('keeps \\[…\\] inside a line of text as a formula in that line', () => {
    expect(inlines('so \\[x^2\\] holds')).toEqual([
      expect.objectContaining({ type: 'text', value: 'so ' }),
      expect.objectContaining({ type: 'inlineMath', tex: 'x^2' }),
      expect.objectContaining({ type: 'text', value: ' holds' }),
    ])
  })

  it('leaves an escaped parenthesis or bracket without its closer as text, as pandoc does', () => {
    expect(inlines('a \\(b and \\[c')).toEqual([expect.objectContaining({ type: 'text', value: 'a (b and [c' })])
    expect(inlines('a \\\\(b\\\\)')).toEqual([expect.objectContaining({ type: 'text', value: 'a \\(b\\)' })])
  })

  it('reports TeX the engine rejects inside \\(…\\) at its place', () => {
    expect(parse('x \\(\\nosuchmacro\\)').messages).toEqual(['8:3 math-invalid error'])
  })
})

describe('TeX the engine rejects', () => {
  it('is a positioned error, with the TeX kept as code meanwhile', () => {
    const { blocks, messages } = parse('see $\\frac{1}{$ and $\\nosuchmacro$')
    expect(messages).toEqual(['8:5 math-invalid error', '8:21 math-invalid error'])
    expect(blocks[0]).toMatchObject({ children: [{ type: 'text' }, { type: 'inlineCode', value: '\\frac{1}{' }, { type: 'text' }, { type: 'inlineCode' }] })
  })

  it('refuses a 27,000-character chain of nested fractions before the engine sees it', () => {
    const depth = 3000
    const tex = `${'\\frac{1}{'.repeat(depth)}x${'}'.repeat(depth)}`
    expect(tex.length).toBeGreaterThan(27_000)
    const file = new VFile({ path: 'deck.md', value: `---\ntitle: T\nlang: en\n---\n\n# S\n\n$${tex}$\n` })
    deckFromMarkdown(file)
    expect(file.messages.map((message) => [message.line, message.ruleId, message.fatal])).toEqual([[8, 'math-invalid', true]])
    expect(file.messages[0]?.reason).toContain('characters long')
  })

  it('refuses deep nesting in a short formula too', () => {
    const tex = `${'\\sqrt{'.repeat(60)}x${'}'.repeat(60)}`
    const { messages } = parse(`$${tex}$`)
    expect(messages).toEqual(['8:1 math-invalid error'])
  })
})
