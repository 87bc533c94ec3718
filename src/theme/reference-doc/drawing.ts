import type { Element } from 'xast'
import type { TemplateAlign, TemplateAnchor, TemplateBackground, TemplateBox, TemplateDrawing, TemplatePicture, TemplatePlaceholder } from './types.js'
import { levelBulletLooks } from './bullet-look.js'
import { BULLET_LEVELS, bulletOf, NO_PARAGRAPH, paragraphOf, paragraphOver, type TemplateBullet, type TemplateParagraph } from './paragraph-style.js'
import { attr, child, children, descendants, EMU_PER_PT, intAttr, path } from './xml.js'

/** A part's relationships: id → target part path (resolved) and type. */
export type Relationships = Map<string, { target: string; type: string }>

/** Resolves a scheme colour name (`tx1`, `accent1`, …) to six hex digits, or `null`. */
export type SchemeColorOf = (name: string) => string | null

/**
 * What a master or layout draws, read from its tree: its background, its
 * pictures (logos), its filled bands, and its placeholders with what each
 * sets itself. Group shapes are not entered: their pictures would need the
 * group's transform, and the PPTX keeps them anyway.
 */
export function drawingOf(root: Element, partPath: string, rels: Relationships, schemeColor: SchemeColorOf): TemplateDrawing {
  const slide = child(root, 'p:cSld')
  const tree = child(slide, 'p:spTree')
  const shapes = tree === undefined ? [] : children(tree)
  const pictures: TemplatePicture[] = []
  const bands: TemplateDrawing['bands'] = []
  const placeholders: TemplatePlaceholder[] = []
  for (const shape of shapes) {
    if (shape.name === 'p:pic') {
      const picture = pictureOf(shape, rels)
      if (picture !== null) pictures.push(picture)
    } else if (shape.name === 'p:sp') {
      const ph = path(shape, 'p:nvSpPr', 'p:nvPr', 'p:ph')
      if (ph !== undefined) placeholders.push(placeholderOf(shape, ph, schemeColor))
      else {
        const band = bandOf(shape, schemeColor)
        if (band !== null) bands.push(band)
      }
    }
  }
  return { path: partPath, background: backgroundOf(slide, rels, schemeColor), pictures, bands, placeholders }
}

/** A box from an `a:xfrm`, in points; `null` without one. */
export function boxOf(xfrm: Element | undefined): TemplateBox | null {
  const off = child(xfrm, 'a:off')
  const ext = child(xfrm, 'a:ext')
  const x = intAttr(off, 'x')
  const y = intAttr(off, 'y')
  const w = intAttr(ext, 'cx')
  const h = intAttr(ext, 'cy')
  if (x === null || y === null || w === null || h === null) return null
  return { x: x / EMU_PER_PT, y: y / EMU_PER_PT, w: w / EMU_PER_PT, h: h / EMU_PER_PT }
}

/** The colour a fill-like element names (`a:srgbClr`, `a:schemeClr`, `a:sysClr`), or `null`. */
export function colorIn(element: Element | undefined, schemeColor: SchemeColorOf): string | null {
  if (element === undefined) return null
  for (const color of children(element)) {
    if (color.name === 'a:srgbClr') return hex(attr(color, 'val'))
    if (color.name === 'a:sysClr') return hex(attr(color, 'lastClr'))
    if (color.name === 'a:schemeClr') return schemeColor(attr(color, 'val') ?? '')
  }
  return null
}

function hex(value: string | undefined): string | null {
  return value !== undefined && /^[0-9a-fA-F]{6}$/.test(value) ? value.toUpperCase() : null
}

function pictureOf(shape: Element, rels: Relationships): TemplatePicture | null {
  if (path(shape, 'p:nvPicPr', 'p:nvPr', 'p:ph') !== undefined) return null
  const id = attr(path(shape, 'p:blipFill', 'a:blip'), 'r:embed')
  const target = id === undefined ? undefined : rels.get(id)?.target
  const box = boxOf(path(shape, 'p:spPr', 'a:xfrm'))
  if (target === undefined || box === null || box.w <= 0 || box.h <= 0) return null
  return { media: target, box }
}

function bandOf(shape: Element, schemeColor: SchemeColorOf): TemplateDrawing['bands'][number] | null {
  const properties = child(shape, 'p:spPr')
  if (attr(child(properties, 'a:prstGeom'), 'prst') !== 'rect') return null
  // A pattern or gradient stands as its foreground colour or first stop.
  const color =
    colorIn(child(properties, 'a:solidFill'), schemeColor) ??
    colorIn(path(properties, 'a:pattFill', 'a:fgClr'), schemeColor) ??
    colorIn(path(properties, 'a:gradFill', 'a:gsLst', 'a:gs'), schemeColor)
  const box = boxOf(child(properties, 'a:xfrm'))
  const text = descendants(shape, 'a:t').some((run) => run.children.some((node) => node.type === 'text' && node.value.trim() !== ''))
  return color === null || box === null || text ? null : { box, color }
}

