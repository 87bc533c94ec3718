import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'
import { describe, expect, it } from 'vitest'

/**
 * layar's copy of micromark-util-edit-map (vendor/, see its readme.md): its
 * `consume` leaves the events before the first edit in place, where the
 * published one copied every event on each call (quadratic parses).
 */

/** A stand-in event, told apart by its token's type. */
const event = (name: string): Event => ['enter', { type: name, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, {} as Event[2]] as unknown as Event

/** The published 1.0.0 `consume`, as the oracle: slices from the last edit back, then joins. */
function publishedConsume(events: Event[], edits: ReadonlyArray<[number, number, Event[]]>): Event[] {
  const map = [...edits].sort((a, b) => a[0] - b[0])
  const copy = [...events]
  const vecs: Event[][] = []
  for (let index = map.length - 1; index >= 0; index--) {
    const [at, remove, add] = map[index] as [number, number, Event[]]
    vecs.push(copy.slice(at + remove), add)
    copy.length = at
  }
  vecs.push(copy.slice())
  return vecs.reverse().flat()
}

/** Consumes `edits` with the vendored EditMap (through `add`, so edits at one index merge as micromark merges them). */
function vendoredConsume(events: Event[], edits: ReadonlyArray<[number, number, Event[]]>): { out: Event[]; map: EditMap } {
  const map = new EditMap()
  for (const [index, remove, add] of edits) map.add(index, remove, [...add])
  const out = [...events]
  map.consume(out)
  return { out, map }
}

describe('micromark-util-edit-map, layar copy', () => {
  it('is the copy micromark itself loads (through package.json overrides), not the published one', () => {
    const vendored = realpathSync(fileURLToPath(new URL('../../vendor/micromark-util-edit-map/index.js', import.meta.url)))
    for (const consumer of ['micromark', 'micromark-core-commonmark']) {
      const fromConsumer = createRequire(createRequire(import.meta.url).resolve(consumer))
      expect(realpathSync(fromConsumer.resolve('micromark-util-edit-map'))).toBe(vendored)
    }
  })

  it('applies edits at the start, the middle and the end as the published consume does', () => {
    const events = Array.from({ length: 12 }, (_, i) => event(`e${i}`))
    const edits: Array<[number, number, Event[]]> = [[9, 1, [event('x')]], [0, 0, [event('first')]], [4, 2, []], [12, 0, [event('last')]], [6, 0, [event('y'), event('z')]]]
    const { out, map } = vendoredConsume(events, edits)
    expect(out.map((e) => e[1].type)).toEqual(['first', 'e0', 'e1', 'e2', 'e3', 'y', 'z', 'e6', 'e7', 'e8', 'x', 'e10', 'e11', 'last'])
    expect(out).toEqual(publishedConsume(events, edits))
    expect(map.map).toEqual([])
  })

  it('agrees with the published consume on random edit batches (distinct, non-overlapping edits as micromark makes them)', () => {
    const batch = fc.integer({ min: 0, max: 40 }).chain((length) =>
      fc.tuple(
        fc.constant(length),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { selector: ([at]) => at, maxLength: 8 }),
      ),
    )
    fc.assert(
      fc.property(batch, ([length, raw]) => {
        const events = Array.from({ length }, (_, i) => event(`e${i}`))
        // Removals never reach the next edit and never past the end, as in micromark.
        const sorted = [...raw].sort((a, b) => a[0] - b[0])
        const edits = sorted.map(([at, remove, added], i): [number, number, Event[]] => {
          const limit = Math.min(length, sorted[i + 1]?.[0] ?? length) - at
          return [at, Math.max(0, Math.min(remove, limit)), Array.from({ length: added }, (_, k) => event(`a${at}.${k}`))]
        })
        expect(vendoredConsume(events, edits).out).toEqual(publishedConsume(events, edits))
      }),
      { numRuns: 300 },
    )
  })

  it('does not read the events before the first edit (so each call costs the tail, not the document)', () => {
    const events = Array.from({ length: 1000 }, (_, i) => event(`e${i}`))
    const reads = new Set<number>()
    const watched = new Proxy(events, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.add(Number(key))
        return Reflect.get(target, key, receiver)
      },
    })
    const map = new EditMap()
    map.add(995, 1, [event('x')])
    map.consume(watched)
    expect(events).toHaveLength(1000)
    expect(events[995]?.[1].type).toBe('x')
    expect([...reads].filter((index) => index < 995)).toEqual([])
  })
})
