import type { Align } from '../../model/index.js'
import { alignOf, columnStarts, rawColumns, splitColumns, type DashRun } from './dash-lines.js'
import { at, startsBlock, type LineIndex } from './line-index.js'
import type { CellSource, Fragment, LineTable } from './types.js'

/**
 * pandoc's simple and multiline tables, tried in pandoc's order (headed
 * multiline, headless simple, headed simple, headless multiline) at a line
 * where a block may start. Their column rule must have at least two dash
 * runs: a single run under a line is a setext heading, and alone on a line
 * a slide break, for pandoc as for CommonMark, so one-column tables are not
 * read (they stay as written and the literal-syntax check reports them).
 *
 * @returns the table, or null when none starts at line `i`
 */
export function simpleOrMultilineTable(index: LineIndex, i: number): LineTable | null {
  if (!startsBlock(index, i) || index.blank[i] === true) return null
  const runs = index.runs[i]
  if (runs !== null && runs !== undefined) return headedMultiline(index, i) ?? headlessSimple(index, i, runs) ?? headlessMultiline(index, i, runs)
  return headedSimple(index, i)
}

/** A header line, a rule of dash runs, rows of one line each, ending at a blank line (or a rule and a blank line). */
function headedSimple(index: LineIndex, h: number): LineTable | null {
  const runs = index.runs[h + 1]
  if (runs === null || runs === undefined || runs.length < 2 || index.free[h + 1] !== true) return null
  const first = h + 2
  const stop = Math.min(at(index.nextBlank, first), at(index.nextFooter, first), at(index.nextUsed, first))
  if (stop <= first) return null
  const starts = columnStarts(runs)
  const header = index.lines[h] ?? ''
  const align = runs.map((run, column) => alignOf([rawColumns(header, starts)[column] ?? ''], run.length))
  const rows = range(first, stop).map((line) => oneLineRow(index, line, starts))
  const end = index.runs[stop] !== null && stop < index.count && index.free[stop] === true ? stop : stop - 1
  return { type: 'lineTable', start: h + 1, end: end + 1, align, header: oneLineRow(index, h, starts), rows }
}

/** A rule, rows of one line each, and a closing rule followed by a blank line. */
function headlessSimple(index: LineIndex, d: number, runs: DashRun[]): LineTable | null {
  const first = d + 1
  if (runs.length < 2 || !bodyLine(index, first)) return null
  const close = at(index.nextDash, first)
  if (close >= index.count || close >= at(index.nextBlank, first) || close >= at(index.nextUsed, first) || close !== at(index.nextFooter, close)) return null
  const starts = columnStarts(runs)
  const align = alignFrom(runs, [index.lines[first] ?? ''], starts)
  const rows = range(first, close).map((line) => oneLineRow(index, line, starts))
  return { type: 'lineTable', start: d + 1, end: close + 1, align, header: null, rows }
}

/** A rule, header lines, a rule of dash runs, rows separated by blank lines, and a closing rule followed by a blank line. */
function headedMultiline(index: LineIndex, t: number): LineTable | null {
  const headerFirst = t + 1
  if (!bodyLine(index, headerFirst)) return null
  const rule = at(index.nextDash, headerFirst)
  if (rule >= index.count || rule >= at(index.nextBlank, headerFirst) || rule >= at(index.nextUsed, headerFirst)) return null
  const runs = index.runs[rule]
  if (runs === null || runs === undefined || runs.length < 2 || !bodyLine(index, rule + 1)) return null
  const close = closingRule(index, rule + 1)
  if (close === null) return null
  const starts = columnStarts(runs)
  const headerLines = range(headerFirst, rule)
  const align = alignFrom(runs, headerLines.map((line) => index.lines[line] ?? ''), starts)
  const header = multilineCells(index, headerLines, starts)
  return { type: 'lineTable', start: t + 1, end: close + 1, align, header, rows: multilineRows(index, rule + 1, close, starts) }
}

/** A rule, rows separated by blank lines, and a closing rule followed by a blank line. */
function headlessMultiline(index: LineIndex, d: number, runs: DashRun[]): LineTable | null {
  if (runs.length < 2 || !bodyLine(index, d + 1)) return null
  const close = closingRule(index, d + 1)
  if (close === null) return null
  const starts = columnStarts(runs)
  const align = alignFrom(runs, [index.lines[d + 1] ?? ''], starts)
  return { type: 'lineTable', start: d + 1, end: close + 1, align, header: null, rows: multilineRows(index, d + 1, close, starts) }
}

/** The first rule followed by a blank line at or after `from`, if no two blank lines (or code) come first. */
function closingRule(index: LineIndex, from: number): number | null {
  const close = at(index.nextFooter, from)
  if (close >= index.count || close >= at(index.nextDoubleBlank, from) || close >= at(index.nextUsed, from)) return null
  return close
}

function bodyLine(index: LineIndex, i: number): boolean {
  return i < index.count && index.blank[i] !== true && index.runs[i] === null && index.free[i] === true
}

function alignFrom(runs: readonly DashRun[], lines: readonly string[], starts: readonly number[]): Align[] {
  const columns = lines.map((line) => rawColumns(line, starts))
  return runs.map((run, column) => alignOf(columns.map((cells) => cells[column] ?? ''), run.length))
}

function oneLineRow(index: LineIndex, line: number, starts: readonly number[]): CellSource[] {
  return splitColumns(index.lines[line] ?? '', line + 1, starts).map((fragment) => (fragment.text === '' ? [] : [fragment]))
}

/** Rows between `from` and `close`, each a run of lines up to a blank line. */
function multilineRows(index: LineIndex, from: number, close: number, starts: readonly number[]): CellSource[][] {
  const rows: CellSource[][] = []
  let lines: number[] = []
  for (let line = from; line <= close; line++) {
    if (line === close || index.blank[line] === true) {
      if (lines.length > 0) rows.push(multilineCells(index, lines, starts))
      lines = []
    } else lines.push(line)
  }
  return rows
}

/** The cells of a row written over several lines: each column's pieces, top to bottom. */
function multilineCells(index: LineIndex, lines: readonly number[], starts: readonly number[]): CellSource[] {
  const cells: Fragment[][] = starts.map(() => [])
  for (const line of lines) {
    splitColumns(index.lines[line] ?? '', line + 1, starts).forEach((fragment, column) => {
      if (fragment.text !== '') cells[column]?.push(fragment)
    })
  }
  return cells
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let i = from; i < to; i++) out.push(i)
  return out
}
