import type { Element, Root } from 'xast'
import { x } from 'xastscript'
import type { ImageAssets } from '../../model/index.js'
import type { Parts } from './dedupe-media.js'
import type { BodyTextStyle, LayoutPlan, PptxPlan, SlideMasterPlan } from './plan/index.js'
import { background, chromeShape, emu, placeholderShape, runProperties, shapeTreeHeader, xfrm } from './master-shapes.js'
import { samePlain } from './part-cache.js'
import { childElement, documentElement, parseXmlPart, serializeXmlPart } from './xml-tree.js'

const NS = {
  'xmlns:a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
  'xmlns:r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'xmlns:p': 'http://schemas.openxmlformats.org/presentationml/2006/main',
}
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const MASTER = 'ppt/slideMasters/slideMaster1.xml'
const EXTENSION = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif' } as const

/**
 * Replaces the slide master and slide layouts pptxgenjs wrote with layar's,
 * built as XML trees from the plan (`plan.master`, `plan.layouts`): the
 * master carries the classification banners, the logo and the title, body,
 * date, footer and slide-number placeholders; each layout its placeholders,
 * the footer trio and the organisation. Layouts keep pptxgenjs's part names
 * (slides refer to them), so `plan.layouts[n]` becomes `slideLayout{n+1}.xml`,
 * after checking it replaces the pptxgenjs layout of the same `source`.
 *
 * @param parts the package (changed in place)
 * @param plan the plan it was drawn from
 * @param assets image bytes (the logo's)
 * @param cache the parts written for the previous package, written again without building them when their input is the same; default: none
 */
export function writeMasterParts(parts: Parts, plan: PptxPlan, assets: ImageAssets, cache?: MasterPartCache): void {
  const input: MasterPartInput = {
    master: plan.master,
    layouts: plan.layouts,
    lang: plan.meta.lang,
    footer: footerText(plan),
    drawn: plan.layouts.map((_layout, index) => parts.get(layoutPath(index))),
  }
  const known = cache?.written ?? null
  const written = known !== null && samePlain(known.input, input) ? known : { input, ...masterParts(parts, input) }
  if (cache !== undefined) cache.written = written
  for (const [path, text] of written.layouts) parts.set(path, text)
  for (const path of [...parts.keys()]) {
    const number = /^ppt\/slideLayouts\/(?:_rels\/)?slideLayout(\d+)\.xml(?:\.rels)?$/.exec(path)
    if (number !== null && Number(number[1]) > plan.layouts.length) parts.delete(path)
  }
  const logo = plan.master.logo
  if (logo !== null) {
    const asset = assets[logo.path]
    if (asset === undefined) throw new TypeError(`No image asset for the theme logo ${JSON.stringify(logo.path)}; pass it in assets.`)
    parts.set(`ppt/media/layar-logo.${EXTENSION[logo.mime]}`, asset.mime === 'image/svg+xml' ? asset.raster : asset.bytes)
  }
  for (const [path, text] of written.master) parts.set(path, text)
}

/**
 * The master and layout parts of the previous package and what they were
 * written from, so a rebuild whose master, layouts, locale, footer and
 * pptxgenjs layouts are the same writes them without building their trees.
 * Created by the caller with `createMasterPartCache`.
 */
export interface MasterPartCache {
  written: WrittenMasterParts | null
}

/** An empty master part cache. */
export function createMasterPartCache(): MasterPartCache {
  return { written: null }
}

/** What the master and layout parts are written from: the plan's, and the layouts pptxgenjs wrote (checked against it). */
interface MasterPartInput {
  master: SlideMasterPlan
  layouts: LayoutPlan[]
  lang: string
  footer: string | null
  drawn: Array<Uint8Array | string | undefined>
}

/** The parts written, in the order they are put into the package. */
interface WrittenMasterParts {
  input: MasterPartInput
  /** Each layout and its relationships. */
  layouts: Array<[string, string]>
  /** The master and its relationships. */
  master: Array<[string, string]>
}

function layoutPath(index: number): string {
  return `ppt/slideLayouts/slideLayout${index + 1}.xml`
}

/** Builds and serialises the layouts and the master, after checking each layout replaces pptxgenjs's of its `source`. */
function masterParts(parts: Parts, { master, layouts, lang, footer }: MasterPartInput): Omit<WrittenMasterParts, 'input'> {
  const written: Omit<WrittenMasterParts, 'input'> = { layouts: [], master: [] }
  layouts.forEach((layout, index) => {
    const path = layoutPath(index)
    checkSource(parts, path, layout)
    written.layouts.push([path, serializeXmlPart(layoutTree(layout, lang, footer))])
    written.layouts.push([`ppt/slideLayouts/_rels/slideLayout${index + 1}.xml.rels`, relationships([{ type: 'slideMaster', target: '../slideMasters/slideMaster1.xml' }])])
  })
  const rels = layouts.map((_layout, index) => ({ type: 'slideLayout', target: `../slideLayouts/slideLayout${index + 1}.xml` }))
  rels.push({ type: 'theme', target: '../theme/theme1.xml' })
  if (master.logo !== null) rels.push({ type: 'image', target: `../media/layar-logo.${EXTENSION[master.logo.mime]}` })
  written.master.push([MASTER, serializeXmlPart(masterTree(master, layouts.length, lang, footer))])
  written.master.push(['ppt/slideMasters/_rels/slideMaster1.xml.rels', relationships(rels)])
  return written
}

/** The text of the deck's footer, shown in the master's and layouts' footer placeholders as in Header & Footer. */
export function footerText(plan: PptxPlan): string | null {
  return plan.slides.find((slide) => slide.footer !== null)?.footer?.text ?? null
}

