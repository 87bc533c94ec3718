import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import type { ElementTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import type { ChromeLine, SlideObjectPlaceholder, SlidePlaceholder, SlidePlan } from '../plan/index.js'
import { bodyProperties, placeholderReference, runProperties, xfrm } from '../master-shapes.js'
import { childElement, childElements, eachElement, elementsNamed } from '../xml-tree.js'

/**
 * Slides fill their layout's placeholders, as a hand-made deck does: the
 * title in `title` (`ctrTitle` on the title slide), body text in the content
 * or body placeholder the plan chose (`SlidePlaceholder`), the subtitle in
 * `subTitle`, the footer in `ftr` and the number in `sldNum`, and a table or
 * picture the plan put in a content or picture placeholder becomes one
 * (`<p:ph idx>` / `<p:ph type="pic" idx>`, as PowerPoint writes them). Every shape
 * keeps its own box (`<a:xfrm>`) and formatting, so the slide draws as
 * before; paragraphs get an explicit zero `spcBef` and their `spcAft`, so
 * nothing of the master's body style (meant for text a user adds) changes them.
 */
export const slidePlaceholders: ElementTransform = {
  type: 'elements',
  name: 'slide-placeholders',
  appliesTo: isSlidePart,
  names: ['p:spTree'],
  startsWalk: true,
  start({ path, slide, lang }) {
    if (slide === undefined) throw new Error(`pptx: ${path} is not in the plan.`)
    let filled = false
    return {
      visit(spTree) {
        // The slide's shape tree is its first.
        if (filled) return
        fillShapeTree(spTree, slide, path, lang)
        filled = true
      },
      done() {
        if (!filled) throw new Error(`pptx: ${path} has no shape tree.`)
      },
    }
  },
}

function fillShapeTree(spTree: Element, slide: SlidePlan, path: string, lang: string): void {
  for (const shape of spTree.children) {
    if (shape.type !== 'element' || shape.name !== 'p:sp') continue
    const ph = placeholderOf(shape)
    if (ph?.attributes.type === 'title' && slide.title !== null) ph.attributes = { type: slide.title.type }
    else if (ph?.attributes.type === 'sldNum') ph.attributes = placeholderReference('sldNum', 12).attributes
  }
  for (const planned of slide.shapes) {
    if (planned.placeholder === null) continue
    if (planned.type !== 'text') {
      const frame = objectNamed(spTree, planned.type === 'table' ? 'p:graphicFrame' : 'p:pic', planned.name)
      if (frame === undefined) throw new Error(`pptx: ${path} has no ${planned.type} ${planned.name} to put in a placeholder.`)
      fillObjectPlaceholder(frame, planned.placeholder)
      continue
    }
    const shape = textBoxNamed(spTree, planned.name)
    if (shape === undefined) throw new Error(`pptx: ${path} has no text box ${planned.name} to put in a placeholder.`)
    fillPlaceholder(shape, planned.placeholder)
  }
  if (slide.footer !== null) {
    const number = childElements(spTree).findIndex((child) => placeholderOf(child)?.attributes.type === 'sldNum')
    const footer = footerShape(nextShapeId(spTree), slide.footer, lang)
    spTree.children.splice(number === -1 ? spTree.children.length : number, 0, footer)
  }
}

/** The `<p:ph>` of a shape, if it is a placeholder. */
function placeholderOf(shape: Element): Element | undefined {
  const nv = childElement(shape, 'p:nvSpPr')
  const app = nv === undefined ? undefined : childElement(nv, 'p:nvPr')
  return app === undefined ? undefined : childElement(app, 'p:ph')
}

function textBoxNamed(spTree: Element, name: string): Element | undefined {
  return childElements(spTree).find((shape) => {
    const nv = shape.name === 'p:sp' ? childElement(shape, 'p:nvSpPr') : undefined
    const cNvPr = nv === undefined ? undefined : childElement(nv, 'p:cNvPr')
    const cNvSpPr = nv === undefined ? undefined : childElement(nv, 'p:cNvSpPr')
    return cNvPr?.attributes.name === name && cNvSpPr?.attributes.txBox === '1'
  })
}

/** The picture (`p:pic`) or graphic frame (`p:graphicFrame`) named `name`. */
function objectNamed(spTree: Element, kind: 'p:pic' | 'p:graphicFrame', name: string): Element | undefined {
  const nvName = kind === 'p:pic' ? 'p:nvPicPr' : 'p:nvGraphicFramePr'
  return childElements(spTree).find((shape) => {
    const nv = shape.name === kind ? childElement(shape, nvName) : undefined
    const cNvPr = nv === undefined ? undefined : childElement(nv, 'p:cNvPr')
    return cNvPr?.attributes.name === name
  })
}

/**
 * Makes a picture or table a placeholder of the slide's layout, as PowerPoint
 * writes one: `<p:ph type="pic" idx>` (or `<p:ph idx>` for a content
 * placeholder) first in its `p:nvPr`, and the grouping lock PowerPoint sets
 * on placeholders (`noGrp`); the picture keeps its aspect lock, and its box stays.
 */
function fillObjectPlaceholder(frame: Element, placeholder: SlideObjectPlaceholder): void {
  const picture = frame.name === 'p:pic'
  const nv = childElement(frame, picture ? 'p:nvPicPr' : 'p:nvGraphicFramePr')
  const locks = nv === undefined ? undefined : childElement(nv, picture ? 'p:cNvPicPr' : 'p:cNvGraphicFramePr')
  const nvPr = nv === undefined ? undefined : childElement(nv, 'p:nvPr')
  if (locks === undefined || nvPr === undefined) throw new Error(`pptx: a ${frame.name} without its non-visual properties.`)
  const lockName = picture ? 'a:picLocks' : 'a:graphicFrameLocks'
  const lock = childElement(locks, lockName)
  const rest = childElements(locks).filter((child) => child.name !== lockName)
  locks.children = [x(lockName, { noGrp: '1', ...(lock === undefined ? {} : lock.attributes) }), ...rest]
  nvPr.children = [placeholderReference(placeholder.type, placeholder.idx), ...childElements(nvPr).filter((child) => child.name !== 'p:ph')]
}

function fillPlaceholder(shape: Element, placeholder: SlidePlaceholder): void {
  const nv = childElement(shape, 'p:nvSpPr')
  const cNvSpPr = nv === undefined ? undefined : childElement(nv, 'p:cNvSpPr')
  const nvPr = nv === undefined ? undefined : childElement(nv, 'p:nvPr')
  if (cNvSpPr === undefined || nvPr === undefined) throw new Error('pptx: a text box without p:cNvSpPr/p:nvPr.')
  cNvSpPr.attributes = {}
  cNvSpPr.children = [x('a:spLocks', { noGrp: '1' })]
  nvPr.children = [placeholderReference(placeholder.type, placeholder.idx), ...childElements(nvPr).filter((child) => child.name !== 'p:ph')]
  for (const pPr of elementsNamed(shape, 'a:pPr')) explicitSpacing(pPr)
  if (placeholder.autofit) for (const fit of elementsNamed(shape, 'a:noAutofit')) fit.name = 'a:normAutofit'
}

/** Gives a paragraph an explicit `spcBef` and `spcAft` (zero where it had none), in schema order after `lnSpc`. */
function explicitSpacing(pPr: Element): void {
  if (hasExplicitSpacing(pPr)) return
  const children = childElements(pPr)
  const zero = (name: string): Element => x(name, [x('a:spcPts', { val: '0' })])
  const before = children.find((child) => child.name === 'a:spcBef') ?? zero('a:spcBef')
  const after = children.find((child) => child.name === 'a:spcAft') ?? zero('a:spcAft')
  const line = children.filter((child) => child.name === 'a:lnSpc')
  const rest = children.filter((child) => child.name !== 'a:lnSpc' && child.name !== 'a:spcBef' && child.name !== 'a:spcAft')
  pPr.children = [...line, before, after, ...rest]
}

/**
 * Whether the paragraph's properties already hold `spcBef` and `spcAft` in
 * schema order (line spacing, then before, then after, first): then
 * `explicitSpacing` would write them as they are, and is spared its arrays.
 */
function hasExplicitSpacing(pPr: Element): boolean {
  let at = 0
  const children = pPr.children
  while (at < children.length && isElementNamed(children[at], 'a:lnSpc')) at++
  if (!isElementNamed(children[at], 'a:spcBef') || !isElementNamed(children[at + 1], 'a:spcAft')) return false
  for (let index = at + 2; index < children.length; index++) {
    const child = children[index]
    if (child?.type !== 'element' || child.name === 'a:lnSpc' || child.name === 'a:spcBef' || child.name === 'a:spcAft') return false
  }
  return true
}

function isElementNamed(node: ElementContent | undefined, name: string): boolean {
  return node?.type === 'element' && node.name === name
}

/** The slide's footer placeholder (`ftr`), at the footer's measured box, on one line. */
function footerShape(id: number, footer: ChromeLine, lang: string): Element {
  const align = footer.align === 'center' ? 'ctr' : footer.align === 'right' ? 'r' : 'l'
  return x('p:sp', [
    x('p:nvSpPr', [x('p:cNvPr', { id: String(id), name: 'Footer Placeholder' }), x('p:cNvSpPr', [x('a:spLocks', { noGrp: '1' })]), x('p:nvPr', [placeholderReference('ftr', 11)])]),
    x('p:spPr', [xfrm(footer.box)]),
    x('p:txBody', [
      bodyProperties('middle', false, false),
      x('a:lstStyle'),
      x('a:p', [x('a:pPr', { marL: '0', indent: '0', algn: align }, [x('a:buNone')]), x('a:r', [runProperties('a:rPr', footer, lang, footer.text), x('a:t', footer.text)])]),
    ]),
  ])
}

/**
 * One more than the largest shape id (`p:cNvPr id`) in the shape tree, where
 * a slide's shapes and so their ids are (the largest id of the whole part).
 */
function nextShapeId(spTree: Element): number {
  let largest = 0
  eachElement(spTree, (element) => {
    if (element.name === 'p:cNvPr') largest = Math.max(largest, Number(element.attributes.id ?? 0))
  })
  return largest + 1
}
