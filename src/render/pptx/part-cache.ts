import type { MasterPartCache } from './master-parts.js'
import type { PartTransform } from './part-transforms.js'
import type { SlidePlan, ThemeScheme } from './plan/index.js'

/**
 * The transformed parts of the previous package, so a rebuild (the dev
 * server's) parses, transforms and serialises only the parts whose input
 * changed: the text pptxgenjs (or `master-parts.ts`) wrote for the part, and
 * everything its transforms may read (`PartContext`: the deck's locale and
 * theme, and a slide's or notes slide's own plan), compared in full, not by
 * a digest. Created by the caller with `createPartCache` and passed in.
 * Kept only for packages up to `MAX_REMEMBERED` characters of transformed
 * parts (a few hundred slides), like `ZipCache`: a huge deck is built once.
 * It also holds the master and layout parts layar wrote (`MasterPartCache`).
 */
export interface PartCache {
  /** The pipeline, locale and theme the entries were made with; null before the first build. */
  made: { transforms: readonly PartTransform[]; lang: string; scheme: ThemeScheme } | null
  entries: Map<string, CachedPart>
  /** The paths the last build parsed and transformed (the others were reused): what tests check. */
  transformed: string[]
  /** The master and layout parts layar wrote before the transforms (`master-parts.ts`). */
  masters: MasterPartCache
}

/** One part's input and output. */
export interface CachedPart {
  /** The text the part had before the transforms. */
  raw: string
  /** The plan of the slide the part draws (slides and notes slides). */
  slide: SlidePlan | undefined
  /** The text the transforms made of it. */
  text: string
}

/** An empty part cache. */
export function createPartCache(): PartCache {
  return { made: null, entries: new Map(), transformed: [], masters: { written: null } }
}

/**
 * The largest package (in characters of its parts) whose parts the rebuild caches keep
 * (`PartCache`, `DrawnSlideCache`, `ZipCache`): a few hundred slides. A larger deck is
 * built once, and keeping its parts would only hold memory.
 */
export const MAX_REMEMBERED = 5_000_000

/** Compares a previous build's slide plan with this build's, each pair once (a slide's part and its notes part ask twice). */
export function sameSlides(): (before: SlidePlan | undefined, now: SlidePlan | undefined) => boolean {
  const found = new Map<SlidePlan, SlidePlan>()
  return (before, now) => {
    if (before === undefined || now === undefined) return before === now
    if (found.get(before) === now) return true
    const same = samePlain(before, now)
    if (same) found.set(before, now)
    return same
  }
}

/**
 * Whether two plain values (JSON-like data, byte arrays) are equal: same
 * kind, same keys in any order, equal members; numbers by `Object.is`.
 */
export function samePlain(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (a instanceof Uint8Array || b instanceof Uint8Array) return a instanceof Uint8Array && b instanceof Uint8Array && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  return keys.every((key) => Object.hasOwn(right, key) && samePlain(left[key], right[key]))
}
