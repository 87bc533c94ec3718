import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { checkInputBounds, MAX_BRACKETS, MAX_CONTAINER_DEPTH, MAX_EMPHASIS_DEPTH, MAX_BLOCKS, MAX_EMPHASIS_RUNS, MAX_INLINE_MARKS } from '../../src/parse/input-bounds.js'
import { deckFromMarkdown } from '../../src/parse/index.js'

/** The check's verdict and its messages as `line:column rule`. */
function check(source: string): { ok: boolean; messages: string[] } {
  const file = new VFile({ path: 'deck.md', value: source })
  const ok = checkInputBounds(source, file)
  return { ok, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal}`) }
}

describe('bounds on the Markdown micromark is slow on', () => {
  it('passes an ordinary deck, 2,000 footnote marks in a paragraph and paired emphasis', () => {
    const marks = Array.from({ length: 2_000 }, (_, i) => `[^n${i}]`).join('')
    const paired = '*a* _b_ **c** '.repeat(300)
    const nested = `${'  '.repeat(199)}- deep item`
    expect(check(`---\ntitle: T\n---\n\n## S\n\n> quote *with* [a link](x)\n\nText${marks}.\n\n${paired}\n\n${nested}\n`)).toEqual({ ok: true, messages: [] })
  })

  it('refuses more brackets in a paragraph than the bound, at the first one past it', () => {
    const source = `## S\n\nok\n\nx ${'['.repeat(MAX_BRACKETS + 1)}`
    expect(check(source)).toEqual({ ok: false, messages: [`5:${MAX_BRACKETS + 3} markdown-brackets-too-many true`] })
    // A blank line starts a new paragraph with a fresh count.
    expect(check(`${'[a] '.repeat(MAX_BRACKETS / 4)}\n\n${'[a] '.repeat(MAX_BRACKETS / 4)}`).ok).toBe(true)
  })

  it('refuses thousands of nested emphasis openers, and a paragraph of too many runs', () => {
    const deep = `${'*a '.repeat(3_000)}x${' a*'.repeat(3_000)}`
    expect(check(deep)).toEqual({ ok: false, messages: [`1:${MAX_EMPHASIS_DEPTH * 3 + 1} markdown-emphasis-too-deep true`] })
    const closers = 'a* '.repeat(MAX_EMPHASIS_RUNS + 1)
    expect(check(closers)).toEqual({ ok: false, messages: [`1:${MAX_EMPHASIS_RUNS * 3 + 2} markdown-emphasis-too-many true`] })
    // Intraword underscores cannot open or close emphasis: snake_case costs nothing.
    expect(check('snake_case_name '.repeat(MAX_EMPHASIS_RUNS)).ok).toBe(true)
    // Escaped marks are text.
    expect(check('\\*a '.repeat(MAX_EMPHASIS_RUNS + 10)).ok).toBe(true)
  })

  it('refuses a quote or list nested deeper than the bound, at the marker past it', () => {
    expect(check(`intro\n\n${'> '.repeat(600)}x`)).toEqual({ ok: false, messages: [`3:${MAX_CONTAINER_DEPTH * 2 + 1} markdown-containers-too-deep true`] })
    expect(check(`${'> '.repeat(MAX_CONTAINER_DEPTH)}x`).ok).toBe(true)
  })

  it('skips fenced code, where brackets and stars are text', () => {
    const code = `\`\`\`json\n${'['.repeat(MAX_BRACKETS + 10)}\n${'*a '.repeat(MAX_EMPHASIS_DEPTH + 10)}\n\`\`\`\n`
    expect(check(code).ok).toBe(true)
    expect(check(`${code}\n${'['.repeat(MAX_BRACKETS + 1)}`).messages).toEqual([`6:${MAX_BRACKETS + 1} markdown-brackets-too-many true`])
  })
})

/** `count` copies of `piece`, 1,000 to a paragraph (under the paragraph bounds), after a slide heading. */
function paragraphs(piece: string, count: number): string {
  const blocks: string[] = []
  for (let done = 0; done < count; done += 1_000) blocks.push(piece.repeat(Math.min(1_000, count - done)))
  return `## S\n\n${blocks.join('\n\n')}\n`
}

