import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'
import { describe, expect, it } from 'vitest'
import { consumeFromFirstEdit, useLinearEditMap } from '../../src/parse/micromark-edit-map.js'
import { readFileSync } from 'node:fs'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** micromark's own `consume`, taken before anything installs the linear one. */
const original = EditMap.prototype.consume

/** A stand-in event, told apart by its token's type. */
const event = (name: string): Event => ['enter', { type: name, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, {} as Event[2]] as unknown as Event

/** What a batch of edits means: the events up to each edit, its additions, the events after its removals. */
function applied(events: Event[], edits: Array<[number, number, Event[]]>): string[] {
  const out: Event[] = []
  let at = 0
  for (const [index, remove, add] of [...edits].sort((a, b) => a[0] - b[0])) {
    out.push(...events.slice(at, Math.max(at, index)), ...add)
    at = Math.max(at, index + remove)
  }
  out.push(...events.slice(at))
  return out.map((e) => e[1].type)
}

describe('EditMap consumed from its first edit (micromark 4.0.3 copied every event)', () => {
  it('applies edits given in any order, at the start, the middle and the end, as micromark defines them', () => {
    const events = Array.from({ length: 12 }, (_, i) => event(`e${i}`))
    const edits: Array<[number, number, Event[]]> = [[9, 1, [event('x')]], [0, 0, [event('first')]], [4, 2, []], [12, 0, [event('last')]], [6, 0, [event('y'), event('z')]]]
    const map = new EditMap()
    for (const [index, remove, add] of edits) map.add(index, remove, add)
    const copy = [...events]
    consumeFromFirstEdit.call(map, copy)
    expect(copy.map((e) => e[1].type)).toEqual(applied(events, edits))
    expect(copy.map((e) => e[1].type)).toEqual(['first', 'e0', 'e1', 'e2', 'e3', 'y', 'z', 'e6', 'e7', 'e8', 'x', 'e10', 'e11', 'last'])
    expect(map.map).toEqual([])
  })

  it('parses setext headings, closing lists, lazy lines and the default deck to the same tree once installed', () => {
    const deck = readFileSync(new URL('../../content/kerjasama-militer-regional.md', import.meta.url), 'utf8')
    const sources = ['[a]: /u\nTitle\n=====\n\n- a\n  - b\n- c\n\n> q\nlazy\n\nSub\n---\n', '> - a\n>   - b\nlazy\n- - - c\n\nA\n---\nB\n===\n', deck]
    const parse = (source: string): string => JSON.stringify(unified().use(remarkParse).parse(source))
    EditMap.prototype.consume = original
    const before = sources.map(parse)
    useLinearEditMap()
    expect(EditMap.prototype.consume).toBe(consumeFromFirstEdit)
    expect(sources.map(parse)).toEqual(before)
    expect(JSON.parse(before[0] as string).children.map((node: { type: string }) => node.type)).toEqual(['definition', 'heading', 'list', 'blockquote', 'heading'])
  })
})
