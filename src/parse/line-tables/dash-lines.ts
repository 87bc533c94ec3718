import type { Align } from '../../model/index.js'
import type { Fragment } from './types.js'

/** One run of dashes in a table's dash line: 0-based start column and its length. */
export interface DashRun {
  start: number
  length: number
}

const dashLine = /^ {0,3}-+(?:[ \t]+-+)*[ \t]*$/

/** The dash runs of a pandoc table rule (`-----  ------ ---`), or null if the line is none. */
export function dashRuns(line: string): DashRun[] | null {
  if (!dashLine.test(line)) return null
  const runs: DashRun[] = []
  for (const match of line.matchAll(/-+/g)) runs.push({ start: match.index, length: match[0].length })
  return runs
}

/**
 * Column starts from the dash runs, as pandoc's `simpleTableHeader` computes
 * them: a column runs from the start of its dash run to the start of the
 * next (the last to the end of the line).
 */
export function columnStarts(runs: readonly DashRun[]): number[] {
  return runs.map((run) => run.start)
}

/**
 * The text of each column of `line`, trimmed, with its 1-based position.
 * Text left of the first column is dropped, as pandoc does.
 */
export function splitColumns(line: string, lineNumber: number, starts: readonly number[]): Fragment[] {
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? line.length
    return trimmed(line.slice(start, Math.max(start, end)), lineNumber, start + 1)
  })
}

/** A fragment of `text` without its surrounding blanks, its column moved past the leading ones. */
export function trimmed(text: string, line: number, column: number): Fragment {
  const lead = text.length - text.trimStart().length
  return { line, column: column + lead, text: text.trim() }
}

/**
 * A column's alignment from its header text (or first row), as pandoc's
 * `alignType` decides it: text flush with the dash run's left end and short
 * of its right end is left-aligned, flush right and indented right-aligned,
 * neither centred, both (or no text) the default.
 *
 * @param texts the untrimmed column slices of the header lines
 * @param length the dash run's length
 */
export function alignOf(texts: readonly string[], length: number): Align {
  let longest: string | null = null
  for (const text of texts) {
    const right = text.trimEnd()
    if (right === '') continue
    if (longest === null || right.length > longest.length) longest = right
  }
  if (longest === null) return null
  const leftSpace = /^[ \t]/.test(longest)
  const rightSpace = longest.length < length
  if (leftSpace && !rightSpace) return 'right'
  if (!leftSpace && rightSpace) return 'left'
  if (leftSpace && rightSpace) return 'center'
  return null
}

/** The untrimmed slice of each column of `line` (for `alignOf`). */
export function rawColumns(line: string, starts: readonly number[]): string[] {
  return starts.map((start, index) => line.slice(start, starts[index + 1] ?? line.length))
}
