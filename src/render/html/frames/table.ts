import type { Element } from 'hast'
import { h } from 'hastscript'
import type { TableFrame } from '../../../layout/laid-out.js'
import { TABLE_BORDER } from '../../../layout/table-frame.js'
import type { Align, TableRow } from '../../../model/index.js'
import type { RenderContext, TextFace } from '../context.js'
import { inlinesToHast } from '../inline.js'
import { boxStyle, fontStyle, px } from '../units.js'

/**
 * A table with the layout's column widths and row heights (`table-layout:
 * fixed`), the header row in `thead` and body rows alternating colours.
 */
export function table(frame: TableFrame, ctx: RenderContext): Element {
  const style = [
    boxStyle(frame.box),
    fontStyle(frame.fontSize, frame.lineHeight),
    `--layar-cell-x:${px(frame.cellPadding.x)}`,
    `--layar-cell-y:${px(frame.cellPadding.y)}`,
  ].join(';')
  const cols = frame.columnWidths.map((width) => h('col', { style: `width:${px(width)}` }))
  const [headerHeight = 0, ...bodyHeights] = frame.rowHeights
  const { align } = frame.table
  const head = row(frame.table.header, 'th', headerHeight, align, ctx, { role: 'body', weight: 700, style: 'normal' })
  const body = frame.table.rows.map((r, i) =>
    row(r, 'td', bodyHeights[i] ?? 0, align, ctx, { role: 'body', weight: 400, style: 'normal' }, i % 2 === 0 ? 'layar-row' : 'layar-row-alt'),
  )
  return h('table', { className: ['layar-abs', 'layar-table'], style }, [
    h('colgroup', cols),
    h('thead', [head]),
    h('tbody', body),
  ])
}

function row(
  source: TableRow,
  tagName: 'th' | 'td',
  height: number,
  align: readonly Align[],
  ctx: RenderContext,
  face: TextFace,
  className: string | null = null,
): Element {
  const cells = source.children.map((cell, i) => {
    // The row's border (1 px, collapsed) is part of its laid-out height, so the cell gets the rest.
    const style = `text-align:${align[i] ?? 'left'};height:${px(height - TABLE_BORDER)}`
    const properties = tagName === 'th' ? { scope: 'col', style } : { style }
    return h(tagName, properties, inlinesToHast(cell.children, face, ctx.fonts))
  })
  return h('tr', className === null ? {} : { className: [className] }, cells)
}
