import type { Element } from 'xast'
import { x } from 'xastscript'
import type { ElementTransform, TreeTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import type { TableStylePlan } from '../plan/index.js'
import { childElement, documentElement } from '../xml-tree.js'

/**
 * `ppt/tableStyles.xml` holds the theme's table style (header row, banded
 * rows, borders), the package's default; PowerPoint's Table Design tab shows
 * it, and a table a user inserts gets it.
 */
export const tableStylesPart: TreeTransform = {
  type: 'tree',
  name: 'table-styles-part',
  appliesTo: (path) => path === 'ppt/tableStyles.xml',
  transform(tree, { scheme }) {
    const list = documentElement(tree)
    const style = scheme.tableStyle
    list.attributes = { ...list.attributes, def: style.id }
    list.children = [tableStyle(style)]
  },
}

/**
 * Tables mark their header row and banded rows (`firstRow`, `bandRow`) and
 * name the theme's table style. Cells keep the fills and borders layout gave
 * them, so the deck renders as before; a row a user adds gets the style's.
 */
export const tableFlags: ElementTransform = {
  type: 'elements',
  name: 'table-flags',
  appliesTo: isSlidePart,
  names: ['a:tbl'],
  start({ slide, scheme }) {
    // Tables come in the order of the slide's table shapes (pptxgenjs writes shapes in plan order).
    const shapes = (slide?.shapes ?? []).filter((shape) => shape.type === 'table')
    let index = 0
    return { visit: (table) => flagTable(table, shapes[index++]?.header ?? true, scheme.tableStyle.id) }
  },
}

/** Marks a table's header row (if it has one) and banded rows, and names the theme's table style. */
function flagTable(table: Element, header: boolean, styleId: string): void {
  let properties = childElement(table, 'a:tblPr')
  if (properties === undefined) {
    properties = x('a:tblPr')
    table.children.unshift(properties)
  }
  properties.attributes = { ...properties.attributes, firstRow: header ? '1' : '0', bandRow: '1' }
  // CT_TableProperties: a fill or effect first, then tableStyleId, then extLst.
  const ext = properties.children.findIndex((child) => child.type === 'element' && child.name === 'a:extLst')
  const kept = properties.children.filter((child) => !(child.type === 'element' && child.name === 'a:tableStyleId'))
  const id = x('a:tableStyleId', styleId)
  properties.children = ext === -1 ? [...kept, id] : [...kept.slice(0, ext), id, ...kept.slice(ext)]
}

function fill(color: string): Element {
  return x('a:fill', [x('a:solidFill', [x('a:srgbClr', { val: color })])])
}

function line(color: string): Element {
  return x('a:ln', { w: '9525' }, [x('a:solidFill', [x('a:srgbClr', { val: color })])])
}

/** `<a:tblStyle>` of a table style plan. */
export function tableStyle(style: TableStylePlan): Element {
  const borders = x(
    'a:tcBdr',
    ['left', 'right', 'top', 'bottom', 'insideH', 'insideV'].map((side) => x(`a:${side}`, [line(style.border)])),
  )
  return x('a:tblStyle', { styleId: style.id, styleName: style.name }, [
    x('a:wholeTbl', [x('a:tcTxStyle', [x('a:srgbClr', { val: style.text })]), x('a:tcStyle', [borders, fill(style.rowFill)])]),
    x('a:band1H', [x('a:tcStyle', [x('a:tcBdr'), fill(style.bandFill)])]),
    x('a:firstRow', [x('a:tcTxStyle', { b: 'on' }, [x('a:srgbClr', { val: style.headerText })]), x('a:tcStyle', [x('a:tcBdr'), fill(style.headerFill)])]),
  ])
}
