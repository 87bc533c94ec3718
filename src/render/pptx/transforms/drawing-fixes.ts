import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import type { PartTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import type { PlanBox } from '../plan/index.js'
import { NO_BULLET_SCHEME } from '../write-pptx.js'
import { childElement, elementsNamed } from '../xml-tree.js'
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
export const drawingFixes: PartTransform = {
  name: 'drawing-fixes',
  appliesTo: isSlidePart,
  transform(tree, { path, slide }) {
    if (slide === undefined) throw new Error(`pptx post-process: ${path} is not in the plan.`)
    for (const paragraph of elementsNamed(tree, 'a:p')) {
      oneParagraphProperties(paragraph)
      bulletFont(paragraph)
    }
    for (const body of elementsNamed(tree, 'p:txBody')) {
      // Shapes with a list style of their own (the footer, date and number placeholders) keep their layout's fit.
      const style = childElement(body, 'a:lstStyle')
      if (style !== undefined && style.children.length > 0) continue
      const properties = childElement(body, 'a:bodyPr')
      if (properties !== undefined && properties.children.length === 0) properties.children.push(x('a:noAutofit'))
    }
    let next = 0
    for (const properties of elementsNamed(tree, 'p:cNvPr')) properties.attributes.id = String(++next)
    for (const placeholder of elementsNamed(tree, 'p:ph')) if (placeholder.attributes.hasCustomPrompt === '1') delete placeholder.attributes.hasCustomPrompt
    if (slide.title !== null) placeTitle(elementsNamed(tree, 'p:sp'), slide.title.box)
  },
}

/** Keeps a paragraph's first `<a:pPr>`, and makes the no-bullet scheme a plain indent. */
function oneParagraphProperties(paragraph: Element): void {
  let first: Element | undefined
  paragraph.children = paragraph.children.filter((child) => {
    if (child.type !== 'element' || child.name !== 'a:pPr') return true
    if (first !== undefined) return false
    first = child
    return true
  })
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

/** A bullet character without a font gets the font of the paragraph's first run. */
function bulletFont(paragraph: Element): void {
  const properties = childElement(paragraph, 'a:pPr')
  if (properties === undefined) return
  const char = childElement(properties, 'a:buChar')
  if (char === undefined || childElement(properties, 'a:buFont') !== undefined) return
  const typeface = elementsNamed(paragraph, 'a:latin')[0]?.attributes.typeface
  if (typeof typeface !== 'string') return
  properties.children.splice(properties.children.indexOf(char), 0, x('a:buFont', { typeface }))
}

/** Moves the title placeholder to `box` (pptxgenjs copies the layout's box, but a slide's title may be taller). */
function placeTitle(shapes: readonly Element[], box: PlanBox): void {
  const shape = shapes.find(isTitlePlaceholder)
  const transform = shape === undefined ? undefined : elementsNamed(shape, 'a:xfrm')[0]
  const offset = transform === undefined ? undefined : childElement(transform, 'a:off')
  const extent = transform === undefined ? undefined : childElement(transform, 'a:ext')
  if (offset === undefined || extent === undefined) throw new Error('pptx post-process: slide has a title but no title placeholder shape.')
  const emu = (points: number): string => String(Math.round(points * 12700))
  offset.attributes = { ...offset.attributes, x: emu(box.x), y: emu(box.y) }
  extent.attributes = { ...extent.attributes, cx: emu(box.w), cy: emu(box.h) }
}

