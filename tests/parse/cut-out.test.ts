import fc from 'fast-check'
import type { Paragraph, PhrasingContent, Text as MdText } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it, vi } from 'vitest'
import { withInlineNotes } from '../../src/parse/inline-notes.js'
import { mdastFromMarkdown } from '../../src/parse/mdast-from-markdown.js'
import { withSpans } from '../../src/parse/spans.js'
import { createState, type State } from '../../src/parse/state.js'
import { oldWithInlineNotes, oldWithSpans } from './cut-out-oracle.js'

/** Characters of text nodes read against the source (`sourcedText`), the walk's main cost; counted per test. */
const sourced = vi.hoisted(() => ({ chars: 0 }))

vi.mock('../../src/parse/text-source.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parse/text-source.js')>()
  return {
    ...original,
    sourcedText: (node: MdText, state: State) => {
      sourced.chars += node.value.length
      return original.sourcedText(node, state)
    },
  }
})

/** The phrasing content of a one-paragraph document and the state to cut it with. */
function paragraphOf(markdown: string): { nodes: PhrasingContent[]; state: State } {
  const tree = mdastFromMarkdown(markdown)
  const paragraph = tree.children[0] as Paragraph
  expect(paragraph.type).toBe('paragraph')
  return { nodes: paragraph.children, state: createState(new VFile({ value: markdown }), markdown, tree, () => []) }
}

/** Both passes, as `inlinesFromMdast` runs them: notes first, then spans. */
function cut(markdown: string): { out: unknown[]; sourcedChars: number } {
  const { nodes, state } = paragraphOf(markdown)
  sourced.chars = 0
  const out = withSpans(withInlineNotes(nodes, state), state)
  return { out, sourcedChars: sourced.chars }
}

/**
 * The cut nodes as JSON, without the attribute items' offsets: those count
 * from the start of the text the block was read in, which is now the whole
 * text node, not the rest after an earlier span; spans never use them.
 */
function withoutItemOffsets(nodes: unknown[]): unknown {
  return JSON.parse(JSON.stringify(nodes, (key, value: unknown) => (key === 'items' ? undefined : value)))
}

/** Paragraphs whose inline nodes hold many openings: unclosed, closed, spans, notes. */
const hostile = {
  'unclosed brackets among code spans': (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 0 ? '[ `c`' : 'x `c`')).join(' '),
  'unclosed note openings among code spans': (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 0 ? '^[ `c`' : 'x `c`')).join(' '),
  'spans in one text node, then code spans': (n: number) => `${'[a]{.underline} '.repeat(n / 10)}${'x `c` '.repeat(n)}`,
  'notes in one text node, then code spans': (n: number) => `${'y^[n] '.repeat(n / 10)}${'x `c` '.repeat(n)}`,
}

describe('cutting inline notes and bracketed spans out of phrasing content', () => {
  it.each(Object.entries(hostile))('reads each text once, however many openings (%s)', (_, paragraph) => {
    for (const n of [500, 1_000, 2_000]) {
      const markdown = paragraph(n)
      const { out, sourcedChars } = cut(markdown)
      expect(out.length).toBeGreaterThan(n)
      expect(sourcedChars).toBeGreaterThan(0)
      // Each pass reads a text at most once: never more than twice the paragraph.
      expect(sourcedChars).toBeLessThanOrEqual(2 * markdown.length)
    }
  })

  it('bounds what the earlier walk exceeded (the count above can fail)', () => {
    const markdown = hostile['unclosed brackets among code spans'](1_000)
    const { nodes, state } = paragraphOf(markdown)
    sourced.chars = 0
    oldWithSpans(oldWithInlineNotes(nodes, state), state)
    expect(sourced.chars).toBeGreaterThan(10 * markdown.length)
  })

  it('cuts what the earlier walk cut, with the same positions', () => {
    const piece = fc.constantFrom(
      ...['a', ' ', 'b c', '[', ']', '^[', '![', '^', '{.underline}', '{.mark lang=id}', '{', '{#x', '\\[', '\\]', '\\^[', '*e*', '**s [**', '`c]`', '&amp;', '\n'],
      ...['[a]{.underline}', '[b', 'c]', 'd]{.mark}', '^[n]', '^[m', '[*e*]{.underline}', '![i]{x=1}', '\\[f]{.mark}'],
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
        const markdown = `x ${pieces.join('')} y`
        const tree = mdastFromMarkdown(markdown)
        const paragraph = tree.children[0]
        if (paragraph?.type !== 'paragraph') return
        const state = createState(new VFile({ value: markdown }), markdown, tree, () => [])
        const now = withSpans(withInlineNotes(paragraph.children, state), state)
        const before = oldWithSpans(oldWithInlineNotes(paragraph.children, state), state)
        expect(withoutItemOffsets(now)).toEqual(withoutItemOffsets(before))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps an opening the text never closes as text, and cuts the constructs after it', () => {
    const { out } = cut('a [b ^[note *x*] [c]{.underline} d')
    expect(out.map((node) => (node as { type: string }).type)).toEqual(['text', 'inlineNote', 'text', 'bracketedSpan', 'text'])
    expect((out[0] as MdText).value).toBe('a [b ')
    expect((out[4] as MdText).value).toBe(' d')
  })
})
