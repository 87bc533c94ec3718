import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_BLOCKS } from '../../src/parse/input-bounds.js'
import { runCli } from '../support/run-cli.js'

describe('a deck with more lines and blocks than one build holds in memory', () => {
  it('exits 1 with the positioned limit error, before parsing, and keeps the previous output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-blocks-'))
    const head = '---\ntitle: Rentang\nlang: id\n---\n\n## Satu\n\n'
    writeFileSync(join(dir, 'deck.md'), `${head}- satu\n- dua\n`)
    const first = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(first.code).toBe(0)
    const before = { html: readFileSync(join(dir, 'out', 'deck.html')), pptx: readFileSync(join(dir, 'out', 'deck.pptx')) }
    // The head weighs 7 (its five lines, the scan taking the front matter for
    // a paragraph, and the heading's block); each list item 3 (its line, the
    // item, its paragraph). One item past the bound, on line 8 + fits.
    const fits = Math.floor((MAX_BLOCKS - 7) / 3)
    writeFileSync(join(dir, 'deck.md'), `${head}${'- a\n'.repeat(fits + 1)}`)
    const second = await runCli(['build', 'deck.md', '--out', 'out'], dir)
    expect(second.code).toBe(1)
    expect(second.stderr).toMatch(new RegExp(`^deck\\.md\\n *${8 + fits}:1(-\\d+:\\d+)? +error .*lines and blocks.*markdown-blocks-too-many`, 'm'))
    expect(readFileSync(join(dir, 'out', 'deck.html')).equals(before.html)).toBe(true)
    expect(readFileSync(join(dir, 'out', 'deck.pptx')).equals(before.pptx)).toBe(true)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['deck.html', 'deck.pptx'])
  })
})