function checkSource(parts: Parts, path: string, layout: LayoutPlan): void {
  const old = parts.get(path)
  if (layout.source === null) {
    if (old !== undefined) throw new Error(`pptx: ${path} is pptxgenjs's, but the plan's layout ${layout.name} replaces none.`)
    return
  }
  if (typeof old !== 'string') throw new Error(`pptx: pptxgenjs wrote no ${path} for the layout ${layout.source}.`)
  const name = childElement(documentElement(parseXmlPart(old)), 'p:cSld')?.attributes.name
  if (name !== layout.source) throw new Error(`pptx: ${path} is pptxgenjs's ${String(name)}, not ${layout.source}.`)
}

function masterTree(master: SlideMasterPlan, layoutCount: number, lang: string, footer: string | null): Root {
  let id = 1
  const shapes: Element[] = [
    ...master.placeholders.map((placeholder) => placeholderShape(++id, placeholder, lang, footer)),
    ...master.banners.map((banner) => chromeShape(++id, 'Classification banner', banner, lang, banner.fill)),
  ]
  if (master.logo !== null) shapes.push(picture(++id, master.logo.box, `rId${layoutCount + 2}`))
  const title = master.titleStyle
  return x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8" standalone="yes"' },
    x('p:sldMaster', NS, [
      x('p:cSld', [background(master.background), x('p:spTree', [...shapeTreeHeader(), ...shapes])]),
      x('p:clrMap', { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2', accent1: 'accent1', accent2: 'accent2', accent3: 'accent3', accent4: 'accent4', accent5: 'accent5', accent6: 'accent6', hlink: 'hlink', folHlink: 'folHlink' }),
      x('p:sldLayoutIdLst', Array.from({ length: layoutCount }, (_unused, i) => x('p:sldLayoutId', { id: String(2147483649 + i), 'r:id': `rId${i + 1}` }))),
      x('p:hf', { hdr: '0', dt: '0' }),
      x('p:txStyles', [
        x('p:titleStyle', [x('a:lvl1pPr', { algn: title.align === 'center' ? 'ctr' : 'l' }, [...spacing(master.bodyStyle.lineSpacing, 0), x('a:buNone'), runProperties('a:defRPr', { ...title, fontFace: '+mj-lt' }, lang)])]),
        x('p:bodyStyle', bodyLevels(master.bodyStyle, lang)),
        x('p:otherStyle', [x('a:lvl1pPr', [runProperties('a:defRPr', { ...master.bodyStyle, fontFace: '+mn-lt', bold: false }, lang)])]),
      ]),
    ]),
  ])
}

/** `<a:lnSpc>` (proportional: 100 % is the font's own line height, which Calibri/Carlito draw at 1.22 em), `<a:spcBef>` 0, `<a:spcAft>`. */
function spacing(lineSpacing: number, spaceAfter: number): Element[] {
  return [
    x('a:lnSpc', [x('a:spcPct', { val: String(Math.round((lineSpacing / 1.2) * 100000)) })]),
    x('a:spcBef', [x('a:spcPts', { val: '0' })]),
    x('a:spcAft', [x('a:spcPts', { val: String(Math.round(spaceAfter * 100)) })]),
  ]
}

/** The master's nine body levels: the theme's list indent per level, bullets by level, body size and colour. */
function bodyLevels(style: BodyTextStyle, lang: string): Element[] {
  return Array.from({ length: 9 }, (_unused, i) =>
    x(`a:lvl${i + 1}pPr`, { marL: emu(style.listIndent * (i + 1)), indent: emu(-style.listIndent), algn: 'l' }, [
      ...spacing(style.lineSpacing, style.spaceAfter),
      x('a:buFont', { typeface: '+mn-lt' }),
      x('a:buChar', { char: style.bullets[i % style.bullets.length] ?? '•' }),
      runProperties('a:defRPr', { ...style, fontFace: '+mn-lt', bold: false }, lang),
    ]),
  )
}

function layoutTree(layout: LayoutPlan, lang: string, footer: string | null): Root {
  let id = 1
  const shapes = [
    ...layout.placeholders.map((placeholder) => placeholderShape(++id, placeholder, lang, footer)),
    ...layout.shapes.map((line) => chromeShape(++id, 'Organisation', line, lang)),
  ]
  return x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8" standalone="yes"' },
    x('p:sldLayout', { ...NS, type: layout.type, preserve: '1' }, [
      x('p:cSld', { name: layout.name }, [background(layout.background), x('p:spTree', [...shapeTreeHeader(), ...shapes])]),
      x('p:clrMapOvr', [x('a:masterClrMapping')]),
    ]),
  ])
}

function picture(id: number, box: SlideMasterPlan['placeholders'][number]['box'], rel: string): Element {
  return x('p:pic', [
    x('p:nvPicPr', [x('p:cNvPr', { id: String(id), name: 'Logo', descr: '' }), x('p:cNvPicPr', [x('a:picLocks', { noChangeAspect: '1' })]), x('p:nvPr', { userDrawn: '1' })]),
    x('p:blipFill', [x('a:blip', { 'r:embed': rel }), x('a:stretch', [x('a:fillRect')])]),
    x('p:spPr', [xfrm(box), x('a:prstGeom', { prst: 'rect' }, [x('a:avLst')])]),
  ])
}

function relationships(rels: ReadonlyArray<{ type: string; target: string }>): string {
  return serializeXmlPart(
    x(null, [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8" standalone="yes"' },
      x('Relationships', { xmlns: 'http://schemas.openxmlformats.org/package/2006/relationships' }, rels.map((rel, i) => x('Relationship', { Id: `rId${i + 1}`, Type: `${REL}/${rel.type}`, Target: rel.target }))),
    ]),
  )
}
