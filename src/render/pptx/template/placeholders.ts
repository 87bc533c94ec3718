import type { Element } from 'xast'
import { childElement, childElements, elementsNamed } from '../xml-tree.js'
import type { TemplateTarget } from './on-template.js'

type Spec = TemplateTarget['slides'][number]

/**
 * Points a slide's placeholders at its template layout's: the title at the
 * layout's title type (`ctrTitle` on a title slide), body placeholders, in
 * order, at the layout's body placeholders (one each, while there are any;
 * the rest become text boxes again), the footer, date and slide number at
 * the layout's own `idx`. Boxes and formatting stay as layar measured them.
 *
 * Note: LibreOffice Impress writes a Two Content layout's two columns as
 * placeholders of the same type and `idx` (`<p:ph/>` twice); each column
 * names them in turn, as written, so both stay body placeholders (the layout's
 * bodies come ordered left to right, see `themeFromTemplate`).
 */
export function templatePlaceholders(root: Element, spec: Spec): void {
  const tree = childElement(childElement(root, 'p:cSld') ?? root, 'p:spTree')
  if (tree === undefined) return
  const bodies = spec.bodies
  let next = 0
  for (const shape of childElements(tree).filter((child) => child.name === 'p:sp')) {
    const nv = childElement(shape, 'p:nvSpPr')
    const nvPr = nv === undefined ? undefined : childElement(nv, 'p:nvPr')
    const ph = nvPr === undefined ? undefined : childElement(nvPr, 'p:ph')
    if (nv === undefined || nvPr === undefined || ph === undefined) continue
    const type = String(ph.attributes.type ?? 'obj')
    if (type === 'title' || type === 'ctrTitle') {
      if (spec.title !== null) ph.attributes = { type: spec.title }
      continue
    }
    const target = ['dt', 'ftr', 'sldNum'].includes(type) ? spec.fields.find((field) => field.type === type) : bodies[next++]
    if (target !== undefined) ph.attributes = { type: target.type, ...(target.idx === 0 ? {} : { idx: String(target.idx) }) }
    else unplace(nv, nvPr)
  }
  // A template's styles may set capitals (`cap="all"` on Section Header titles): text is drawn as written and measured.
  for (const run of [...elementsNamed(tree, 'a:rPr'), ...elementsNamed(tree, 'a:endParaRPr')]) run.attributes.cap ??= 'none'
}

/** A placeholder the layout has no counterpart for becomes a text box, as drawn. */
function unplace(nv: Element, nvPr: Element): void {
  nvPr.children = nvPr.children.filter((child) => !(child.type === 'element' && child.name === 'p:ph'))
  const cNvSpPr = childElement(nv, 'p:cNvSpPr')
  if (cNvSpPr !== undefined) {
    cNvSpPr.attributes = { txBox: '1' }
    cNvSpPr.children = []
  }
}

