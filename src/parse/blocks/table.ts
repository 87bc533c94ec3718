import type { Table as MdTable, TableRow as MdTableRow } from 'mdast'
import type { Block, Position, Table, TableCell, TableRow } from '../../model/index.js'
// Loads the table data pandoc's tables add (headerless, caption).
import type {} from '../line-regions.js'
import { report } from '../../diagnostics/index.js'
import { inlinesFromMdast, mergeText } from '../inline.js'
import { positionOf, spanOf } from '../position.js'
import type { State } from '../state.js'

/**
 * A table (GFM's pipe table, or pandoc's grid, simple or multiline table,
 * which `line-regions.ts` gives the same mdast shape). Every row gets exactly as many cells as the header: short
 * rows are padded with empty cells; extra cells are joined into the last
 * cell with a warning (GFM would drop them; layar never drops content).
 */
export function table(node: MdTable, state: State): Block[] {
  const align = (node.align ?? []).map((value) => value ?? null)
  const columns = Math.max(1, align.length)
  const all = node.children.map((row) => tableRow(row, columns, state))
  const [first, ...rest] = all
  if (first === undefined) return []
  while (align.length < columns) align.push(null)
  const headerless = node.data?.headerless === true
  const table: Table = { type: 'table', align, header: headerless ? null : first, rows: headerless ? all : rest, position: positionOf(node) }
  const caption = node.data?.caption
  if (caption !== undefined) table.caption = inlinesFromMdast(caption, state, { where: 'table caption' })
  return [table]
}

function tableRow(node: MdTableRow, columns: number, state: State): TableRow {
  const position = positionOf(node)
  const cells: TableCell[] = node.children.map((cell) => ({
    type: 'tableCell',
    children: inlinesFromMdast(cell.children, state, { where: 'table cell' }),
    position: positionOf(cell),
  }))
  while (cells.length < columns) cells.push({ type: 'tableCell', children: [], position: atEnd(position) })
  if (cells.length > columns) {
    const extra = cells.splice(columns)
    const first = extra[0]
    const last = cells[columns - 1]
    if (first !== undefined && last !== undefined) {
      report(state.file, 'table-cells-excess', { count: columns + extra.length, columns }, spanOf(first.position, position))
      cells[columns - 1] = joinCells(last, extra)
    }
  }
  // Past the budget the build stops after parsing (an error), before any cell is measured.
  state.budget.spend('tableCells', cells.length, position)
  return { type: 'tableRow', children: cells, position }
}

/** One cell holding `last`, then each extra cell after a ` | ` separator. */
function joinCells(last: TableCell, extra: readonly TableCell[]): TableCell {
  const children = [...last.children]
  let position = last.position
  for (const cell of extra) {
    children.push({ type: 'text', value: ' | ', position: { start: { ...cell.position.start }, end: { ...cell.position.start } } })
    children.push(...cell.children)
    position = spanOf(position, cell.position)
  }
  return { type: 'tableCell', children: mergeText(children), position }
}

function atEnd(position: Position): Position {
  return { start: { ...position.end }, end: { ...position.end } }
}
