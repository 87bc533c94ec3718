import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import type { PartTransform } from '../part-transforms.js'
import { isSlidePart, partNumber } from '../part-paths.js'
import type { PlanMath, ShapePlan } from '../plan/index.js'
import { MATH_FONT } from '../plan/runs.js'
import { childElement, elementsNamed, textOf } from '../xml-tree.js'
import { A14, mathRunProperties, officeMath } from './office-math.js'

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/**
 * Formulas become Office Math, as PowerPoint (and pandoc) write equations:
 * each shape holding a formula becomes an `mc:AlternateContent` whose
 * `mc:Choice Requires="a14"` is the shape with `a14:m` equations, and whose
 * `mc:Fallback` is the shape as pptxgenjs wrote it, each formula's TeX in
 * Cambria Math, for readers without equations. Shapes are found by name
 * (`p:cNvPr/@name` is the plan's `name`), and in a shape the formula runs
 * by their font, in order; each must hold its formula's TeX.
 */
export const officeMathShapes: PartTransform = {
  name: 'office-math-shapes',
  appliesTo: isSlidePart,
  transform(tree, { path, plan }) {
    const slide = plan.slides[(partNumber(path) ?? 0) - 1]
    if (slide === undefined) return
    const formulas = new Map<string, PlanMath[]>()
    for (const shape of slide.shapes) {
      const found = mathOf(shape)
      if (found.length > 0) formulas.set(shape.name, found)
    }
    if (formulas.size === 0) return
    for (const spTree of elementsNamed(tree, 'p:spTree')) {
      spTree.children = spTree.children.map((child) => {
        if (child.type !== 'element') return child
        const name = elementsNamed(child, 'p:cNvPr')[0]?.attributes['name']
        const math = typeof name === 'string' ? formulas.get(name) : undefined
        if (typeof name !== 'string' || math === undefined) return child
        formulas.delete(name)
        return alternateContent(child, math)
      })
    }
    if (formulas.size > 0) throw new Error(`pptx: shapes with formulas are missing from ${path}: ${[...formulas.keys()].join(', ')}.`)
  },
}

/** The formulas of a shape's runs, in document order. */
function mathOf(shape: ShapePlan): PlanMath[] {
  const paragraphs = shape.type === 'text' ? shape.paragraphs : shape.type === 'table' ? shape.rows.flat().map((cell) => cell.paragraph) : []
  return paragraphs.flatMap((paragraph) => paragraph.runs.flatMap((run) => (run.math === undefined ? [] : [run.math])))
}

function alternateContent(shape: Element, math: readonly PlanMath[]): Element {
  const choice = structuredClone(shape)
  const queue = [...math]
  replaceRuns(choice, queue)
  if (queue.length > 0) throw new Error(`pptx: ${queue.length} formula runs were not found in their shape.`)
  return x('mc:AlternateContent', { 'xmlns:mc': MC }, x('mc:Choice', { 'xmlns:a14': A14, Requires: 'a14' }, choice), x('mc:Fallback', {}, shape))
}

/** Replaces the formula runs below `node` with `a14:m`, taking their formulas from `queue` in order. */
function replaceRuns(node: Element, queue: PlanMath[]): void {
  node.children = node.children.map((child): ElementContent => {
    if (child.type !== 'element') return child
    if (child.name === 'a:r' && isMathRun(child)) {
      const math = queue.shift()
      const t = childElement(child, 'a:t')
      const text = t === undefined ? '' : textOf(t)
      if (math === undefined || text !== math.tex) throw new Error(`pptx: the formula run ${JSON.stringify(text)} does not match the plan.`)
      return officeMath(math.mathml, math.display, mathRunProperties(childElement(child, 'a:rPr')))
    }
    replaceRuns(child, queue)
    return child
  })
}

function isMathRun(run: Element): boolean {
  const properties = childElement(run, 'a:rPr')
  return properties !== undefined && childElement(properties, 'a:latin')?.attributes['typeface'] === MATH_FONT
}
