import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import type { TreeTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import type { PlanMath, ShapePlan } from '../plan/index.js'
import { MATH_FONT } from '../plan/runs.js'
import { childElement, elementsNamed, textOf } from '../xml-tree.js'
import { linearRuns } from './math-fallback.js'
import { A14, mathRunProperties, officeMath } from './office-math.js'

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
const P14 = 'http://schemas.microsoft.com/office/powerpoint/2010/main'

/**
 * Formulas become Office Math, as PowerPoint (and pandoc) write equations:
 * each shape holding a formula becomes an `mc:AlternateContent` whose
 * `mc:Choice` is the shape with `a14:m` equations, and whose `mc:Fallback`
 * is the shape with each formula as plain text (raised and lowered runs,
 * `linearRuns`), for readers without equations. Shapes are found by name
 * (`p:cNvPr/@name` is the plan's `name`), and in a shape the formula runs
 * (pptxgenjs wrote each formula's TeX in Cambria Math) in order.
 *
 * Note: LibreOffice (7.4 and later) turns a shape holding only an equation
 * into a formula object, but drops equations inside text. So a display
 * formula's Choice requires `a14` only, which LibreOffice takes; a shape with
 * formulas in its text requires `a14 p14`, which PowerPoint 2010+ takes and
 * LibreOffice (which compares `Requires` as one string) does not, so it
 * shows the fallback text instead of losing the formulas.
 */
export const officeMathShapes: TreeTransform = {
  type: 'tree',
  name: 'office-math-shapes',
  appliesTo: isSlidePart,
  transform(tree, { path, slide }) {
    if (slide === undefined) return
    const formulas = new Map<string, PlanMath[]>()
    for (const shape of slide.shapes) {
      const found = mathOf(shape)
      if (found.length > 0) formulas.set(shape.name, found)
    }
    // The title placeholder's formulas too: PowerPoint takes equations in a title as in any text.
    const titleMath = slide.title === null ? [] : slide.title.paragraph.runs.flatMap((run) => (run.math === undefined ? [] : [run.math]))
    if (formulas.size === 0 && titleMath.length === 0) return
    for (const spTree of elementsNamed(tree, 'p:spTree')) {
      spTree.children = spTree.children.map((child) => {
        if (child.type !== 'element') return child
        if (titleMath.length > 0 && slide.title !== null && isPlaceholder(child, slide.title.type)) return alternateContent(child, titleMath.splice(0))
        const name = elementsNamed(child, 'p:cNvPr')[0]?.attributes['name']
        const math = typeof name === 'string' ? formulas.get(name) : undefined
        if (typeof name !== 'string' || math === undefined) return child
        formulas.delete(name)
        return alternateContent(child, math)
      })
    }
    if (formulas.size > 0) throw new Error(`pptx: shapes with formulas are missing from ${path}: ${[...formulas.keys()].join(', ')}.`)
    if (titleMath.length > 0) throw new Error(`pptx: the title placeholder with formulas is missing from ${path}.`)
  },
}

/** Whether `shape` is the slide's `type` placeholder (`<p:ph type="title"/>`). */
function isPlaceholder(shape: Element, type: string): boolean {
  return shape.name === 'p:sp' && elementsNamed(shape, 'p:ph').some((ph) => ph.attributes['type'] === type)
}

/** The formulas of a shape's runs, in document order. */
function mathOf(shape: ShapePlan): PlanMath[] {
  const paragraphs = shape.type === 'text' ? shape.paragraphs : shape.type === 'table' ? shape.rows.flat().map((cell) => cell.paragraph) : []
  return paragraphs.flatMap((paragraph) => paragraph.runs.flatMap((run) => (run.math === undefined ? [] : [run.math])))
}

function alternateContent(shape: Element, math: readonly PlanMath[]): Element {
  const choice = structuredClone(shape)
  replaceRuns(choice, [...math], (run, formula) => [officeMath(formula.mathml, formula.display, mathRunProperties(childElement(run, 'a:rPr')))])
  replaceRuns(shape, [...math], fallbackRuns)
  const displayOnly = math.every((formula) => formula.display)
  const requires = displayOnly ? { 'xmlns:a14': A14, Requires: 'a14' } : { 'xmlns:a14': A14, 'xmlns:p14': P14, Requires: 'a14 p14' }
  return x('mc:AlternateContent', { 'xmlns:mc': MC }, x('mc:Choice', requires, choice), x('mc:Fallback', {}, shape))
}

/** Replaces each formula run below `node` (in order, one per formula of `queue`) with what `replace` makes of it. */
function replaceRuns(node: Element, queue: PlanMath[], replace: (run: Element, formula: PlanMath) => Element[]): void {
  const walk = (parent: Element): void => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child]
      if (child.name === 'a:r' && isMathRun(child)) {
        const formula = queue.shift()
        const t = childElement(child, 'a:t')
        const text = t === undefined ? '' : textOf(t)
        if (formula === undefined || text !== formula.tex) throw new Error(`pptx: the formula run ${JSON.stringify(text)} does not match the plan.`)
        return replace(child, formula)
      }
      walk(child)
      return [child]
    })
  }
  walk(node)
  if (queue.length > 0) throw new Error(`pptx: ${queue.length} formula runs were not found in their shape.`)
}

/** The formula as text runs in the surrounding font, sub- and superscripts shifted as PowerPoint shifts them. */
function fallbackRuns(run: Element, formula: PlanMath): Element[] {
  return linearRuns(formula.mathml).map((piece) => {
    const copy = structuredClone(run)
    const properties = childElement(copy, 'a:rPr')
    if (properties !== undefined) {
      if (piece.baseline !== null) properties.attributes['baseline'] = piece.baseline === 'super' ? '30000' : '-25000'
      const latin = childElement(properties, 'a:latin')
      if (latin !== undefined) latin.attributes['typeface'] = formula.font
    }
    const t = childElement(copy, 'a:t')
    if (t !== undefined) t.children = [{ type: 'text', value: piece.text }]
    return copy
  })
}

function isMathRun(run: Element): boolean {
  const properties = childElement(run, 'a:rPr')
  return properties !== undefined && childElement(properties, 'a:latin')?.attributes['typeface'] === MATH_FONT
}
