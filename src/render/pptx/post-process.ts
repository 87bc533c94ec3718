import JSZip from 'jszip'
import type { PptxPlan } from './plan/index.js'
import { dedupeMedia, naturalOrder, type Parts } from './dedupe-media.js'
import {
  appendSlideTotal,
  fixAutofit,
  fixBulletFont,
  fixEmptyAltText,
  fixLang,
  fixParagraphs,
  placeTitle,
  renumberShapeIds,
  tidyPlaceholders,
} from './drawing-fixes.js'
import { fixNotes } from './notes-xml.js'
import { fixScripts } from './script-fonts.js'
import { appXml, contentTypesXml, coreXml } from './package-parts.js'

/**
 * Fixes the package pptxgenjs wrote so it is valid, faithful to the plan and
 * byte-identical for identical input: one `<a:pPr>` per paragraph, explicit
 * no-autofit, unique shape ids, per-slide title boxes, notes as paragraphs,
 * every run in the deck's locale, one media part per image, document
 * properties with `modified` as their dates, `[Content_Types].xml` listing
 * exactly the parts present, and a DEFLATE zip with fixed entry dates and order.
 *
 * @param raw The package from `writePptx`.
 * @param plan The plan it was drawn from.
 * @param modified Document date; also every zip entry's date.
 */
export async function postProcessPptx(raw: Uint8Array, plan: PptxPlan, modified: Date): Promise<Uint8Array> {
  const parts = await readParts(raw)
  const locale = plan.meta.lang
  const total = plan.slides.length
  const numberSize = plan.masters[0]?.slideNumber.fontSize ?? 10
  for (const [path, content] of parts) {
    if (typeof content !== 'string') continue
    const slide = /^ppt\/slides\/slide(\d+)\.xml$/.exec(path)
    const notes = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/.exec(path)
    if (slide !== null) parts.set(path, appendSlideTotal(fixSlide(content, plan, Number(slide[1]), locale), total, numberSize))
    else if (notes !== null) parts.set(path, fixScripts(fixLang(fixNotes(content, plan.slides[Number(notes[1]) - 1]?.notes ?? [], locale), locale), locale))
    else if (/^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(path)) parts.set(path, appendSlideTotal(fixDrawing(content, locale, true), total, numberSize))
  }
  dedupeMedia(parts)
  parts.set('docProps/core.xml', coreXml(plan.meta, modified))
  parts.set('docProps/app.xml', appXml(plan.meta, plan.slides.length, plan.slides.filter((slide) => slide.notes.length > 0).length))
  parts.delete('[Content_Types].xml')
  parts.set('[Content_Types].xml', contentTypesXml([...parts.keys()]))
  return writeParts(parts, modified)
}

function fixDrawing(xml: string, locale: string, keepPrompt: boolean): string {
  return fixScripts(fixLang(tidyPlaceholders(renumberShapeIds(fixAutofit(fixBulletFont(fixParagraphs(xml)))), keepPrompt), locale), locale)
}

function fixSlide(xml: string, plan: PptxPlan, number: number, locale: string): string {
  const slide = plan.slides[number - 1]
  if (slide === undefined) throw new Error(`pptx post-process: slide ${number} is not in the plan.`)
  const fixed = fixEmptyAltText(fixDrawing(xml, locale, false))
  return slide.title === null ? fixed : placeTitle(fixed, slide.title.box)
}

async function readParts(raw: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(raw)
  const parts: Parts = new Map()
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue
    const isXml = entry.name.endsWith('.xml') || entry.name.endsWith('.rels')
    parts.set(entry.name, isXml ? await entry.async('string') : await entry.async('uint8array'))
  }
  return parts
}

/** DOS dates cover 1980–2107; clamp so any `modified` gives a valid zip. */
function zipDate(modified: Date): Date {
  const min = Date.UTC(1980, 0, 1)
  const max = Date.UTC(2107, 11, 31)
  return new Date(Math.min(Math.max(modified.getTime(), min), max))
}

async function writeParts(parts: Parts, modified: Date): Promise<Uint8Array> {
  const zip = new JSZip()
  const date = zipDate(modified)
  const order = [...parts.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : naturalOrder(a, b)))
  for (const path of order) {
    const content = parts.get(path)
    if (content !== undefined) zip.file(path, content, { date, createFolders: false })
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}
