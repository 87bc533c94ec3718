import type { Root } from 'xast'
import type { Parts } from './dedupe-media.js'
import type { PptxPlan } from './plan/index.js'
import { parseXmlPart, serializeXmlPart } from './xml-tree.js'

/** What a part transform may read besides the tree it changes. */
export interface PartContext {
  /** The part's path in the package, e.g. `ppt/slides/slide3.xml`. */
  path: string
  /** The plan the package was drawn from. */
  plan: PptxPlan
}

/**
 * One change to the parsed XML parts of the package pptxgenjs wrote: which
 * parts it applies to, and what it does to each part's tree (in place).
 * Transforms never see serialised XML; the pipeline parses a part once, runs
 * every transform that applies, in list order, and serialises it once.
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
    for (const step of steps) step.transform(tree, { path, plan })
    parts.set(path, serializeXmlPart(tree))
  }
}
