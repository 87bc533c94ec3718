import type { Align, TableRow } from '../../../model/index.js'
import type { TableFrame } from '../../../layout/laid-out.js'
import { TABLE_BORDER } from '../../../layout/table-frame.js'
import { paragraphLineHeight } from '../../../layout/math-lines.js'
import type { Theme } from '../../../theme/index.js'
import type { FrameHandler } from './frame-handler.js'
import type { ShapePlan, TableCellPlan } from './types.js'
import { shapeFromPlacedText } from './placed-text.js'
import { runsFromInlines } from './runs.js'


/**
 * A native table: the layout's column widths and row heights, a bold header row
 * on the header colours, alternating body rows, thin borders, cell padding
 * from the frame and each column's alignment; the caption, if any, in a text box above it.
 */
export const table: FrameHandler<TableFrame> = (frame, { theme, number }) => {
  const { header, rows: bodyRows } = frame.table
  const rows = [
    ...(header === null ? [] : [cells(header, frame, theme, { fill: theme.colors.tableHeaderBackground, color: theme.colors.tableHeaderText, bold: true })]),
    ...bodyRows.map((row, index) =>
      cells(row, frame, theme, {
        fill: index % 2 === 0 ? theme.colors.tableRowBackground : theme.colors.tableRowAltBackground,
        color: theme.colors.text,
        bold: false,
      }),
    ),
  ]
  const { x, y } = frame.cellPadding
  const caption: ShapePlan[] =
    frame.caption === null
      ? []
      : [shapeFromPlacedText(`Table caption ${number}`, frame.caption, { fontFace: theme.fonts.body.office, color: theme.colors.muted, bold: false, italic: true }, 'top', theme)]
  return [
    ...caption,
    {
      type: 'table',
      name: `Table ${number}`,
      box: { ...frame.box },
      columnWidths: [...frame.columnWidths],
      rowHeights: [...frame.rowHeights],
      rows,
      header: header !== null,
      border: { width: TABLE_BORDER, color: theme.colors.tableBorder },
      cellMargin: [y, x, y, x],
      placeholder: null,
    },
  ]
}

function cells(
  row: TableRow,
  frame: TableFrame,
  theme: Theme,
  look: { fill: string; color: string; bold: boolean },
): TableCellPlan[] {
  return row.children.map((cell, column) => {
    const align = alignOf(frame.table.align[column] ?? null)
    const style = {
      fontFace: theme.fonts.body.office,
      fontSize: frame.fontSize,
      color: look.color,
      bold: look.bold,
      italic: false,
      strike: false,
    }
    return {
      fill: look.fill,
      align,
      paragraph: {
        align,
        lineSpacing: paragraphLineHeight(cell.children, frame.fontSize, frame.lineHeight, frame.baselineDrop),
        spaceAfter: 0,
        marker: { type: 'none' },
        runs: runsFromInlines(cell.children, style, theme),
      },
    }
  })
}

function alignOf(align: Align): 'left' | 'center' | 'right' {
  return align ?? 'left'
}