function placeholderOf(shape: Element, ph: Element, schemeColor: SchemeColorOf): TemplatePlaceholder {
  const body = child(shape, 'p:txBody')
  const firstLevel = path(body, 'a:lstStyle', 'a:lvl1pPr', 'a:defRPr')
  const firstParagraph = child(body, 'a:p')
  // Impress writes a placeholder's style on its example paragraph rather than in its list style.
  const align = alignOf(path(body, 'a:lstStyle', 'a:lvl1pPr')) ?? alignOf(child(firstParagraph, 'a:pPr'))
  const firstRun = child(child(firstParagraph, 'a:r'), 'a:rPr') ?? child(firstParagraph, 'a:endParaRPr')
  const size = intAttr(firstLevel, 'sz') ?? intAttr(firstRun, 'sz')
  const color = colorIn(child(firstLevel, 'a:solidFill'), schemeColor) ?? colorIn(child(firstRun, 'a:solidFill'), schemeColor)
  const bodyPr = child(body, 'a:bodyPr')
  const inset = (name: string): number | null => {
    const value = intAttr(bodyPr, name)
    return value === null ? null : value / EMU_PER_PT
  }
  const insets = ['lIns', 'tIns', 'rIns', 'bIns'].map(inset)
  return {
    type: attr(ph, 'type') ?? 'obj',
    idx: intAttr(ph, 'idx') ?? 0,
    box: boxOf(path(shape, 'p:spPr', 'a:xfrm')),
    fontSize: size === null ? null : size / 100,
    color,
    insets: insets.every((value) => value === null) ? null : (insets.map((value, index) => value ?? (index % 2 === 0 ? 7.2 : 3.6)) as [number, number, number, number]),
    anchor: ANCHORS[attr(bodyPr, 'anchor') ?? ''] ?? null,
    align,
    paragraph: paragraphOver(paragraphOf(path(body, 'a:lstStyle', 'a:lvl1pPr')), firstLevelParagraph(firstParagraph)),
    bullets: levelBullets(body),
    bulletLooks: levelBulletLooks(body, (fill) => colorIn(fill, schemeColor)),
  }
}

/** The bullets of a placeholder's first levels: its list style's, else its example paragraphs' of that level (Impress). */
function levelBullets(body: Element | undefined): Array<TemplateBullet | null> {
  const examples = body === undefined ? [] : children(body).filter((element) => element.name === 'a:p').map((paragraph) => child(paragraph, 'a:pPr'))
  return Array.from({ length: BULLET_LEVELS }, (_, level) => {
    const example = examples.find((properties) => (intAttr(properties, 'lvl') ?? 0) === level)
    return bulletOf(path(body, 'a:lstStyle', `a:lvl${level + 1}pPr`)) ?? bulletOf(example)
  })
}

/** The example paragraph's properties when it is of the first level. */
function firstLevelParagraph(paragraph: Element | undefined): TemplateParagraph {
  const properties = child(paragraph, 'a:pPr')
  return (intAttr(properties, 'lvl') ?? 0) === 0 ? paragraphOf(properties) : NO_PARAGRAPH
}

const ANCHORS: Readonly<Record<string, TemplateAnchor>> = { t: 'top', ctr: 'middle', b: 'bottom', just: 'top', dist: 'middle' }
const ALIGNS: Readonly<Record<string, TemplateAlign>> = { l: 'left', ctr: 'center', r: 'right', just: 'left', dist: 'left', thaiDist: 'left', justLow: 'left' }

/** The alignment a paragraph-properties element (`a:pPr`, `a:lvl1pPr`) sets, or `null`. */
export function alignOf(properties: Element | undefined): TemplateAlign | null {
  return ALIGNS[attr(properties, 'algn') ?? ''] ?? null
}

function backgroundOf(slide: Element | undefined, rels: Relationships, schemeColor: SchemeColorOf): TemplateBackground | null {
  const background = child(slide, 'p:bg')
  if (background === undefined) return null
  const reference = child(background, 'p:bgRef')
  if (reference !== undefined) {
    const color = colorIn(reference, schemeColor)
    return color === null ? null : { type: 'color', color }
  }
  const properties = child(background, 'p:bgPr')
  const solid = colorIn(child(properties, 'a:solidFill'), schemeColor)
  if (solid !== null) return { type: 'color', color: solid }
  const id = attr(path(properties, 'a:blipFill', 'a:blip'), 'r:embed')
  const target = id === undefined ? undefined : rels.get(id)?.target
  if (target !== undefined) return { type: 'picture', media: target }
  // A gradient: its first stop stands for it.
  const stop = path(properties, 'a:gradFill', 'a:gsLst', 'a:gs')
  const color = colorIn(stop, schemeColor)
  return color === null ? null : { type: 'color', color }
}
