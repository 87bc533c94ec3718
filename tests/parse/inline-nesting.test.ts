import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { MAX_INLINE_NESTING } from '../../src/parse/inline.js'

function parse(paragraph: string): { deck: ReturnType<typeof deckFromMarkdown>; file: VFile } {
  const file = new VFile({ path: 'input.md', value: `---\ntitle: T\nlang: en\n---\n\n## S\n\n${paragraph}\n` })
  return { deck: deckFromMarkdown(file), file }
}

const nestedSpans = (depth: number): string => `${'['.repeat(depth)}a${']{.mark}'.repeat(depth)}`
const nestedNotes = (depth: number): string => `${'x^['.repeat(depth)}a${']'.repeat(depth)}`

describe('inline notes and bracketed spans nested inside each other', () => {
  it.each([
    ['spans', nestedSpans, 1 + MAX_INLINE_NESTING],
    ['notes', nestedNotes, 2 + 3 * MAX_INLINE_NESTING],
  ])('2,000 nested %s: a positioned error at the first level past the bound, not a stack overflow', (_, paragraph, column) => {
    const { deck, file } = parse(paragraph(2_000))
    expect(deck).not.toBeNull()
    const errors = file.messages.filter((message) => message.ruleId === 'inline-nesting-too-deep')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ fatal: true, place: { start: { line: 8, column } } })
    expect(errors[0]?.reason).toContain(`more than ${MAX_INLINE_NESTING} levels`)
  })

  it.each([
    ['spans', nestedSpans],
    ['notes', nestedNotes],
  ])('%s nested up to the bound build without that error', (_, paragraph) => {
    const { deck, file } = parse(paragraph(MAX_INLINE_NESTING))
    expect(deck).not.toBeNull()
    expect(file.messages.map((message) => message.ruleId)).not.toContain('inline-nesting-too-deep')
  })
})
