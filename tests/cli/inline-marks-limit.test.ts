import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_INLINE_MARKS } from '../../src/parse/input-bounds.js'
import { runCli } from '../support/run-cli.js'

describe('a deck with more inline spans than one build holds in memory', () => {
  it('exits 1 with the positioned limit error, before parsing, and keeps the previous output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-spans-'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Rentang\nlang: id\n---\n\n## Satu\n\nIsi `kode`.\n')
    const first = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(first.code).toBe(0)
    const before = { html: readFileSync(join(dir, 'out', 'deck.html')), pptx: readFileSync(join(dir, 'out', 'deck.pptx')) }
    // One code span (two marks) past the bound, in one paragraph on line 8.
    writeFileSync(join(dir, 'deck.md'), `---\ntitle: Rentang\nlang: id\n---\n\n## Satu\n\n${'`a` '.repeat(MAX_INLINE_MARKS / 2 + 1)}\n`)
    const second = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(second.code).toBe(1)
    // The mark past the bound is the opening backtick of the last span: column 4 × (MAX / 2) + 1.
    expect(second.stderr).toMatch(new RegExp(`^deck\\.md\\n *8:${2 * MAX_INLINE_MARKS + 1}(-\\d+:\\d+)? +error .*inline formatting.*markdown-inline-marks-too-many`, 'm'))
    expect(readFileSync(join(dir, 'out', 'deck.html')).equals(before.html)).toBe(true)
    expect(readFileSync(join(dir, 'out', 'deck.pptx')).equals(before.pptx)).toBe(true)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['deck.html', 'deck.pptx'])
  })
})
