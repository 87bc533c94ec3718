import type { LaidOutDeck } from '../../layout/laid-out.js'
import type { ImageAssets } from '../../model/index.js'
import type { Theme } from '../../theme/index.js'
import { deckToPlan } from './plan/index.js'
import { postProcessPptx } from './post-process.js'
import { writePptx } from './write-pptx.js'
import { planOnTemplate } from './template/template-plan.js'
import type { TemplateTarget } from './template/on-template.js'
import type { ThemeTemplate } from '../../theme/index.js'
import type { ZipCache } from './zip-writer.js'
import type { PartCache } from './part-transforms.js'
import type { DrawnSlideCache } from './drawn-slides.js'

export { deckToPlan } from './plan/index.js'
export type { PptxPlan } from './plan/index.js'
export { createZipCache, type ZipCache } from './zip-writer.js'
export { createPartCache, type PartCache } from './part-transforms.js'
export { createDrawnSlideCache, type DrawnSlideCache } from './drawn-slides.js'

/** Options of `deckToPptx`. */
export interface PptxOptions {
  /** The document's created/modified date (also every zip entry's date); pass a fixed one for reproducible output. */
  modified: Date
  /** The PowerPoint template's bytes (`reference-doc`) the deck is built on; `null` or absent for layar's own masters. */
  template?: Uint8Array | null
  /** The previous package's compressed parts, reused where unchanged (the dev server's rebuilds); default: none. */
  zipCache?: ZipCache
  /** The previous package's transformed XML parts, reused where their input is unchanged (the dev server's rebuilds); default: none. */
  partCache?: PartCache
  /** The slides pptxgenjs drew for the previous package, put back where unchanged instead of drawn again (the dev server's rebuilds); default: none. */
  drawnSlides?: DrawnSlideCache
}

/**
 * A native, editable PowerPoint file of a laid-out deck: slide masters from the
 * theme, titles in title placeholders, native text, tables and pictures,
 * speaker notes. Identical input gives byte-identical output.
 *
 * @param deck What layout decided; drawn as is, never measured again.
 * @param theme Colours and fonts (PowerPoint gets each pair's `office` font).
 * @param assets Image bytes keyed by `Image.path`; every image frame's path must be there.
 * @param options `modified`: the document date.
 */
export async function deckToPptx(deck: LaidOutDeck, theme: Theme, assets: ImageAssets, options: PptxOptions): Promise<Uint8Array> {
  if (!(options.modified instanceof Date) || Number.isNaN(options.modified.getTime())) {
    throw new TypeError('deckToPptx: `options.modified` must be a valid Date, e.g. `new Date(Date.UTC(2026, 0, 1))`.')
  }
  const template = options.template ?? null
  if (template !== null && theme.template === undefined) throw new TypeError('deckToPptx: `options.template` needs the theme derived from it (`theme.template`).')
  const drawn = deckToPlan(deck, theme, assets)
  const plan = theme.template === undefined || template === null ? drawn : planOnTemplate(drawn, theme.template)
  const raw = await writePptx(plan, assets, options.drawnSlides)
  return postProcessPptx(raw, plan, options.modified, assets, template === null || theme.template === undefined ? null : templateTarget(deck, theme.template, template), options.zipCache, options.partCache)
}

/** The template layout of every slide, by the kind layout gave it. */
function templateTarget(deck: LaidOutDeck, template: ThemeTemplate, bytes: Uint8Array): TemplateTarget {
  return {
    bytes,
    slides: deck.slides.map((slide) => {
      const layout = template.layouts[slide.template?.kind ?? (slide.layout === 'title' || slide.layout === 'section' || slide.title !== null ? slide.layout : 'untitled')]
      return { layout: layout.path, title: layout.title, bodies: layout.bodies.map((body) => ({ ...body })), fields: layout.fields.map((field) => ({ ...field })) }
    }),
  }
}
