import { posix } from 'node:path'
import type { Element, Root } from 'xast'
import { x } from 'xastscript'
import type { Parts } from '../dedupe-media.js'
import { childElements, documentElement, parseXmlPart, serializeXmlPart } from '../xml-tree.js'

/** Relationship type URIs, by their last word. */
export const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'

/** Reads a template package into parts: XML and relationships as text, everything else as bytes. */
export async function templateParts(bytes: Uint8Array): Promise<Parts> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(bytes)
  const parts: Parts = new Map()
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue
    const text = entry.name.endsWith('.xml') || entry.name.endsWith('.rels')
    parts.set(entry.name, text ? await entry.async('string') : await entry.async('uint8array'))
  }
  return parts
}

/** One relationship of a part. */
export interface Relationship {
  id: string
  type: string
  /** The target part's path in the package (resolved), or the raw target when external. */
  target: string
  external: boolean
}

/** The relationships part of `part`. */
export function relsPath(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`)
}

/** The relationships of `part` (none when it has no relationships part). */
export function readRels(parts: Parts, part: string): Relationship[] {
  const text = parts.get(relsPath(part))
  if (typeof text !== 'string') return []
  return childElements(documentElement(parseXmlPart(text))).map((rel) => {
    const raw = String(rel.attributes.Target ?? '')
    const external = rel.attributes.TargetMode === 'External'
    const target = external ? raw : raw.startsWith('/') ? raw.slice(1) : posix.normalize(posix.join(posix.dirname(part), raw))
    return { id: String(rel.attributes.Id ?? ''), type: String(rel.attributes.Type ?? ''), target, external }
  })
}

/** Writes the relationships of `part`, targets relative to it. */
export function writeRels(parts: Parts, part: string, rels: readonly Relationship[]): void {
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8" standalone="yes"' },
    x(
      'Relationships',
      { xmlns: 'http://schemas.openxmlformats.org/package/2006/relationships' },
      rels.map((rel) =>
        x('Relationship', {
          Id: rel.id,
          Type: rel.type,
          Target: rel.external ? rel.target : posix.relative(posix.dirname(part), rel.target),
          ...(rel.external ? { TargetMode: 'External' } : {}),
        }),
      ),
    ),
  ])
  parts.set(relsPath(part), serializeXmlPart(tree))
}

/** Parses an XML part, lets `change` edit its tree, and writes it back. */
export function editPart(parts: Parts, part: string, change: (root: Element, tree: Root) => void): void {
  const text = parts.get(part)
  if (typeof text !== 'string') throw new Error(`pptx template: part ${part} is missing.`)
  const tree = parseXmlPart(text)
  change(documentElement(tree), tree)
  parts.set(part, serializeXmlPart(tree))
}

/** A relationship id not yet used in `rels`. */
export function freshId(rels: readonly Relationship[], prefix: string): string {
  const used = new Set(rels.map((rel) => rel.id))
  let n = 1
  while (used.has(`${prefix}${n}`)) n += 1
  return `${prefix}${n}`
}
