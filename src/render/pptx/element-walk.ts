import type { Element, Root } from 'xast'
import type { ElementTransform, ElementVisitor, PartContext, PartTransform } from './part-transforms.js'
import { eachElement } from './xml-tree.js'

/**
 * Runs a part's transforms over its tree in list order: a tree transform on
 * its own, and each run of element transforms in one walk of the part
 * (`walkElements`).
 *
 * @param steps the transforms that apply to the part, in list order
 */
export function runSteps(tree: Root, steps: readonly PartTransform[], context: PartContext): void {
  let run: ElementTransform[] = []
  for (const step of steps) {
    if (step.type === 'elements' && (step.startsWalk !== true || run.length === 0)) {
      run.push(step)
      continue
    }
    if (run.length > 0) walkElements(tree, run, context)
    run = []
    if (step.type === 'elements') run.push(step)
    else step.transform(tree, context)
  }
  if (run.length > 0) walkElements(tree, run, context)
}

/** One transform's visitor, with its place in the run (`VisitorTable`). */
interface Slot {
  order: number
  visitor: ElementVisitor
}

/**
 * Who visits an element of a name: the visitors that asked for the name or
 * for every element (`'*'`), in the order of their transforms. `every` is
 * the list for the names nobody asked for.
 */
interface VisitorTable {
  named: Map<string, Slot[]>
  every: Slot[]
}

/**
 * Walks the part once and hands each element, in document order, to the
 * visitors of `transforms` that asked for its name, in list order: the same
 * result as running each over the whole part in turn, for visitors that keep
 * to the rule of `ElementTransform` (an element's own changes and what is
 * inside it). A visitor that renames an element (`a:srgbClr` to
 * `a:schemeClr`) hands it on under its new name. Then each visitor's `done`.
 */
export function walkElements(tree: Root, transforms: readonly ElementTransform[], context: PartContext): void {
  const slots: Slot[] = []
  transforms.forEach((transform, order) => {
    const visitor = transform.start(context)
    if (visitor !== null) slots.push({ order, visitor })
  })
  if (slots.length === 0) return
  const table = visitorTable(slots, transforms)
  // `eachElement` reads an element's children after visiting it, so a visitor may replace them.
  eachElement(tree, (element) => visit(element, table))
  for (const { visitor } of slots) visitor.done?.()
}

function visitorTable(slots: readonly Slot[], transforms: readonly ElementTransform[]): VisitorTable {
  const every = slots.filter((slot) => transforms[slot.order]?.names.includes('*'))
  const named = new Map<string, Slot[]>()
  for (const slot of slots) {
    for (const name of transforms[slot.order]?.names ?? []) {
      if (name === '*' || named.has(name)) continue
      named.set(name, slots.filter((other) => every.includes(other) || transforms[other.order]?.names.includes(name)))
    }
  }
  return { named, every }
}

function visit(element: Element, table: VisitorTable): void {
  let name = element.name
  let slots = table.named.get(name) ?? table.every
  for (let index = 0; index < slots.length; index++) {
    const slot = slots[index] as Slot
    slot.visitor.visit(element)
    if (element.name === name) continue
    // Renamed: the later transforms see it under its new name, as they would have had they run one after another.
    name = element.name
    slots = table.named.get(name) ?? table.every
    index = slots.findIndex((later) => later.order > slot.order) - 1
    if (index < -1) return
  }
}
