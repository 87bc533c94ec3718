import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadFaceSet } from '../../src/layout/font-metrics.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'
import { breakText, lineCount, minimumWidth, naturalWidth, prepareText, type LineItem } from '../../src/layout/measure.js'
import { collapseWhitespace } from '../../src/layout/whitespace.js'
import { layoutTestTheme } from '../support/theme.js'

const faces = loadFaceSet(layoutTestTheme().fonts.body, createLayoutCache())

/** Characters that take every path of the cutter: spaces and their kin, breaks before and after, CJK, combining marks (also at a run's start), surrogate pairs. */
const character = fc.constantFrom('a', 'W', '5', ' ', '  ', '\t', '\n', ',', ')', '(', '-', '\u2014', '\u0301', '\u0308', '漢', '。', '（', '😀', '\u00a0', 'é', 'ー', '/')
const item: fc.Arbitrary<LineItem> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({ text: fc.array(character, { maxLength: 12 }), bold: fc.boolean(), script: fc.boolean() })
      .map(({ text, bold, script }): LineItem => ({ type: 'text', text: text.join(''), face: bold ? faces.bold : faces.regular, ...(script ? { scale: 0.58 } : {}) })),
  },
  { weight: 1, arbitrary: fc.constant<LineItem>({ type: 'break' }) },
  { weight: 1, arbitrary: fc.constantFrom<LineItem>({ type: 'box', em: 0.5 }, { type: 'box', em: 3 }) },
)

/** What the lines of `items` say when nothing wraps: the collapsed text, cut at hard breaks, without trailing spaces. */
function unwrappedLines(items: readonly LineItem[]): string[] {
  const lines = ['']
  let afterSpace = true
  for (const one of items) {
    if (one.type === 'break') {
      lines.push('')
      afterSpace = true
    } else if (one.type === 'box') {
      lines[lines.length - 1] += '\uFFFC'
      afterSpace = false
    } else {
      const collapsed = collapseWhitespace(one.text, afterSpace)
      lines[lines.length - 1] += collapsed.text
      afterSpace = collapsed.afterSpace
    }
  }
  // A break at the end adds no line (nor does an empty paragraph have one).
  if (lines.at(-1) === '') lines.pop()
  return lines.map((line) => line.trimEnd())
}

describe('line breaking, on any paragraph', () => {
  it('keeps every character, in order, and cuts lines only at hard breaks when nothing wraps', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        expect(breakText(prepareText(items), 20, Number.POSITIVE_INFINITY).map((line) => line.text)).toEqual(unwrappedLines(items))
      }),
      { numRuns: 500 },
    )
  })

  it('counts the lines breakText makes, and naturalWidth is the widest of the unwrapped ones', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.constantFrom(1, 15, 40, 120, 400), (items, width) => {
        const prepared = prepareText(items)
        expect(lineCount(prepared, 20, width)).toBe(breakText(prepared, 20, width).length)
        const unwrapped = breakText(prepared, 20, Number.POSITIVE_INFINITY)
        expect(naturalWidth(prepared, 20)).toBe(Math.max(0, ...unwrapped.map((line) => line.width)))
        expect(minimumWidth(prepared, 20)).toBeLessThanOrEqual(naturalWidth(prepared, 20))
      }),
      { numRuns: 500 },
    )
  })
})
