import type { PptxPlan } from './plan/index.js'
import { dedupeMedia, type Parts } from './dedupe-media.js'
import { naturalOrder } from './natural-order.js'
import { appXml, contentTypesXml, coreXml } from './package-parts.js'
import { applyPartTransforms, type PartCache } from './part-transforms.js'
import { writeMasterParts } from './master-parts.js'
import type { ImageAssets } from '../../model/index.js'
import { partTransforms } from './transforms/index.js'
import { addSvgParts } from './svg-pictures.js'
import { writeZipEarly, ZIP_LEVEL, type ZipCache } from './zip-writer.js'
import { EarlyDeflate } from './early-deflate.js'
import { onTemplate, type TemplateTarget } from './template/on-template.js'
import { seedPartCache } from './prepared-parts.js'

/**
 * Fixes the package pptxgenjs wrote so it is valid, faithful to the plan and
 * byte-identical for identical input: one `<a:pPr>` per paragraph, explicit
 * no-autofit, unique shape ids, per-slide title boxes, notes as paragraphs,
 * every run in the deck's locale, SVG pictures with their SVG beside the PNG
 * fallback (`svg-pictures.ts`), one media part per image, document
 * properties with `modified` as their dates, `[Content_Types].xml` listing
 * exactly the parts present, and a DEFLATE zip with fixed entry dates and order.
 *
 * @param parts The parts of the package `writePptx` drew (changed in place).
 * @param plan The plan it was drawn from.
 * @param modified Document date; also every zip entry's date.
 * @param assets Image bytes (the master's logo).
 * @param zipCache The previous package's compressed parts (see `ZipCache`).
 * @param partCache The previous package's master and transformed parts (see `PartCache`).
 */
export async function postProcessPptx(
  drawn: Parts,
  plan: PptxPlan,
  modified: Date,
  assets: ImageAssets,
  template: TemplateTarget | null = null,
  zipCache?: ZipCache,
  partCache?: PartCache,
): Promise<Uint8Array> {
  let parts = drawn
  // A cold build's cache starts from the parts prepared at compile time for its theme and locale, if they match (prepared-parts.ts).
  if (partCache !== undefined && zipCache !== undefined && template === null) seedPartCache(partCache, zipCache, plan, partTransforms)
  // A large package's parts are compressed on a thread as the transforms finish them (`EarlyDeflate`).
  const early = new EarlyDeflate(ZIP_LEVEL, zipCache)
  try {
    writeMasterParts(parts, plan, assets, partCache?.masters)
    applyPartTransforms(parts, plan, partTransforms, partCache, (path, text) => early.offer(path, text))
    addSvgParts(parts, plan)
    dedupeMedia(parts)
    let contentTypes = contentTypesXml
    if (template !== null) ({ parts, contentTypes } = await onTemplate(parts, template))
    parts.set('docProps/core.xml', coreXml(plan.meta, modified))
    parts.set('docProps/app.xml', appXml(plan.meta, [...parts.keys()]))
    parts.delete('[Content_Types].xml')
    parts.set('[Content_Types].xml', contentTypes([...parts.keys()]))
    return await writeParts(parts, modified, zipCache, early)
  } finally {
    early.close()
  }
}

/** Zips the parts with `[Content_Types].xml` first (as Office writes it), then in natural path order. */
function writeParts(parts: Parts, modified: Date, zipCache: ZipCache | undefined, early: EarlyDeflate): Promise<Uint8Array> {
  const order = [...parts.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : naturalOrder(a, b)))
  return writeZipEarly(order.map((path) => ({ path, content: parts.get(path) ?? '' })), modified, early, zipCache)
}
