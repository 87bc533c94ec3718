import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { checkInputBounds, MAX_BRACKETS, MAX_CONTAINER_DEPTH, MAX_EMPHASIS_DEPTH, MAX_EMPHASIS_RUNS } from '../../src/parse/input-bounds.js'

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