describe('the bound on inline marks in a whole deck (memory grows with the number of spans)', () => {
  it('weighs each shape by what its spans cost, so a deck holds this many of each and one more fails', () => {
    const shapes: Array<{ piece: string; fits: number }> = [
      // A span opens and closes: backticks, emphasis, tildes, carets and dollars weigh 1 each.
      { piece: '`a` ', fits: MAX_INLINE_MARKS / 2 },
      { piece: '*a* ', fits: MAX_INLINE_MARKS / 2 },
      { piece: 'H~2~O ', fits: MAX_INLINE_MARKS / 2 },
      { piece: '$x$ ', fits: MAX_INLINE_MARKS / 2 },
      // Brackets weigh 2 each: a link costs twice a code span.
      { piece: '[a](b) ', fits: MAX_INLINE_MARKS / 4 },
      // A literal autolink is a whole span without marks: its `://`, `www.` or `@` weighs 3.
      { piece: 'http://a ', fits: Math.floor(MAX_INLINE_MARKS / 3) },
      { piece: 'www.a.co ', fits: Math.floor(MAX_INLINE_MARKS / 3) },
      { piece: 'a@b.co ', fits: Math.floor(MAX_INLINE_MARKS / 3) },
      // An autolink in angle brackets: its `<` and its `://`.
      { piece: '<http://a> ', fits: MAX_INLINE_MARKS / 4 },
      // A hard break, by backslash or two spaces, weighs 2.
      { piece: 'a\\\n', fits: MAX_INLINE_MARKS / 2 },
      { piece: 'a  \n', fits: MAX_INLINE_MARKS / 2 },
    ]
    for (const { piece, fits } of shapes) {
      expect(check(paragraphs(piece, fits)), piece).toEqual({ ok: true, messages: [] })
      const over = check(paragraphs(piece, fits + 1))
      expect(over.ok, piece).toBe(false)
      expect(over.messages, piece).toHaveLength(1)
      expect(over.messages[0], piece).toMatch(/^\d+:\d+ markdown-inline-marks-too-many true$/)
    }
  })

  it('is reported at the mark that passes it', () => {
    const source = `## S\n\n${'`a` '.repeat(MAX_INLINE_MARKS / 2)}\n\nx \`b\``
    // The first backtick of the last line is the one past the bound.
    expect(check(source)).toEqual({ ok: false, messages: ['5:3 markdown-inline-marks-too-many true'] })
  })

  it('counts neither fenced code, nor escaped marks, nor intraword underscores', () => {
    const fenced = `\`\`\`md\n${'`a` [b](c) '.repeat(MAX_INLINE_MARKS)}\n\`\`\`\n`
    expect(check(fenced).ok).toBe(true)
    expect(check(paragraphs('\\`a\\` \\[b\\] ', MAX_INLINE_MARKS)).ok).toBe(true)
    expect(check(paragraphs('snake_case ', MAX_INLINE_MARKS)).ok).toBe(true)
  })

  it('leaves a deck just under the bound to the parser, which makes every span of it', () => {
    const count = MAX_INLINE_MARKS / 2
    const file = new VFile({ path: 'deck.md', value: `---\ntitle: T\nlang: en\n---\n\n${paragraphs('`a` ', count)}` })
    const deck = deckFromMarkdown(file)
    expect(file.messages.map((m) => m.ruleId)).toEqual([])
    const slide = deck?.slides[1]
    const spans = slide?.type === 'content' ? slide.blocks.flatMap((block) => (block.type === 'paragraph' ? block.children.filter((inline) => inline.type === 'inlineCode') : [])) : []
    expect(spans).toHaveLength(count)
  })
})

describe('the bound on lines and blocks in a whole deck (the parser holds every one in memory)', () => {
  /** The front matter and the slide heading before the blocks weigh 6: 4 lines, and the scan takes the front matter for a paragraph and the heading starts a block. */
  const head = '---\ntitle: T\n---\n## S\n'
  const headWeight = 6

  it('weighs each line 1 and each block it starts 1 more, so a deck holds this many of each and one more fails', () => {
    const shapes: Array<{ piece: string; weight: number }> = [
      { piece: '- a\n', weight: 3 }, // the line, the item, its paragraph
      { piece: '1. a\n', weight: 3 },
      { piece: '> a\n\n', weight: 3 }, // the line, the quote, its paragraph; the blank line nothing
      { piece: 'a\n\n', weight: 2 }, // the line, its paragraph
      { piece: '-\n', weight: 2 }, // an empty item: the line and the item
      { piece: '> - a\n\n', weight: 4 }, // the line, the quote, the item, its paragraph
    ]
    for (const { piece, weight } of shapes) {
      const fits = Math.floor((MAX_BLOCKS - headWeight) / weight)
      expect(check(`${head}${piece.repeat(fits)}`), piece).toEqual({ ok: true, messages: [] })
      const over = check(`${head}${piece.repeat(fits + 1)}`)
      expect(over.ok, piece).toBe(false)
      const line = 5 + fits * piece.split('\n').length - fits
      expect(over.messages, piece).toEqual([`${line}:1 markdown-blocks-too-many true`])
    }
  })

  it('weighs a line that continues a paragraph or a quote 1', () => {
    expect(check(`${head}a\n${'b\n'.repeat(MAX_BLOCKS - headWeight - 2)}`)).toEqual({ ok: true, messages: [] })
    expect(check(`${head}> a\n${'> b\n'.repeat(MAX_BLOCKS - headWeight - 3)}`)).toEqual({ ok: true, messages: [] })
    const over = check(`${head}a\n${'b\n'.repeat(MAX_BLOCKS - headWeight - 1)}`)
    expect(over.messages).toEqual([`${MAX_BLOCKS - headWeight + 4}:1 markdown-blocks-too-many true`])
  })

  it('is reported at the block that passes it, after its indentation', () => {
    // A paragraph of exactly the bound's weight, then an indented list item.
    const source = `${head}a\n${'b\n'.repeat(MAX_BLOCKS - headWeight - 2)}\n   - b\n`
    expect(check(source).messages).toEqual([`${MAX_BLOCKS - 1}:4 markdown-blocks-too-many true`])
  })

  it('counts fenced code lines once each, without counting the Markdown in them as blocks', () => {
    const inFence = MAX_BLOCKS - headWeight - 3 // the opening line and its fence start weigh 2, the closing line 1
    const fenced = (lines: number) => `${head}\`\`\`md\n${'- a\n'.repeat(lines)}\`\`\`\n`
    expect(check(fenced(inFence))).toEqual({ ok: true, messages: [] })
    // One line more, and the closing fence passes the bound.
    expect(check(fenced(inFence + 1)).messages).toEqual([`${inFence + 7}:1 markdown-blocks-too-many true`])
  })

  it('lets a 12,000-slide deck (the slide budget) of a heading and two bullets each through', () => {
    const slide = '## Title\n\n- one\n- two\n\n'
    expect(check(`---\ntitle: T\n---\n\n${slide.repeat(12_000)}`)).toEqual({ ok: true, messages: [] })
  })
})
