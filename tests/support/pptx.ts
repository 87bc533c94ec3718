import JSZip from 'jszip'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { posix } from 'node:path'

/** An element of a parsed XML part: name, attributes, children in order. */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: Array<XmlElement | string>
}

/** A relationship of a part, with its target resolved to a package path. */
export interface Relationship {
  id: string
  type: string
  target: string
  external: boolean
  /** Package path of the target (internal relationships only). */
  path: string | null
}

/** An unzipped PPTX: its parts and ways to read them. */
export interface PptxPackage {
  /** Part paths in zip order. */
  paths: string[]
  bytes(path: string): Uint8Array
  text(path: string): string
  /** The part parsed strictly (throws if it is not well-formed). */
  xml(path: string): XmlElement
  /** Relationships of a part (empty when it has no .rels part). */
  rels(path: string): Relationship[]
  /** Slide part paths in presentation order (from presentation.xml's sldIdLst). */
  slides: string[]
  /** The notes part of a slide, or null. */
  notesOf(slide: string): string | null
}

/**
 * Unzips a .pptx and validates EVERY XML part (.xml and .rels) with
 * fast-xml-parser's XMLValidator; throws naming the part if one is malformed.
 */
export async function readPptx(data: Uint8Array): Promise<PptxPackage> {
  const zip = await JSZip.loadAsync(data)
  const paths = Object.values(zip.files).filter((entry) => !entry.dir).map((entry) => entry.name)
  const bytes = new Map<string, Uint8Array>()
  for (const path of paths) bytes.set(path, await zip.file(path)!.async('uint8array'))
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const texts = new Map<string, string>()
  for (const path of paths) {
    if (!/\.(xml|rels)$/.test(path)) continue
    const text = decoder.decode(bytes.get(path))
    const valid = XMLValidator.validate(text)
    if (valid !== true) throw new Error(`${path} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, col ${valid.err.col})`)
    texts.set(path, text)
  }
  const get = <T>(map: Map<string, T>, path: string): T => {
    const value = map.get(path)
    if (value === undefined) throw new Error(`no part ${path} in the package`)
    return value
  }
  const pkg: PptxPackage = {
    paths,
    bytes: (path) => get(bytes, path),
    text: (path) => get(texts, path),
    xml: (path) => parseXml(get(texts, path)),
    rels: (path) => relationshipsOf(path, texts),
    slides: [],
    notesOf: (slide) => relationshipsOf(slide, texts).find((rel) => rel.type.endsWith('/notesSlide'))?.path ?? null,
  }
  const presentationRels = relationshipsOf('ppt/presentation.xml', texts)
  pkg.slides = findAll(pkg.xml('ppt/presentation.xml'), 'p:sldId').map((sldId) => {
    const rel = presentationRels.find((candidate) => candidate.id === sldId.attrs['r:id'])
    if (rel?.path == null) throw new Error(`slide id ${sldId.attrs['r:id']} has no relationship`)
    return rel.path
  })
  return pkg
}

function relationshipsOf(path: string, texts: Map<string, string>): Relationship[] {
  const relsPath = posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`)
  const text = texts.get(relsPath)
  if (text === undefined) return []
  return findAll(parseXml(text), 'Relationship').map((rel) => {
    const external = rel.attrs.TargetMode === 'External'
    const target = rel.attrs.Target ?? ''
    return {
      id: rel.attrs.Id ?? '',
      type: rel.attrs.Type ?? '',
      target,
      external,
      path: external ? null : target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(path), target)),
    }
  })
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
})

/** Parses XML into `XmlElement`s (entities decoded); the document element is returned. */
export function parseXml(text: string): XmlElement {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`)
  const nodes = convert(parser.parse(text) as unknown[])
  const root = nodes.find((node): node is XmlElement => typeof node !== 'string' && !node.name.startsWith('?'))
  if (root === undefined) throw new Error('XML has no document element')
  return root
}

function convert(nodes: unknown[]): Array<XmlElement | string> {
  const out: Array<XmlElement | string> = []
  for (const node of nodes as Array<Record<string, unknown>>) {
    const name = Object.keys(node).find((key) => key !== ':@')
    if (name === undefined) continue
    if (name === '#text') {
      out.push(String(node[name]))
      continue
    }
    const attrs = (node[':@'] ?? {}) as Record<string, string>
    out.push({ name, attrs, children: convert((node[name] ?? []) as unknown[]) })
  }
  return out
}

/** Every element named `name` under `root` (including root), in document order. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = []
  const visit = (element: XmlElement): void => {
    if (element.name === name) out.push(element)
    for (const child of element.children) if (typeof child !== 'string') visit(child)
  }
  visit(root)
  return out
}

/** The concatenated text content of an element. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('')
}

/** The text of each `a:p` paragraph under `root`: runs joined, `a:br` as a newline. */
export function paragraphTexts(root: XmlElement): string[] {
  return findAll(root, 'a:p').map((paragraph) => runText(paragraph))
}

function runText(element: XmlElement): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return ''
      if (child.name === 'a:t') return textOf(child)
      if (child.name === 'a:br') return '\n'
      return runText(child)
    })
    .join('')
}

/** Every `p:sp` shape of a slide, and the placeholder type of each (or null). */
export function shapesOf(slide: XmlElement): Array<{ shape: XmlElement; placeholder: string | null; name: string }> {
  return findAll(slide, 'p:sp').map((shape) => {
    const ph = findAll(shape, 'p:ph')[0]
    const cNvPr = findAll(shape, 'p:cNvPr')[0]
    return { shape, placeholder: ph === undefined ? null : (ph.attrs.type ?? 'body'), name: cNvPr?.attrs.name ?? '' }
  })
}

/** The visible text of a slide: every paragraph of every shape and table, one per line. */
export function slideText(slide: XmlElement): string {
  return paragraphTexts(slide).filter((line) => line !== '').join('\n')
}

/** The text of a notes slide's notes body (not its slide number). */
export function notesText(notes: XmlElement): string {
  const body = shapesOf(notes).find((entry) => entry.placeholder === 'body')
  return body === undefined ? '' : paragraphTexts(body.shape).join('\n')
}

/**
 * The colours (six hex digits) of the `a:srgbClr` and `a:schemeClr` elements
 * under `element`, in document order, scheme colours resolved through the
 * first slide master's colour map and the package's theme, as PowerPoint
 * draws them.
 */
export function colorsIn(pkg: PptxPackage, element: XmlElement): string[] {
  const map = findAll(pkg.xml('ppt/slideMasters/slideMaster1.xml'), 'p:clrMap')[0]?.attrs ?? {}
  const scheme = findAll(pkg.xml('ppt/theme/theme1.xml'), 'a:clrScheme')[0]
  const slot = (name: string): string | undefined => {
    const entry = scheme?.children.find((candidate): candidate is XmlElement => typeof candidate !== 'string' && candidate.name === `a:${name}`)
    return entry === undefined ? undefined : findAll(entry, 'a:srgbClr')[0]?.attrs.val
  }
  const colors: string[] = []
  const visit = (node: XmlElement): void => {
    if (node.name === 'a:srgbClr') colors.push(node.attrs.val ?? '')
    else if (node.name === 'a:schemeClr') colors.push(slot(map[node.attrs.val ?? ''] ?? node.attrs.val ?? '') ?? `scheme:${node.attrs.val}`)
    for (const child of node.children) if (typeof child !== 'string') visit(child)
  }
  visit(element)
  return colors
}
