import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { BUILD_BUDGET, createBudget } from '../../src/diagnostics/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } })

function parse(body: string): string[] {
  const file = new VFile({ path: 'deck.md', value: `---\ntitle: T\nlang: en\n---\n\n## Slide\n\n${body}\n` })
  deckFromMarkdown(file)
  return file.messages.filter((m) => m.fatal === true).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`)
}

describe('the build budget', () => {
  it('reports once, at the place that passes a limit, and refuses from there on', () => {
    const file = new VFile({ path: 'deck.md' })
    const budget = createBudget(file, { formulas: 2, texChars: 100, tableCells: 10, slides: 3 })
    expect([budget.spend('slides', 2, at(1)), budget.spend('slides', 1, at(2)), budget.spend('slides', 1, at(3)), budget.spend('slides', 5, at(4))]).toEqual([true, true, false, false])
    expect(budget.spend('formulas', 1, at(5))).toBe(true)
    expect(file.messages.map((m) => `${m.line} ${m.ruleId} ${m.fatal}`)).toEqual(['3 build-budget-exceeded true'])
    expect(file.messages[0]?.reason).toContain('passes 3 slides after fitting and splitting')
  })

  it(`stops typesetting after ${BUILD_BUDGET.formulas} formulas, with one error at the first one past it`, () => {
    const lines = Array.from({ length: BUILD_BUDGET.formulas + 5 }, (_, i) => `Line ${i} $x_${i % 3}$.`)
    const errors = parse(lines.join('\n\n'))
    const line = 8 + 2 * BUILD_BUDGET.formulas
    expect(errors).toEqual([`${line}:${7 + String(BUILD_BUDGET.formulas).length} build-budget-exceeded: Here the deck passes ${BUILD_BUDGET.formulas} formulas, more than one build handles: it would run for minutes instead of seconds, so layar stops. Split the deck into several files, or show long derivations as an image.`])
  })

  it(`refuses a table past ${BUILD_BUDGET.tableCells} cells at the row that passes it`, () => {
    const rows = Array.from({ length: BUILD_BUDGET.tableCells / 4 + 1 }, (_, i) => `| ${i} | b | c | d |`)
    const errors = parse(`| A | B | C | D |\n|---|---|---|---|\n${rows.join('\n')}`)
    // The header row (line 8) counts too, so the row before the last (rows start on line 10) passes the limit.
    expect(errors.map((error) => error.split(': ')[0])).toEqual([`${9 + BUILD_BUDGET.tableCells / 4}:1 build-budget-exceeded`])
  })
})
