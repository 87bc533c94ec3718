import type { Inline, Paragraph, Table, TableRow } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { ThemeFaces } from './context.js'
import { round2, roundBox } from './geometry.js'
import type { PlacedText, TableFrame } from './laid-out.js'
import { mathLineMetrics, paragraphLineHeight } from './math-lines.js'
import { placeText } from './placed-text.js'
import { lineCount, minimumWidth, naturalWidth } from './measure.js'
import { preparedInlines, type BaseStyle, type TextFonts } from './runs.js'

/** Inner padding of every table cell, in points. */
export const CELL_PADDING = { x: 6, y: 4 } as const

/** Width of a table's cell borders, in points (1 CSS px); both outputs draw it, inside the column widths. */
export const TABLE_BORDER = 0.75

/**
 * Room a column gets beyond its longest word, its padding and its border:
 * half a point, so a word measured to fit is not broken by a browser or
 * LibreOffice rounding glyph positions (nor by widths rounded to 0.01 pt).
 */
const WORD_SLACK = 0.5

const HEADER: BaseStyle = { bold: true, italic: false }
const BODY: BaseStyle = { bold: false, italic: false }

/**
 * A table `width` pt wide at `size` pt. Column widths follow the content,
 * as an automatic HTML table does: every column gets at least its longest
 * word, with room for its padding and border (when the longest words of all
 * columns together do not fit, each gets a share in proportion), and the rest of the
 * width goes to the columns in proportion to how much wider their text
 * would like to be. Row heights are the tallest cell's lines plus padding and border.
 * A caption goes above the table (`box` is the table itself, below it).
 */
export function tableFrame(table: Table, faces: ThemeFaces, theme: Theme, size: number, x: number, y: number, width: number): TableFrame {
  const fonts: TextFonts = { text: faces.body, mono: faces.mono }
  const rows: Array<{ row: TableRow; base: BaseStyle }> = [
    ...(table.header === null ? [] : [{ row: table.header, base: HEADER }]),
    ...table.rows.map((row) => ({ row, base: BODY })),
  ]
  const caption = table.caption === undefined ? null : captionOf(table.caption, fonts, theme, size, x, y, width)
  const top = caption === null ? y : y + caption.box.h + theme.gap / 2
  const columnWidths = columnWidthsOf(rows, table.align.length, fonts, size, width)
  const lineHeight = size * theme.lineSpacing
  const cellsOf = rows.flatMap(({ row }) => row.children.map((cell): Paragraph => ({ type: 'paragraph', children: cell.children, position: cell.position })))
  const math = mathLineMetrics(cellsOf, faces.body.regular)
  const rowHeights = rows.map(({ row, base }) => {
    let text = lineHeight
    row.children.forEach((cell, i) => {
      const inner = Math.max(1, (columnWidths[i] ?? 0) - 2 * CELL_PADDING.x - TABLE_BORDER)
      const lines = Math.max(1, lineCount(preparedInlines(cell.children, fonts, base), size, inner))
      // A cell with a tall formula has taller lines (as a paragraph in a text frame has).
      text = Math.max(text, lines * paragraphLineHeight(cell.children, size, lineHeight, math.baselineDrop))
    })
    // The border line is part of the row: a browser adds it to the cell's padded text.
    return round2(text + 2 * CELL_PADDING.y + TABLE_BORDER)
  })
  return {
    type: 'table',
    box: roundBox({ x, y: top, w: width, h: rowHeights.reduce((a, b) => a + b, 0) }),
    fontSize: size,
    lineHeight: round2(lineHeight),
    cellPadding: { ...CELL_PADDING },
    columnWidths,
    rowHeights,
    table,
    caption,
    ...math,
  }
}

/** The height a table frame takes on its slide: its caption, the gap under it, and the table. */
export function tableFrameHeight(frame: TableFrame): number {
  return frame.caption === null ? frame.box.h : frame.box.y + frame.box.h - frame.caption.box.y
}

/** A table's caption, centred above it in italic at the table's size (pandoc's HTML draws it above). */
function captionOf(inlines: Inline[], fonts: TextFonts, theme: Theme, size: number, x: number, y: number, width: number): PlacedText {
  return placeText(inlines, { fonts, base: { bold: false, italic: true }, size, lineSpacing: theme.lineSpacing, x, y, w: width, align: 'center' })
}

function columnWidthsOf(
  rows: ReadonlyArray<{ row: TableRow; base: BaseStyle }>,
  count: number,
  fonts: TextFonts,
  size: number,
  width: number,
): number[] {
  if (count === 0) return []
  const pad = 2 * CELL_PADDING.x + TABLE_BORDER + WORD_SLACK
  // A floor so that no column collapses to a sliver (two em of text, or an even share).
  const floor = Math.min(width / count, pad + 2 * size)
  const natural = new Array<number>(count).fill(floor)
  const minimum = new Array<number>(count).fill(floor)
  for (const { row, base } of rows) {
    row.children.forEach((cell, i) => {
      const prepared = preparedInlines(cell.children, fonts, base)
      natural[i] = Math.max(natural[i] ?? 0, naturalWidth(prepared, size) + pad)
      minimum[i] = Math.max(minimum[i] ?? 0, minimumWidth(prepared, size) + pad)
    })
  }
  const sumMin = sum(minimum)
  let widths: number[]
  if (sumMin >= width) {
    widths = minimum.map((m) => (m / sumMin) * width)
  } else if (sum(natural) <= width) {
    // Every column fits on one line: each gets its natural width and a share of the rest in proportion to it,
    // so the spare room is spread over the table instead of going all to the one column that wraps at its minimum.
    const sumNatural = sum(natural)
    widths = natural.map((n) => n + ((width - sumNatural) * n) / sumNatural)
  } else {
    const spare = width - sumMin
    const want = natural.map((n, i) => Math.max(0, n - (minimum[i] ?? 0)))
    const sumWant = sum(want)
    widths = minimum.map((m, i) => m + (sumWant > 0 ? ((want[i] ?? 0) / sumWant) * spare : spare / count))
  }
  return roundToTotal(widths, width)
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

/** Rounds to 0.01 pt and gives the rounding remainder to the last column, so the sum is exact. */
function roundToTotal(widths: readonly number[], total: number): number[] {
  const rounded = widths.map(round2)
  const rest = round2(round2(total) - sum(rounded.slice(0, -1)))
  rounded[rounded.length - 1] = rest
  return rounded
}
