import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, test } from 'vitest'
import { deckFromMarkdown } from '../../src/parse/index.js'

const root = fileURLToPath(new URL('../fixtures/parse/', import.meta.url))
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('deckFromMarkdown fixtures', () => {
  test('there are fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(10)
  })

  test.each(cases)('%s', async (name) => {
    const folder = path.join(root, name)
    // The path is relative (as the CLI gives it) so goldens hold no machine paths.
    const file = new VFile({ cwd: folder, path: 'input.md', value: readFileSync(path.join(folder, 'input.md'), 'utf8') })
    const deck = deckFromMarkdown(file)
    await expect(`${JSON.stringify(deck, null, 2)}\n`).toMatchFileSnapshot(path.join(folder, 'deck.json'))
    await expect(`${reporter([file], { color: false })}\n`).toMatchFileSnapshot(path.join(folder, 'messages.txt'))
  })
})
