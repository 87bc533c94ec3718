import type { ImageAsset, ImageAssets } from '../../model/index.js'
import type { Parts } from './dedupe-media.js'
import { MAX_REMEMBERED, samePlain } from './part-cache.js'
import type { MasterPlan, PlanMeta, PptxPlan, SlidePlan } from './plan/index.js'

/**
 * The slides pptxgenjs drew for the previous package, so a rebuild (the dev
 * server's) draws only the slides that changed. What pptxgenjs writes for a
 * slide (its part, its notes slide, their relationships and its media)
 * depends on the slide's plan, its number, the layouts it is drawn on and
 * the deck's properties, and on nothing of the other slides: relationship
 * ids and media names count per slide. So a slide whose plan, number,
 * layouts and deck properties are unchanged is drawn as an empty stand-in
 * (keeping the package's part order and numbering) and its parts are put
 * back from here; its media parts get the current bytes of the images they
 * held. Created by the caller with `createDrawnSlideCache` and passed in;
 * kept only for decks up to `MAX_REMEMBERED` characters, like `ZipCache`.
 */
export interface DrawnSlideCache {
  /** What every slide's drawing depends on besides the slide itself; null before the first build. */
  made: { meta: PlanMeta; masters: MasterPlan[] } | null
  /** By slide index. */
  slides: DrawnSlide[]
  /** The numbers of the slides the last build drew (the others were put back): what tests check. */
  drawn: number[]
}

/** One slide as pptxgenjs drew it. */
export interface DrawnSlide {
  plan: SlidePlan
  /** The slide's text parts (slide, notes slide, their relationships) as pptxgenjs wrote them. */
  parts: Map<string, string>
  /** The slide's media parts, by the image (its `ImageAssets` key) each holds. */
  media: Map<string, string>
}

/** An empty drawn-slide cache. */
export function createDrawnSlideCache(): DrawnSlideCache {
  return { made: null, slides: [], drawn: [] }
}

/** A media part pptxgenjs names after its slide: `ppt/media/image-<slide>-<n>.<ext>` (or `media-…`). */
const SLIDE_MEDIA = /^ppt\/media\/(?:image|media)-(\d+)-\d+\.[A-Za-z0-9]+$/

/**
 * The slides of `plan` that can be put back from `cache` instead of drawn, by
 * slide index (`undefined`: draw it).
 */
export function reusableSlides(plan: PptxPlan, cache: DrawnSlideCache | undefined): Array<DrawnSlide | undefined> {
  const made = cache?.made ?? null
  if (cache === undefined || made === null || !samePlain(made.meta, plan.meta) || !samePlain(made.masters, plan.masters)) return plan.slides.map(() => undefined)
  return plan.slides.map((slide, index) => {
    const drawn = cache.slides[index]
    return drawn !== undefined && samePlain(drawn.plan, slide) ? drawn : undefined
  })
}

/**
 * Puts the reused slides' parts into the package pptxgenjs wrote (over their
 * stand-ins) with their images' current bytes, and keeps this package's
 * slides in `cache` for the next build.
 *
 * @param parts the package, its media already holding their images (changed in place)
 * @param reused `reusableSlides` of this plan
 * @param mediaAssets every media part pptxgenjs drew in this package → the image it holds
 * @throws Error if a stand-in's parts are not those of the slide it stands for
 */
export function putBackSlides(parts: Parts, plan: PptxPlan, reused: ReadonlyArray<DrawnSlide | undefined>, mediaAssets: ReadonlyMap<string, string>, assets: ImageAssets, cache: DrawnSlideCache | undefined): void {
  reused.forEach((drawn, index) => {
    if (drawn === undefined) return
    for (const [path, text] of drawn.parts) {
      if (typeof parts.get(path) !== 'string') throw new Error(`pptx: the stand-in of slide ${index + 1} has no ${path}.`)
      parts.set(path, text)
    }
    for (const [path, key] of drawn.media) parts.set(path, imageBytes(assets, key))
  })
  if (cache === undefined) return
  const media = mediaBySlide(mediaAssets)
  const slides: DrawnSlide[] = []
  let size = 0
  for (const [index, slide] of plan.slides.entries()) {
    const own = reused[index] ?? (media === null ? null : drawnSlide(parts, slide, index + 1, media.get(index + 1) ?? new Map()))
    if (own === null) break
    slides.push(own)
    for (const text of own.parts.values()) size += text.length
  }
  cache.made = { meta: plan.meta, masters: plan.masters }
  cache.drawn = plan.slides.flatMap((_slide, index) => (reused[index] === undefined ? [index + 1] : []))
  cache.slides = size <= MAX_REMEMBERED ? slides : []
}

/** The bytes a media part holds for an image: an SVG's PNG rendering (its SVG is added by `svg-pictures.ts`). */
export function imageBytes(assets: ImageAssets, key: string): Uint8Array {
  const asset: ImageAsset | undefined = assets[key]
  if (asset === undefined) throw new Error(`pptx: no image asset \`${key}\` for a media part.`)
  return asset.mime === 'image/svg+xml' ? asset.raster : asset.bytes
}

/** The drawn media parts by slide number, or null if one is not named after its slide (nothing is kept then). */
function mediaBySlide(mediaAssets: ReadonlyMap<string, string>): Map<number, Map<string, string>> | null {
  const bySlide = new Map<number, Map<string, string>>()
  for (const [path, key] of mediaAssets) {
    const number = SLIDE_MEDIA.exec(path)?.[1]
    if (number === undefined) return null
    const own = bySlide.get(Number(number)) ?? new Map<string, string>()
    own.set(path, key)
    bySlide.set(Number(number), own)
  }
  return bySlide
}

/** Slide `number` as drawn in `parts`, or null if one of its parts is missing. */
function drawnSlide(parts: Parts, plan: SlidePlan, number: number, media: Map<string, string>): DrawnSlide | null {
  const own = new Map<string, string>()
  for (const path of [`ppt/slides/slide${number}.xml`, `ppt/slides/_rels/slide${number}.xml.rels`, `ppt/notesSlides/notesSlide${number}.xml`, `ppt/notesSlides/_rels/notesSlide${number}.xml.rels`]) {
    const text = parts.get(path)
    if (typeof text !== 'string') return null
    own.set(path, text)
  }
  return { plan, parts: own, media }
}
