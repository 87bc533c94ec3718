import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import type { ElementTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import type { PlanBox } from '../plan/index.js'
import { NO_BULLET_SCHEME } from '../write-pptx.js'
import { childElement, firstNamed } from '../xml-tree.js'
import { isTitlePlaceholder } from './theme-fonts.js'

/**
 * What every slide pptxgenjs wrote needs before the other transforms: one
 * `<a:pPr>` per paragraph (pptxgenjs writes one before every run), the
 * no-bullet indent scheme (`NO_BULLET_SCHEME`) as `<a:buNone/>` without a
 * hanging indent, bullets in their paragraph's font (LibreOffice otherwise
 * draws them in its symbol font, smaller and raised), explicit
 * `<a:noAutofit/>` in text boxes (layout decided the fit), shape ids 1, 2,
 * 3… in document order (pptxgenjs reuses some), no custom-prompt flag on
 * placeholders, and the title placeholder at the slide's own title box.
 */
export const drawingFixes: ElementTransform = {
  type: 'elements',
  name: 'drawing-fixes',
  appliesTo: isSlidePart,
  names: ['a:p', 'p:txBody', 'p:cNvPr', 'p:ph', 'p:sp'],
  start({ path, slide }) {
    if (slide === undefined) throw new Error(`pptx post-process: ${path} is not in the plan.`)
    const title = slide.title
    let nextId = 0
    let titlePlaced = false
    return {
      visit(element) {
        switch (element.name) {
          case 'a:p':
            oneParagraphProperties(element)
            bulletFont(element)
            return
          case 'p:txBody':
            explicitNoAutofit(element)
            return
          case 'p:cNvPr':
            element.attributes.id = String(++nextId)
            return
          case 'p:ph':
            if (element.attributes.hasCustomPrompt === '1') delete element.attributes.hasCustomPrompt
            return
          case 'p:sp':
            // The first title placeholder of the slide.
            if (title === null || titlePlaced || !isTitlePlaceholder(element)) return
            placeTitle(element, title.box)
            titlePlaced = true
        }
      },
      done() {
        if (title !== null && !titlePlaced) throw new Error(noTitleShape)
      },
    }
  },
}

const noTitleShape = 'pptx post-process: slide has a title but no title placeholder shape.'

/** Text boxes get an explicit `<a:noAutofit/>`; shapes with a list style of their own (the footer, date and number placeholders) keep their layout's fit. */
function explicitNoAutofit(body: Element): void {
  const style = childElement(body, 'a:lstStyle')
  if (style !== undefined && style.children.length > 0) return
  const properties = childElement(body, 'a:bodyPr')
  if (properties !== undefined && properties.children.length === 0) properties.children.push(x('a:noAutofit'))
}

/** Keeps a paragraph's first `<a:pPr>`, and makes the no-bullet scheme a plain indent. */
function oneParagraphProperties(paragraph: Element): void {
  const first = firstProperties(paragraph)
  if (first === undefined) return
  const children = first.children
  const at = children.findIndex((child) => child.type === 'element' && child.name === 'a:buAutoNum' && child.attributes.type === NO_BULLET_SCHEME)
  if (at === -1) return
  if (first.attributes.indent !== undefined) first.attributes.indent = '0'
  const size = children[at - 2]
  const font = children[at - 1]
  const isElement = (node: ElementContent | undefined, name: string): boolean => node?.type === 'element' && node.name === name
  // pptxgenjs writes the scheme as buSzPct, buFont +mj-lt, buAutoNum: all three become one buNone.
  if (isElement(size, 'a:buSzPct') && isElement(font, 'a:buFont')) children.splice(at - 2, 3, x('a:buNone'))
}

/**
 * The paragraph's first `<a:pPr>`, the later ones dropped (pptxgenjs writes
 * one before every run). The children are copied only when there is one to
 * drop: a paragraph of thousands of runs is filtered once, the others not at all.
 */
function firstProperties(paragraph: Element): Element | undefined {
  const children = paragraph.children
  let first: Element | undefined
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as ElementContent
    if (child.type !== 'element' || child.name !== 'a:pPr') continue
    if (first !== undefined) {
      paragraph.children = children.filter((other) => other === first || other.type !== 'element' || other.name !== 'a:pPr')
      return first
    }
    first = child
  }
  return first
}

/** A bullet character without a font gets the font of the paragraph's first run. */
function bulletFont(paragraph: Element): void {
  const properties = childElement(paragraph, 'a:pPr')
  if (properties === undefined) return
  const char = childElement(properties, 'a:buChar')
  if (char === undefined || childElement(properties, 'a:buFont') !== undefined) return
  const typeface = firstNamed(paragraph, 'a:latin')?.attributes.typeface
  if (typeof typeface !== 'string') return
  properties.children.splice(properties.children.indexOf(char), 0, x('a:buFont', { typeface }))
}

/** Moves the title placeholder to `box` (pptxgenjs copies the layout's box, but a slide's title may be taller). */
function placeTitle(shape: Element, box: PlanBox): void {
  const transform = firstNamed(shape, 'a:xfrm')
  const offset = transform === undefined ? undefined : childElement(transform, 'a:off')
  const extent = transform === undefined ? undefined : childElement(transform, 'a:ext')
  if (offset === undefined || extent === undefined) throw new Error(noTitleShape)
  const emu = (points: number): string => String(Math.round(points * 12700))
  offset.attributes = { ...offset.attributes, x: emu(box.x), y: emu(box.y) }
  extent.attributes = { ...extent.attributes, cx: emu(box.w), cy: emu(box.h) }
}

