import { posix } from 'node:path'
import type { Element } from 'xast'
import { x } from 'xastscript'
import type { Parts } from '../dedupe-media.js'
import { naturalOrder } from '../natural-order.js'
import { isNotesSlidePart, isSlidePart } from '../part-paths.js'
import { childElements } from '../xml-tree.js'
import { templateContentTypes } from './content-types.js'
import { templatePlaceholders } from './placeholders.js'
import { editPart, freshId, readRels, REL_TYPE, relsPath, templateParts, writeRels, type Relationship } from './package-io.js'

/** The template a deck is built on, and the template layout of each of its slides, in order. */
export interface TemplateTarget {
  bytes: Uint8Array
  slides: Array<{ layout: string; title: 'title' | 'ctrTitle' | null; bodies: Array<{ type: string; idx: number }>; fields: Array<{ type: string; idx: number }> }>
}

/**
 * The deck's package built on the template's own: the template's masters,
 * layouts, theme, media, fonts, table styles and properties kept, its example
 * slides (and their notes) dropped, and layar's slides (with their notes,
 * pictures and the notes master if the template has none) added on the
 * template layout chosen for each, their title and body text in that layout's
 * placeholders. Returns the new parts and how to write `[Content_Types].xml`.
 *
 * @param layar the parts layar drew (post-processed)
 */
export async function onTemplate(layar: Parts, target: TemplateTarget): Promise<{ parts: Parts; contentTypes: (paths: readonly string[]) => string }> {
  const parts = await templateParts(target.bytes)
  const presentation = readRels(parts, '').find((rel) => rel.type === `${REL_TYPE}officeDocument`)?.target
  if (presentation === undefined) throw new Error('pptx template: the template has no presentation part (checked when it was read).')
  let presentationRels = dropTemplateSlides(parts, presentation)
  const notesMaster = ensureNotesMaster(parts, layar, presentation, presentationRels)
  presentationRels = notesMaster.rels
  const slides = [...layar.keys()].filter(isSlidePart).sort(naturalOrder)
  const added: Relationship[] = []
  slides.forEach((slidePath, index) => {
    const spec = target.slides[index]
    if (spec === undefined) throw new Error(`pptx template: slide ${slidePath} has no template layout.`)
    copySlide(parts, layar, slidePath, spec, notesMaster.path)
    const rel = { id: freshId([...presentationRels, ...added], 'rIdS'), type: `${REL_TYPE}slide`, target: slidePath, external: false }
    added.push(rel)
  })
  writeRels(parts, presentation, [...presentationRels, ...added])
  editPart(parts, presentation, (root) => setSlideList(root, added, notesMaster.added))
  mergeTableStyles(parts, layar)
  const types = parts.get('[Content_Types].xml')
  parts.delete('[Content_Types].xml')
  return { parts, contentTypes: (paths) => templateContentTypes(typeof types === 'string' ? types : null, paths, presentation) }
}

/** Removes the template's slides and their notes slides; the presentation's remaining relationships. */
function dropTemplateSlides(parts: Parts, presentation: string): Relationship[] {
  const rels = readRels(parts, presentation)
  for (const rel of rels.filter((candidate) => candidate.type === `${REL_TYPE}slide`)) {
    for (const sub of readRels(parts, rel.target)) {
      if (sub.type !== `${REL_TYPE}notesSlide`) continue
      parts.delete(sub.target)
      parts.delete(relsPath(sub.target))
    }
    parts.delete(rel.target)
    parts.delete(relsPath(rel.target))
  }
  return rels.filter((rel) => rel.type !== `${REL_TYPE}slide`)
}

/** The notes master layar's notes slides use: the template's, or layar's (with its theme) when the template has none. */
function ensureNotesMaster(parts: Parts, layar: Parts, presentation: string, rels: Relationship[]): { path: string | null; rels: Relationship[]; added: string | null } {
  const own = rels.find((rel) => rel.type === `${REL_TYPE}notesMaster`)
  if (own !== undefined) return { path: own.target, rels, added: null }
  const source = [...layar.keys()].find((path) => /^ppt\/notesMasters\/notesMaster\d+\.xml$/.test(path))
  if (source === undefined || ![...layar.keys()].some(isNotesSlidePart)) return { path: null, rels, added: null }
  const path = freshPath(parts, 'ppt/notesMasters/notesMaster', '.xml')
  parts.set(path, layar.get(source) ?? '')
  const masterRels = readRels(layar, source).map((rel) => {
    if (rel.type !== `${REL_TYPE}theme`) return rel
    const theme = freshPath(parts, 'ppt/theme/theme', '.xml')
    parts.set(theme, layar.get(rel.target) ?? '')
    return { ...rel, target: theme }
  })
  writeRels(parts, path, masterRels)
  const rel = { id: freshId(rels, 'rIdN'), type: `${REL_TYPE}notesMaster`, target: path, external: false }
  return { path, rels: [...rels, rel], added: rel.id }
}

