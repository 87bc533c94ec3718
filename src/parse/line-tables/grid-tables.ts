import type { Align } from '../../model/index.js'
import { trimmed } from './dash-lines.js'
import { startsBlock, type LineIndex } from './line-index.js'
import type { CellSource, Fragment, LineTable } from './types.js'

const ruleLine = /^\+(?:[-=:]+\+)+[ \t]*$/

/**
 * A pandoc grid table starting at line `i`: `+---+---+` rules, `| a | b |`
 * rows between them (a cell may take several lines), an optional `+===+`
 * rule under the header row, colons in that rule (or the top one when
 * there is no header) for the alignment.
 *
 * Written by hand, not with `@adobe/micromark-extension-gridtables` (the
 * maintained micromark extension): it looks up every character's column in
 * a list of all columns seen (quadratic in wide tables), and a line starting
 * with `+` that is no table makes it scan to the end of the file, so a file
 * of such lines parses in quadratic time; it also reads alignment per cell,
 * where pandoc aligns columns. Cells spanning rows or columns (pandoc 3) are
 * not read: such a table stays as written, and the literal-syntax check reports it.
 *
 * @returns the table, or null when none starts at `i`
 */
export function gridTable(index: LineIndex, i: number): LineTable | null {
  const top = index.lines[i] ?? ''
  if (!top.startsWith('+') || !ruleLine.test(top) || !startsBlock(index, i)) return null
  const bounds = plusColumns(top.trimEnd())
  let end = i
  while (end + 1 < index.count && index.free[end + 1] === true && /^[+|]/.test(index.lines[end + 1] ?? '')) end++
  const rules: number[] = []
  for (let line = i; line <= end; line++) {
    const text = (index.lines[line] ?? '').trimEnd()
    if (text.startsWith('+')) {
      if (!ruleLine.test(text) || !sameBounds(plusColumns(text), bounds)) return null
      rules.push(line)
    } else if (!bounds.every((column) => text.charAt(column) === '|')) return null
  }
  if (rules.at(-1) !== end || rules.length < 2) return null
  const rows = rules.slice(1).map((rule, n) => cellsBetween(index, rules[n] ?? i, rule, bounds))
  // The header is the first row when the rule under it is drawn with `=`.
  const headerRule = rules.length > 2 && (index.lines[rules[1] ?? i] ?? '').includes('=') ? rules[1] : undefined
  const alignRule = index.lines[headerRule ?? i] ?? ''
  const align = bounds.slice(1).map((right, n) => alignAt(alignRule, bounds[n] ?? 0, right))
  const [first, ...rest] = rows
  const header = headerRule !== undefined && first !== undefined ? first : null
  return { type: 'lineTable', start: i + 1, end: end + 1, align, header, rows: header === null ? rows : rest }
}

function plusColumns(rule: string): number[] {
  const columns: number[] = []
  for (let column = rule.indexOf('+'); column !== -1; column = rule.indexOf('+', column + 1)) columns.push(column)
  return columns
}

function sameBounds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((column, n) => column === b[n])
}

/** The cells of the row between two rules: each column's lines, trimmed, blank lines at the ends left out. */
function cellsBetween(index: LineIndex, above: number, below: number, bounds: readonly number[]): CellSource[] {
  const cells: Fragment[][] = bounds.slice(1).map(() => [])
  for (let line = above + 1; line < below; line++) {
    const text = index.lines[line] ?? ''
    bounds.slice(1).forEach((right, n) => {
      const left = bounds[n] ?? 0
      cells[n]?.push(trimmed(text.slice(left + 1, right), line + 1, left + 2))
    })
  }
  return cells.map((cell) => {
    let from = 0
    let to = cell.length
    while (from < to && cell[from]?.text === '') from++
    while (to > from && cell[to - 1]?.text === '') to--
    return cell.slice(from, to)
  })
}

/** Colons at a column's ends in a rule: left `+:--`, right `--:+`, both centre. */
function alignAt(rule: string, left: number, right: number): Align {
  const atLeft = rule.charAt(left + 1) === ':'
  const atRight = rule.charAt(right - 1) === ':'
  if (atLeft && atRight) return 'center'
  if (atLeft) return 'left'
  if (atRight) return 'right'
  return null
}
