import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { PRINTED_MESSAGES, reportText } from '../../src/cli/capped-report.js'
import { parseCommand } from '../../src/cli/parse-args.js'

/** A deck file with `warnings` warnings on lines 1…, then `errors` errors after them. */
function noisyFile(warnings: number, errors: number): VFile {
  const file = new VFile({ path: 'deck.md', value: '' })
  for (let i = 0; i < warnings; i++) file.message(`warning number ${i + 1}`, { place: { line: i + 1, column: 1 }, ruleId: 'image-missing', source: 'layar' }).fatal = false
  for (let i = 0; i < errors; i++) file.message(`error number ${i + 1}`, { place: { line: warnings + i + 1, column: 1 }, ruleId: 'math-invalid', source: 'layar' }).fatal = true
  return file
}

const printed = (text: string, kind: string): number => text.split('\n').filter((line) => line.includes(`${kind} number`)).length

describe('the terminal report of a deck with thousands of messages', () => {
  it(`prints ${PRINTED_MESSAGES} messages, every error among them, and says how many more and how to see them`, () => {
    const text = reportText([noisyFile(3_000, 3)], { color: false, quiet: false, all: false })
    expect(printed(text, 'error')).toBe(3)
    expect(printed(text, 'warning')).toBe(PRINTED_MESSAGES - 3)
    expect(text).toContain(`… and ${3_003 - PRINTED_MESSAGES} more in deck.md (${3_003 - PRINTED_MESSAGES} warnings); run with --all-messages to print every one.`)
    // The reporter's own summary still counts what it printed; the line after it counts the rest.
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^… and 2903 more/)
  })

  it('prints every message with --all-messages, and a short list as it is', () => {
    const all = reportText([noisyFile(3_000, 3)], { color: false, quiet: false, all: true })
    expect(printed(all, 'warning')).toBe(3_000)
    expect(all).not.toContain('more in deck.md')
    const short = reportText([noisyFile(5, 1)], { color: false, quiet: false, all: false })
    expect(printed(short, 'warning') + printed(short, 'error')).toBe(6)
    expect(short).not.toContain('--all-messages')
  })

  it('reads --all-messages for build, check and dev', () => {
    expect(parseCommand(['build', 'deck.md', '--all-messages'])).toMatchObject({ type: 'build', allMessages: true })
    expect(parseCommand(['dev', 'deck.md', '--all-messages'])).toMatchObject({ type: 'dev', allMessages: true })
    expect(parseCommand(['check', 'deck.md'])).toMatchObject({ type: 'check', allMessages: false })
  })
})
