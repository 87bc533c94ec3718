import { FRAGMENT_STYLES, type FragmentStyle, type PowerPointEffect } from '../../../model/index.js'
import type { ShapePlan, SlidePlan } from './types.js'

/**
 * What one click does to one thing: a shape as a whole (`paragraph` null),
 * or one paragraph of a text shape (its 0-based index in the shape's
 * paragraphs), with PowerPoint's effect for the build's fragment style.
 */
export interface ClickTarget {
  /** The shape's name (`ShapePlan.name`, unique on its slide). */
  shape: string
  paragraph: number | null
  /** Never `none`: a build PowerPoint cannot draw has no target (its content is shown from the start). */
  effect: Exclude<PowerPointEffect, { type: 'none' }>
}

/** A build: the click it plays on (0: shown on entry) and its fragment style. */
interface Build {
  click: number
  fragment: FragmentStyle | undefined
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
  const add = (build: Build, shape: string, paragraph: number | null): void => {
    const effect = effectOf(build.fragment)
    if (build.click <= 0 || effect.type === 'none') return
    const target = { shape, paragraph, effect }
    const targets = byClick.get(build.click)
    if (targets === undefined) byClick.set(build.click, [target])
    else targets.push(target)
  }
  for (const shape of slide.shapes) {
    const builds = paragraphBuilds(shape)
    const first = builds[0] ?? { click: shape.step ?? 0, fragment: shape.fragment }
    if (builds.every((build) => build.click === first.click && build.fragment === first.fragment)) add(first, shape.name, null)
    else builds.forEach((build, paragraph) => add(build, shape.name, paragraph))
  }
  return [...byClick.keys()].sort((a, b) => a - b).map((click) => byClick.get(click) ?? [])
}

/** PowerPoint's effect for a fragment style ("Appear" for the plain `.fragment` and pauses). */
function effectOf(fragment: FragmentStyle | undefined): PowerPointEffect {
  return fragment === undefined ? { type: 'appear' } : FRAGMENT_STYLES[fragment].powerpoint
}

/** The build of each paragraph of a text shape; none for other shapes. */
function paragraphBuilds(shape: ShapePlan): Build[] {
  if (shape.type !== 'text') return []
  return shape.paragraphs.map((paragraph) =>
    paragraph.step === undefined ? { click: shape.step ?? 0, fragment: shape.fragment } : { click: paragraph.step, fragment: paragraph.fragment },
  )
}
