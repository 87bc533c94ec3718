import { gridTable } from './grid-tables.js'
import { indexLines } from './line-index.js'
import { lineBlock } from './line-blocks.js'
import { simpleOrMultilineTable } from './simple-tables.js'
import type { LineRegion } from './types.js'

export type { CellSource, Fragment, LineBlock, LineRegion, LineTable } from './types.js'

/** Characters without which no table or line block can be on a line: a cheap test to skip the scan. */
const hint = /^(?:\+[-=:]|\||[ \t]{0,3}-+[ \t]+-)/m

/** Whether `text` may hold a table or line block of `findLineRegions` (when not, the scan is skipped). */
export function mayHoldLineRegions(text: string): boolean {
  return hint.test(text)
}

/**
 * pandoc blocks that CommonMark cannot read, found on the source lines:
 * grid, simple and multiline tables, and line blocks. Only blocks that
 * start at the top level of the file or of a fenced div are found (none
 * inside list items or block quotes). Each line is looked at a bounded
 * number of times, so the scan is linear in the file's length.
 *
 * Written by hand: no maintained micromark extension reads pandoc's simple,
 * multiline or line-block syntax (see `grid-tables.ts` for grid tables).
 *
 * @param lines the file's lines (after the fenced-div rewrite, which keeps every line where it was)
 * @param code 1-based lines inside fenced code
 */
export function findLineRegions(lines: readonly string[], code: ReadonlySet<number>): LineRegion[] {
  const index = indexLines(lines, code)
  const regions: LineRegion[] = []
  for (let i = 0; i < index.count; i++) {
    const region = gridTable(index, i) ?? lineBlock(index, i) ?? simpleOrMultilineTable(index, i)
    if (region === null) continue
    regions.push(region)
    i = region.end - 1
  }
  return regions
}
