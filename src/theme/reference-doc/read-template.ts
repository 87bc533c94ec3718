import { posix } from 'node:path'
import type JSZip from 'jszip'
import type { Element } from 'xast'
import { styleBulletLooks } from './bullet-look.js'
import { alignOf, colorIn, drawingOf, type Relationships, type SchemeColorOf } from './drawing.js'
import { BULLET_LEVELS, bulletOf, paragraphOf } from './paragraph-style.js'
import { schemeOf } from './scheme.js'
import type { ReferenceTemplate, TemplateLayout, TemplateMaster } from './types.js'
import { attr, child, children, EMU_PER_PT, intAttr, parsePart, path } from './xml.js'

/** The largest template file read: no organisation's template needs more. */
export const MAX_TEMPLATE_BYTES = 50 * 1024 * 1024

/** The most its parts may unpack to, all together (a zip bomb is refused before it is unpacked). */
export const MAX_TEMPLATE_UNPACKED = 200 * 1024 * 1024

/** A template read, or why it cannot be used (`detail` completes "the template … cannot be used: "). */
export type ReferenceDocRead = { type: 'ok'; template: ReferenceTemplate } | { type: 'error'; detail: string }

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'

/**
 * Reads a PowerPoint template (`.pptx` or `.potx`): its slide size, the first
 * slide master with its colour map, text styles and theme (colour and font
 * scheme), the master's layouts with their placeholders, backgrounds and
 * pictures, and the bytes of those pictures.
 *
 * @param bytes the file's bytes
 * @param file the file's path as shown in messages
 */
export async function readReferenceDoc(bytes: Uint8Array, file: string): Promise<ReferenceDocRead> {
  const fail = (detail: string): ReferenceDocRead => ({ type: 'error', detail })
  if (bytes.length > MAX_TEMPLATE_BYTES) return fail(`the file has ${mb(bytes.length)}, more than the ${mb(MAX_TEMPLATE_BYTES)} a template may have`)
  // Loaded on demand: decks without a template never need JSZip to build their HTML.
  const { default: JSZipClass } = await import('jszip')
  let zip: JSZip
  try {
    zip = await JSZipClass.loadAsync(bytes)
  } catch {
    return fail('it is not a zip archive, so not a .pptx or .potx file')
  }
  const unpacked = Object.values(zip.files).reduce((sum, entry) => sum + declaredSize(entry), 0)
  if (unpacked > MAX_TEMPLATE_UNPACKED) return fail(`its parts unpack to ${mb(unpacked)}, more than the ${mb(MAX_TEMPLATE_UNPACKED)} a template may have`)
  const parts = new PartReader(zip)
  const main = [...(await parts.rels('')).values()].find((rel) => rel.type === OFFICE_DOCUMENT)?.target
  const presentation = main === undefined ? null : await parts.xml(main)
  if (main === undefined || presentation === null || presentation.name !== 'p:presentation') {
    return fail('it holds no PowerPoint presentation (no ppt/presentation.xml); name a .pptx or .potx file saved by PowerPoint, LibreOffice Impress or Keynote')
  }
  const size = path(presentation, 'p:sldSz')
  const width = intAttr(size, 'cx')
  const height = intAttr(size, 'cy')
  if (width === null || height === null || width <= 0 || height <= 0) return fail('its presentation part has no slide size (p:sldSz)')
  const masterId = attr(path(presentation, 'p:sldMasterIdLst', 'p:sldMasterId'), 'r:id')
  const masterPath = masterId === undefined ? undefined : (await parts.rels(main)).get(masterId)?.target
  const masterTree = masterPath === undefined ? null : await parts.xml(masterPath)
  if (masterPath === undefined || masterTree === null) return fail('it has no slide master, so it has no layouts to build slides on')
  const masterRels = await parts.rels(masterPath)
  const themePath = [...masterRels.values()].find((rel) => rel.type === `${REL}theme`)?.target
  const themeTree = themePath === undefined ? null : await parts.xml(themePath)
  if (themeTree === null) return fail(`its slide master ${masterPath} has no theme part`)
  const scheme = schemeOf(themeTree)
  const colorMap = colorMapOf(masterTree)
  const schemeColor: SchemeColorOf = (name) => scheme.colors[(colorMap[name] ?? name) as keyof typeof scheme.colors] ?? null
  const master: TemplateMaster = {
    ...drawingOf(masterTree, masterPath, masterRels, schemeColor),
    colorMap,
    titleSize: styleSize(masterTree, 'p:titleStyle'),
    bodySize: styleSize(masterTree, 'p:bodyStyle'),
    titleAlign: alignOf(path(masterTree, 'p:txStyles', 'p:titleStyle', 'a:lvl1pPr')),
    bodyAlign: alignOf(path(masterTree, 'p:txStyles', 'p:bodyStyle', 'a:lvl1pPr')),
    titleParagraph: paragraphOf(path(masterTree, 'p:txStyles', 'p:titleStyle', 'a:lvl1pPr')),
    bodyParagraph: paragraphOf(path(masterTree, 'p:txStyles', 'p:bodyStyle', 'a:lvl1pPr')),
    bodyBulletLooks: styleBulletLooks(masterTree, (fill) => colorIn(fill, schemeColor)),
    bodyBullets: Array.from({ length: BULLET_LEVELS }, (_, level) => bulletOf(path(masterTree, 'p:txStyles', 'p:bodyStyle', `a:lvl${level + 1}pPr`))),
  }
  const layouts: TemplateLayout[] = []
  for (const id of children(child(masterTree, 'p:sldLayoutIdLst') ?? masterTree).filter((element) => element.name === 'p:sldLayoutId')) {
    const layoutPath = masterRels.get(attr(id, 'r:id') ?? '')?.target
    const tree = layoutPath === undefined ? null : await parts.xml(layoutPath)
    if (layoutPath === undefined || tree === null) continue
    layouts.push({
      ...drawingOf(tree, layoutPath, await parts.rels(layoutPath), schemeColor),
      name: attr(child(tree, 'p:cSld'), 'name') ?? posix.basename(layoutPath, '.xml'),
      type: attr(tree, 'type') ?? 'cust',
      showMasterShapes: attr(tree, 'showMasterSp') !== '0' && attr(tree, 'showMasterSp') !== 'false',
    })
  }
  if (layouts.length === 0) return fail(`its slide master ${masterPath} has no layouts`)
  const media: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>
  for (const drawing of [master, ...layouts]) {
    const wanted = [...drawing.pictures.map((picture) => picture.media), ...(drawing.background?.type === 'picture' ? [drawing.background.media] : [])]
    for (const name of wanted) {
      const data = await zip.file(name)?.async('uint8array')
      if (data !== undefined) media[name] = data
    }
  }
  return {
    type: 'ok',
    template: { file, size: { width: width / EMU_PER_PT, height: height / EMU_PER_PT }, colors: scheme.colors, fonts: scheme.fonts, master, layouts, media },
  }
}

