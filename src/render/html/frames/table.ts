import type { Element } from 'hast'
import { h } from 'hastscript'
import type { Box, TableFrame } from '../../../layout/laid-out.js'
import { paragraphLineHeight } from '../../../layout/math-lines.js'
import { TABLE_BORDER } from '../../../layout/table-frame.js'
import type { Align, TableRow } from '../../../model/index.js'
import type { RenderContext, TextFace } from '../context.js'
import { inlinesToHast } from '../inline.js'
import { placedTextToHast } from '../placed-text.js'
import { boxStyle, fontStyle, px } from '../units.js'

/**
 * A table with the layout's column widths and row heights (`table-layout:
 * fixed`), the header row in `thead` and body rows alternating colours.
 */
export function table(frame: TableFrame, ctx: RenderContext): Element {
  if (frame.caption === null) return tableElement(frame, frame.box, ctx)
  // With a caption (placed above by the layout), both sit in one box, placed relative to it.
  const outer = { x: frame.box.x, y: frame.caption.box.y, w: frame.box.w, h: frame.box.y + frame.box.h - frame.caption.box.y }
  const caption = placedTextToHast({ ...frame.caption, box: relative(frame.caption.box, outer) }, ctx, {
    tagName: 'div',
    className: 'layar-caption',
    face: { role: 'body', weight: 400, style: 'italic' },
  })
  return h('div', { className: ['layar-abs', 'layar-table-captioned'], role: 'group', style: boxStyle(outer) }, [caption, tableElement(frame, relative(frame.box, outer), ctx)])
}

function relative(box: Box, to: Box): Box {
  return { x: box.x - to.x, y: box.y - to.y, w: box.w, h: box.h }
}

function tableElement(frame: TableFrame, box: Box, ctx: RenderContext): Element {
  const style = [
    boxStyle(box),
    fontStyle(frame.fontSize, frame.lineHeight),
    `--layar-cell-x:${px(frame.cellPadding.x)}`,
    `--layar-cell-y:${px(frame.cellPadding.y)}`,
  ].join(';')
  const cols = frame.columnWidths.map((width) => h('col', { style: `width:${px(width)}` }))
  const { align, header } = frame.table
  const [headerHeight = 0, ...bodyHeights] = header === null ? [0, ...frame.rowHeights] : frame.rowHeights
  const look = { align, frame, ctx }
  const head = header === null ? [] : [h('thead', [row(header, 'th', headerHeight, look, { role: 'body', weight: 700, style: 'normal' })])]
  const body = frame.table.rows.map((r, i) =>
    row(r, 'td', bodyHeights[i] ?? 0, look, { role: 'body', weight: 400, style: 'normal' }, i % 2 === 0 ? 'layar-row' : 'layar-row-alt'),
  )
  return h('table', { className: ['layar-abs', 'layar-table'], style }, [h('colgroup', cols), ...head, h('tbody', body)])
}

function row(
  source: TableRow,
  tagName: 'th' | 'td',
  height: number,
  { align, frame, ctx }: { align: readonly Align[]; frame: TableFrame; ctx: RenderContext },
  face: TextFace,
  className: string | null = null,
): Element {
  const cells = source.children.map((cell, i) => {
    // The row's border (1 px, collapsed) is part of its laid-out height, so the cell gets the rest.
    let style = `text-align:${align[i] ?? 'left'};height:${px(height - TABLE_BORDER)}`
    // A cell with a tall formula has the taller lines the layout gave it.
    if (frame.baselineDrop !== undefined) style += `;line-height:${px(paragraphLineHeight(cell.children, frame.fontSize, frame.lineHeight, frame.baselineDrop))}`
    const properties = tagName === 'th' ? { scope: 'col', style } : { style }
    return h(tagName, properties, inlinesToHast(cell.children, face, ctx.fonts))
  })
  return h('tr', className === null ? {} : { className: [className] }, cells)
}
