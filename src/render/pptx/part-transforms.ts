import type { Element, Root } from 'xast'
import type { Parts } from './dedupe-media.js'
import { partNumber } from './part-paths.js'
import type { PptxPlan, SlidePlan, ThemeScheme } from './plan/index.js'
import { createXmlNames, parseXmlPart, serializeXmlPart, type ScannedNames } from './xml-tree.js'
import { runSteps } from './element-walk.js'
import { MAX_REMEMBERED, samePlain, sameSlides, type CachedPart, type PartCache } from './part-cache.js'

export { createPartCache, type PartCache } from './part-cache.js'

/**
 * What a part transform may read besides the tree it changes: nothing else of
 * the plan, so a part whose text and context are unchanged transforms to the
 * same text (`PartCache` relies on it).
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
 * deterministic: the part cache reuses its output for the same input.
 *
 * Most transforms look for a few element names (`ElementTransform`): the
 * pipeline walks a part once for a run of them and hands each element to
 * those that asked for its name (`walkElements`), rather than each walking
 * the whole part for its own (a slide was walked some twenty times).
 * A transform that rearranges the part as a whole is a `TreeTransform`.
 */
export type PartTransform = TreeTransform | ElementTransform

/** What every transform says about itself. */
interface TransformBase {
  /** A short name for errors and tests. */
  name: string
  /** Whether the transform changes the part at `path`. */
  appliesTo(path: string): boolean
}

/** A transform that takes the whole tree. */
export interface TreeTransform extends TransformBase {
  type: 'tree'
  /** Changes the part's tree in place. */
  transform(tree: Root, context: PartContext): void
}

/**
 * A transform that changes elements of a few names, each where it stands.
 * Its visitor sees every element of `names` in document order, an element
 * before the elements inside it, and after the earlier transforms have
 * handled the element itself and its ancestors (not yet its descendants).
 * So a visitor may change an element and what is inside it, never its
 * siblings or ancestors; what it reads inside the element must be something
 * no earlier transform of the same walk changes. Elements it adds inside are
 * visited too, by every transform of the walk, the earlier ones included: it
 * may only add elements those leave as they are (`table-flags` adds
 * `a:tblPr` after `deck-lang`, which changes only `lang` attributes).
 */
export interface ElementTransform extends TransformBase {
  type: 'elements'
  /** The element names it visits (`'*'`: every element). */
  names: readonly string[]
  /**
   * It reads, inside the elements it visits, what the transforms before it
   * change: it starts a walk of its own, after theirs is done. (The slide's
   * placeholders take the shape tree as `drawing-fixes` left it.)
   */
  startsWalk?: true
  /** Its visitor for one part, or null when it changes nothing there. */
  start(context: PartContext): ElementVisitor | null
}

/** One transform's work in one part (`ElementTransform`). */
export interface ElementVisitor {
  /** Called with each element of the transform's `names`, in document order. */
  visit(element: Element): void
  /** Called after the walk: e.g. to fail when an element the part must hold was not there. */
  done?(): void
}

/**
 * Runs `transforms` over every XML part of `parts` they apply to (parts are
 * changed in place).
 *
 * @param parts the package's parts, XML as text
 * @param plan the plan the package was drawn from
 * @param transforms the pipeline, in the order its steps run
 * @param cache the previous package's transformed parts, reused where the input is unchanged and replaced by this package's; default: none
 * @param settled called with each XML part's text as the transforms leave it (changed or not), as soon as it is (the zip compresses it meanwhile)
 */
export function applyPartTransforms(
  parts: Parts,
  plan: PptxPlan,
  transforms: readonly PartTransform[],
  cache?: PartCache,
  settled?: (path: string, text: string) => void,
): void {
  const lang = plan.meta.lang
  const scheme = plan.scheme
  const made = cache?.made ?? null
  const previous = cache !== undefined && made !== null && made.transforms === transforms && made.lang === lang && samePlain(made.scheme, scheme) ? cache.entries : null
  const sameSlide = sameSlides()
  // Nothing is kept without a cache, nor once the package is too large to keep: holding every part's raw and written text would only hold memory.
  let next: Map<string, CachedPart> | null = cache === undefined ? null : new Map()
  const transformed: string[] = []
  let size = 0
  // The names of the package's parts, read and written once each (see `ScannedNames`, `XmlNames`).
  const scanned: ScannedNames = new Map()
  const names = createXmlNames()
  for (const [path, raw] of parts) {
    if (typeof raw !== 'string') continue
    const steps = transforms.filter((step) => step.appliesTo(path))
    if (steps.length === 0) {
      settled?.(path, raw)
      continue
    }
    const slide = slideOf(plan, path)
    const known = previous?.get(path)
    let text: string
    if (known !== undefined && known.raw === raw && sameSlide(known.slide, slide)) text = known.text
    else {
      const tree = parseXmlPart(raw, scanned)
      runSteps(tree, steps, { path, slide, lang, scheme })
      text = serializeXmlPart(tree, names)
      transformed.push(path)
    }
    parts.set(path, text)
    settled?.(path, text)
    size += raw.length + text.length
    if (size > MAX_REMEMBERED) next = null
    next?.set(path, { raw, slide, text })
  }
  if (cache === undefined) return
  cache.made = { transforms, lang, scheme }
  cache.entries = next ?? new Map()
  cache.transformed = transformed
}

/** The slide a slide or notes slide part draws. */
function slideOf(plan: PptxPlan, path: string): SlidePlan | undefined {
  const number = partNumber(path)
  return number === null ? undefined : plan.slides[number - 1]
}
