import { dashRuns, type DashRun } from './dash-lines.js'

/**
 * What the table and line-block scanners ask of every line, computed once:
 * with these, deciding whether a table starts at a line costs O(1) and
 * building it O(its lines), so a whole file is read in linear time even
 * when it is full of almost-tables (dash lines never closed, say).
 */
export interface LineIndex {
  lines: readonly string[]
  count: number
  blank: boolean[]
  /** The dash runs of a table rule on that line, or null. */
  runs: Array<DashRun[] | null>
  /** May a block of ours use the line (not code, not front matter)? */
  free: boolean[]
  /** Smallest index ≥ i of: a blank line; a dash line followed by a blank line or the end (a table footer); a blank line followed by another (or the end); a dash line; a line not free. `count` when none. */
  nextBlank: Int32Array
  nextFooter: Int32Array
  nextDoubleBlank: Int32Array
  nextDash: Int32Array
  nextUsed: Int32Array
}

const blankLine = /^[ \t]*$/

/**
 * Indexes the lines of a content file.
 *
 * @param lines its lines, without line endings
 * @param used 1-based lines no block of ours may take (inside fenced code)
 */
export function indexLines(lines: readonly string[], used: ReadonlySet<number>): LineIndex {
  const count = lines.length
  const blank = lines.map((line) => blankLine.test(line))
  const runs = lines.map((line) => (line.includes('-') ? dashRuns(line) : null))
  const frontMatterEnd = frontMatterLastLine(lines)
  const free = lines.map((_line, index) => index > frontMatterEnd && !used.has(index + 1))
  const isFooter = (i: number): boolean => runs[i] !== null && (i + 1 >= count || blank[i + 1] === true)
  const isDoubleBlank = (i: number): boolean => blank[i] === true && (i + 1 >= count || blank[i + 1] === true)
  return {
    lines,
    count,
    blank,
    runs,
    free,
    nextBlank: nextWhere(count, (i) => blank[i] === true),
    nextFooter: nextWhere(count, isFooter),
    nextDoubleBlank: nextWhere(count, isDoubleBlank),
    nextDash: nextWhere(count, (i) => runs[i] !== null),
    nextUsed: nextWhere(count, (i) => free[i] !== true),
  }
}

function nextWhere(count: number, test: (index: number) => boolean): Int32Array {
  const next = new Int32Array(count + 1)
  next[count] = count
  for (let i = count - 1; i >= 0; i--) next[i] = test(i) ? i : (next[i + 1] ?? count)
  return next
}

/** The value of a next-array at `i` (`count` past the end). */
export function at(next: Int32Array, i: number): number {
  return next[Math.min(i, next.length - 1)] ?? next.length - 1
}

/**
 * Whether a block may start at line `i`: pandoc tables and line blocks
 * start a block, so the line before is blank, a heading or a div fence
 * (or there is none).
 */
export function startsBlock(index: LineIndex, i: number): boolean {
  if (index.free[i] !== true) return false
  if (i === 0) return true
  const before = index.lines[i - 1] ?? ''
  return index.blank[i - 1] === true || index.free[i - 1] !== true || /^#{1,6}(?:[ \t]|$)/.test(before) || /^[ \t]*:{3,}/.test(before)
}

/** The 0-based line closing YAML front matter, or -1 when there is none. */
function frontMatterLastLine(lines: readonly string[]): number {
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return -1
  for (let index = 1; index < lines.length; index++) if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[index] ?? '')) return index
  return -1
}
