import type { ShapePlan, SlidePlan } from './types.js'

/**
 * What appears on one click: a shape as a whole (`paragraph` null), or one
 * paragraph of a text shape (its 0-based index in the shape's paragraphs).
 */
export interface ClickTarget {
  /** The shape's name (`ShapePlan.name`, unique on its slide). */
  shape: string
  paragraph: number | null
}

/**
 * The slide's clicks in order, each with what it shows, in reading order, as
 * layout decided them (`Frame.step`, `ListItem.step`): a shape whose text all
 * appears on one click appears whole (its fill and border with it); a text
 * shape whose paragraphs appear on different clicks (an incremental list)
 * appears paragraph by paragraph, and its paragraphs shown on entry need no
 * click. Empty for a slide without builds.
 *
 * @param slide the slide's plan
 */
export function slideClicks(slide: SlidePlan): ClickTarget[][] {
  const byClick = new Map<number, ClickTarget[]>()
  const add = (click: number, target: ClickTarget): void => {
    if (click <= 0) return
    const targets = byClick.get(click)
    if (targets === undefined) byClick.set(click, [target])
    else targets.push(target)
  }
  for (const shape of slide.shapes) {
    const steps = paragraphSteps(shape)
    const first = steps[0] ?? shape.step ?? 0
    if (steps.every((step) => step === first)) add(first, { shape: shape.name, paragraph: null })
    else steps.forEach((step, paragraph) => add(step, { shape: shape.name, paragraph }))
  }
  return [...byClick.keys()].sort((a, b) => a - b).map((click) => byClick.get(click) ?? [])
}

/** The click of each paragraph of a text shape (0: on entry); none for other shapes. */
function paragraphSteps(shape: ShapePlan): number[] {
  if (shape.type !== 'text') return []
  return shape.paragraphs.map((paragraph) => paragraph.step ?? shape.step ?? 0)
}
