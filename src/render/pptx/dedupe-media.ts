import { naturalOrder } from './natural-order.js'
import { elementsNamed, parseXmlPart, serializeXmlPart } from './xml-tree.js'

/** A package being fixed: part path → bytes or text. */
export type Parts = Map<string, Uint8Array | string>

/**
 * Keeps one media part per distinct content: pptxgenjs writes an image used
 * twice as two parts. Relationships to a duplicate are pointed at the first
 * copy (in path order), on each relationships part's parsed tree, and the
 * duplicate is removed.
 */
export function dedupeMedia(parts: Parts): void {
  const media = [...parts.keys()].filter((path) => path.startsWith('ppt/media/')).sort(naturalOrder)
  // The first part of each distinct content, by byte length: only parts of one length can be equal.
  const firstsByLength = new Map<number, Array<{ path: string; bytes: Buffer }>>()
  const replaced = new Map<string, string>()
  for (const path of media) {
    const bytes = bytesOf(parts.get(path))
    const firsts = firstsByLength.get(bytes.length)
    const first = firsts?.find((candidate) => candidate.bytes.equals(bytes))
    if (first !== undefined) replaced.set(path, first.path)
    else if (firsts !== undefined) firsts.push({ path, bytes })
    else firstsByLength.set(bytes.length, [{ path, bytes }])
  }
  if (replaced.size === 0) return
  for (const [path, content] of parts) {
    if (!path.endsWith('.rels') || typeof content !== 'string') continue
    const tree = parseXmlPart(content)
    let changed = false
    for (const relationship of elementsNamed(tree, 'Relationship')) {
      const target = relationship.attributes.Target
      const keep = target?.startsWith(MEDIA_TARGET) ? replaced.get(`ppt/media/${target.slice(MEDIA_TARGET.length)}`) : undefined
      if (keep === undefined) continue
      relationship.attributes.Target = `${MEDIA_TARGET}${keep.slice('ppt/media/'.length)}`
      changed = true
    }
    if (changed) parts.set(path, serializeXmlPart(tree))
  }
  for (const path of replaced.keys()) parts.delete(path)
}

/** How a slide's (or layout's, master's) relationships name a media part: relative to its folder under `ppt/`. */
const MEDIA_TARGET = '../media/'

/** A part's bytes (text as UTF-8), viewed as a Buffer for comparing. */
function bytesOf(content: Uint8Array | string | undefined): Buffer {
  if (content === undefined) return Buffer.alloc(0)
  return typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
}
