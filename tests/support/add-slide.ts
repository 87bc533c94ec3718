import JSZip from 'jszip'
import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { toXml } from 'xast-util-to-xml'
import { x } from 'xastscript'

/** What a user types on a slide added from a layout. */
export interface AddedSlide {
  /** The layout's name, e.g. `Title and Content`. */
  layout: string
  title: string
  body: string[]
  /** The footer text, when Header & Footer is on (PowerPoint then gives a new slide its footer and number placeholders). */
  footer: string | null
  lang: string
}

const NS = {
  'xmlns:a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
  'xmlns:r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'xmlns:p': 'http://schemas.openxmlformats.org/presentationml/2006/main',
}
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/**
 * Adds a slide to a PPTX as PowerPoint writes one a user adds from a layout
 * and types into: placeholders that name their layout placeholder (no box,
 * no formatting of their own), so everything else comes from the layout and
 * the master. Appended after the last slide.
 */
export async function addSlideFromLayout(pptx: Uint8Array, slide: AddedSlide): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx)
  const read = async (path: string): Promise<Root> => fromXml(await zip.file(path)!.async('string'))
  const layouts = Object.keys(zip.files).filter((path) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(path))
  let layoutPath: string | undefined
  for (const path of layouts) if (find(await read(path), 'p:cSld')?.attributes.name === slide.layout) layoutPath = path
  if (layoutPath === undefined) throw new Error(`no layout named ${slide.layout}`)
  const number = Object.keys(zip.files).filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path)).length + 1
  const path = `ppt/slides/slide${number}.xml`
  zip.file(path, toXml(slideTree(slide)))
  zip.file(`ppt/slides/_rels/slide${number}.xml.rels`, toXml(relationships([{ id: 'rId1', type: 'slideLayout', target: `../${layoutPath.slice('ppt/'.length)}` }])))

  const presentation = await read('ppt/presentation.xml')
  const rels = await read('ppt/_rels/presentation.xml.rels')
  const relId = `rIdAdded${number}`
  find(rels, 'Relationships')!.children.push(x('Relationship', { Id: relId, Type: `${REL}/slide`, Target: `slides/slide${number}.xml` }))
  const list = find(presentation, 'p:sldIdLst')!
  const ids = list.children.flatMap((child) => (child.type === 'element' ? [Number(child.attributes.id)] : []))
  list.children.push(x('p:sldId', { id: String(Math.max(...ids) + 1), 'r:id': relId }))
  zip.file('ppt/presentation.xml', toXml(presentation))
  zip.file('ppt/_rels/presentation.xml.rels', toXml(rels))
  const types = await read('[Content_Types].xml')
  find(types, 'Types')!.children.push(x('Override', { PartName: `/${path}`, ContentType: 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml' }))
  zip.file('[Content_Types].xml', toXml(types))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

function slideTree(slide: AddedSlide): Root {
  const run = (text: string): Element => x('a:r', [x('a:rPr', { lang: slide.lang, dirty: '0' }), x('a:t', text)])
  const shapes = [
    placeholder(2, 'Title 1', x('p:ph', { type: 'title' }), [x('a:p', [run(slide.title)])]),
    placeholder(3, 'Content Placeholder 2', x('p:ph', { idx: '1' }), slide.body.map((line) => x('a:p', [run(line)]))),
  ]
  if (slide.footer !== null) {
    shapes.push(placeholder(4, 'Footer Placeholder 3', x('p:ph', { type: 'ftr', sz: 'quarter', idx: '11' }), [x('a:p', [run(slide.footer)])]))
    shapes.push(placeholder(5, 'Slide Number Placeholder 4', x('p:ph', { type: 'sldNum', sz: 'quarter', idx: '12' }), [x('a:p', [x('a:fld', { id: '{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}', type: 'slidenum' }, [x('a:rPr', { lang: slide.lang }), x('a:t', '‹#›')])])]))
  }
  return x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8" standalone="yes"' },
    x('p:sld', NS, [
      x('p:cSld', [
        x('p:spTree', [
          x('p:nvGrpSpPr', [x('p:cNvPr', { id: '1', name: '' }), x('p:cNvGrpSpPr'), x('p:nvPr')]),
          x('p:grpSpPr'),
          ...shapes,
        ]),
      ]),
      x('p:clrMapOvr', [x('a:masterClrMapping')]),
    ]),
  ])
}

function placeholder(id: number, name: string, ph: Element, paragraphs: Element[]): Element {
  return x('p:sp', [
    x('p:nvSpPr', [x('p:cNvPr', { id: String(id), name }), x('p:cNvSpPr', [x('a:spLocks', { noGrp: '1' })]), x('p:nvPr', [ph])]),
    x('p:spPr'),
    x('p:txBody', [x('a:bodyPr'), x('a:lstStyle'), ...paragraphs]),
  ])
}

function relationships(rels: Array<{ id: string; type: string; target: string }>): Root {
  return x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8" standalone="yes"' },
    x('Relationships', { xmlns: 'http://schemas.openxmlformats.org/package/2006/relationships' }, rels.map((rel) => x('Relationship', { Id: rel.id, Type: `${REL}/${rel.type}`, Target: rel.target }))),
  ])
}

function find(tree: Root | Element, name: string): Element | undefined {
  for (const child of tree.children) {
    if (child.type !== 'element') continue
    if (child.name === name) return child
    const found = find(child, name)
    if (found !== undefined) return found
  }
  return undefined
}
