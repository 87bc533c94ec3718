import type { Root } from 'xast'
import type { Parts } from './dedupe-media.js'
import { partNumber } from './part-paths.js'
import type { PptxPlan, SlidePlan, ThemeScheme } from './plan/index.js'
import { parseXmlPart, serializeXmlPart } from './xml-tree.js'

/**
 * What a part transform may read besides the tree it changes: nothing else of
 * the plan, so a part whose text and context are unchanged transforms to the
 * same text.
 */
export interface PartContext {
  /** The part's path in the package, e.g. `ppt/slides/slide3.xml`. */
  path: string
  /** The plan of the slide a slide or notes slide part draws (`slideN`, `notesSlideN`); undefined for other parts. */
  slide: SlidePlan | undefined
  /** The deck's locale (`PlanMeta.lang`). */
  lang: string
  /** The package's theme: colours, fonts, table style. */
  scheme: ThemeScheme
}

/**
 * One change to the parsed XML parts of the package pptxgenjs wrote: which
 * parts it applies to, and what it does to each part's tree (in place).
 * Transforms never see serialised XML; the pipeline parses a part once, runs
 * every transform that applies, in list order, and serialises it once.
 * Note: a transform reads only its tree and its `PartContext`, and is
 * deterministic.
 */
export interface PartTransform {
  /** A short name for errors and tests. */
  name: string
  /** Whether the transform changes the part at `path`. */
  appliesTo(path: string): boolean
  /** Changes the part's tree in place. */
  transform(tree: Root, context: PartContext): void
}

/**
 * Runs `transforms` over every XML part of `parts` they apply to (parts are
 * changed in place).
 *
 * @param parts the package's parts, XML as text
 * @param plan the plan the package was drawn from
 * @param transforms the pipeline, in the order its steps run
 */
export function applyPartTransforms(parts: Parts, plan: PptxPlan, transforms: readonly PartTransform[]): void {
  for (const [path, content] of parts) {
    if (typeof content !== 'string') continue
    const steps = transforms.filter((step) => step.appliesTo(path))
    if (steps.length === 0) continue
    const tree = parseXmlPart(content)
    const context: PartContext = { path, slide: slideOf(plan, path), lang: plan.meta.lang, scheme: plan.scheme }
    for (const step of steps) step.transform(tree, context)
    parts.set(path, serializeXmlPart(tree))
  }
}

/** The slide a slide or notes slide part draws. */
function slideOf(plan: PptxPlan, path: string): SlidePlan | undefined {
  const number = partNumber(path)
  return number === null ? undefined : plan.slides[number - 1]
}