/** Copies one layar slide (and its notes slide and pictures) onto the template layout it uses. */
function copySlide(parts: Parts, layar: Parts, slidePath: string, spec: TemplateTarget['slides'][number], notesMaster: string | null): void {
  parts.set(slidePath, layar.get(slidePath) ?? '')
  const rels = readRels(layar, slidePath).map((rel): Relationship => {
    if (rel.external) return rel
    if (rel.type === `${REL_TYPE}slideLayout`) return { ...rel, target: spec.layout }
    if (rel.type === `${REL_TYPE}notesSlide`) {
      copyNotes(parts, layar, rel.target, slidePath, notesMaster)
      return rel
    }
    if (rel.target.startsWith('ppt/media/')) {
      const media = `ppt/media/layar-${posix.basename(rel.target)}`
      parts.set(media, layar.get(rel.target) ?? new Uint8Array())
      return { ...rel, target: media }
    }
    return rel
  })
  writeRels(parts, slidePath, rels)
  editPart(parts, slidePath, (root) => templatePlaceholders(root, spec))
}

function copyNotes(parts: Parts, layar: Parts, notesPath: string, slidePath: string, notesMaster: string | null): void {
  parts.set(notesPath, layar.get(notesPath) ?? '')
  const rels = readRels(layar, notesPath).map((rel) => {
    if (rel.type === `${REL_TYPE}notesMaster` && notesMaster !== null) return { ...rel, target: notesMaster }
    if (rel.type === `${REL_TYPE}slide`) return { ...rel, target: slidePath }
    return rel
  })
  writeRels(parts, notesPath, rels)
}

/** The presentation's slide list (and notes master) in schema order. */
function setSlideList(root: Element, slides: readonly Relationship[], notesMaster: string | null): void {
  const list = x('p:sldIdLst', slides.map((rel, index) => x('p:sldId', { id: String(256 + index), 'r:id': rel.id })))
  const notes = notesMaster === null ? null : x('p:notesMasterIdLst', [x('p:notesMasterId', { 'r:id': notesMaster })])
  const kept = childElements(root).filter((child) => child.name !== 'p:sldIdLst' && (notes === null || child.name !== 'p:notesMasterIdLst'))
  const order = ['p:sldMasterIdLst', 'p:notesMasterIdLst', 'p:handoutMasterIdLst']
  const before = kept.filter((child) => order.includes(child.name))
  const after = kept.filter((child) => !order.includes(child.name))
  const masters = before.filter((child) => child.name === 'p:sldMasterIdLst')
  const rest = before.filter((child) => child.name !== 'p:sldMasterIdLst')
  root.children = [...masters, ...(notes === null ? [] : [notes]), ...rest, ...(slides.length === 0 ? [] : [list]), ...after]
}

/** Adds layar's table style (which its tables name) to the template's table styles. */
function mergeTableStyles(parts: Parts, layar: Parts): void {
  const ours = layar.get('ppt/tableStyles.xml')
  if (typeof ours !== 'string' || typeof parts.get('ppt/tableStyles.xml') !== 'string') return
  let styles: Element[] = []
  editPart(layar, 'ppt/tableStyles.xml', (root) => {
    styles = childElements(root).filter((child) => child.name === 'a:tblStyle')
  })
  editPart(parts, 'ppt/tableStyles.xml', (root) => {
    const have = new Set(childElements(root).map((child) => String(child.attributes.styleId ?? '')))
    for (const style of styles) if (!have.has(String(style.attributes.styleId ?? ''))) root.children.push(style)
  })
}

/** `prefix` + the first number that names no part + `suffix`. */
function freshPath(parts: Parts, prefix: string, suffix: string): string {
  let n = 1
  while (parts.has(`${prefix}${n}${suffix}`)) n += 1
  return `${prefix}${n}${suffix}`
}
