import { readdirSync, readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { layoutDeck, type BodyLayout } from '../../src/layout/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { layoutTestTheme } from '../support/theme.js'
import { blocksText, framesText, laidOutSummary } from './laid-out-summary.js'

const root = new URL('../fixtures/layout/', import.meta.url)
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
const theme = layoutTestTheme()

function laidOut(name: string): { deck: ReturnType<typeof layoutDeck>; parsed: NonNullable<ReturnType<typeof deckFromMarkdown>>; file: VFile } {
  const path = new URL(`${name}/input.md`, root)
  const file = new VFile({ path: `tests/fixtures/layout/${name}/input.md`, value: readFileSync(path, 'utf8') })
  const parsed = deckFromMarkdown(file)
  if (!parsed) throw new Error(`${name} does not parse: ${file.messages.join('\n')}`)
  return { deck: layoutDeck(parsed, theme, {}, file), parsed, file }
}

describe('layout fixtures (fit, shrink, split)', () => {
  it('has a fixture for every split rule', () => {
    for (const name of ['split-blocks', 'split-list-items', 'split-sentences', 'split-table-rows', 'split-code-lines', 'split-blockquote']) {
      expect(cases).toContain(name)
    }
  })

  for (const name of cases) {
    it(`${name}: laid-out summary matches its golden file`, async () => {
      const { deck, file } = laidOut(name)
      await expect(laidOutSummary(deck, file)).toMatchFileSnapshot(`../fixtures/layout/${name}/laid-out.json`)
    })

    it(`${name}: the parts of every split slide hold its content exactly once, in order`, () => {
      const { deck, parsed } = laidOut(name)
      const bodies = deck.slides.filter((s): s is BodyLayout => s.layout !== 'title' && s.layout !== 'section')
      const sources = parsed.slides.filter((s) => s.type === 'content')
      let at = 0
      for (const source of sources) {
        const first = bodies[at]
        const count = first?.continuation?.of ?? 1
        const parts = bodies.slice(at, at + count)
        at += count
        expect(parts.map((p) => framesText(p.frames)).join(' ')).toBe(blocksText(source.blocks))
        // Notes stay on the first part; continuation parts are told apart by their suffix.
        expect(parts.map((p) => p.notes)).toEqual(parts.map((_, i) => (i === 0 ? source.notes : [])))
        parts.forEach((part, i) => expect(part.continuation).toEqual(count === 1 ? undefined : { part: i + 1, of: count }))
      }
      expect(at).toBe(bodies.length)
    })
  }
})