/** Reads parts and their relationships from the zip, each once. */
class PartReader {
  constructor(private readonly zip: JSZip) {}

  async xml(name: string): Promise<Element | null> {
    const text = await this.zip.file(name)?.async('string')
    return text === undefined ? null : parsePart(text)
  }

  /** The relationships of part `name` (`''` for the package's own). */
  async rels(name: string): Promise<Relationships> {
    const relsPath = name === '' ? '_rels/.rels' : posix.join(posix.dirname(name), '_rels', `${posix.basename(name)}.rels`)
    const tree = await this.xml(relsPath)
    const found: Relationships = new Map()
    if (tree === null) return found
    for (const rel of children(tree)) {
      const target = attr(rel, 'Target')
      const id = attr(rel, 'Id')
      if (target === undefined || id === undefined || attr(rel, 'TargetMode') === 'External') continue
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(name), target))
      found.set(id, { target: resolved, type: attr(rel, 'Type') ?? '' })
    }
    return found
  }
}

function colorMapOf(master: Element): Record<string, string> {
  const map = child(master, 'p:clrMap')
  const found: Record<string, string> = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' }
  for (const [key, value] of Object.entries(map?.attributes ?? {})) if (typeof value === 'string') found[key] = value
  return found
}

function styleSize(master: Element, style: string): number | null {
  const size = intAttr(path(master, 'p:txStyles', style, 'a:lvl1pPr', 'a:defRPr'), 'sz')
  return size === null ? null : size / 100
}

/** The size a zip entry says it unpacks to (JSZip keeps it from the central directory). */
function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: number } })._data
  return data?.uncompressedSize ?? 0
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
