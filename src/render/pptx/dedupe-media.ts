import { createHash } from 'node:crypto'

/** A package being fixed: part path → bytes or text. */
export type Parts = Map<string, Uint8Array | string>

/**
 * Keeps one media part per distinct content: pptxgenjs writes an image used
 * twice as two parts. Relationships to a duplicate are pointed at the first
 * copy (in path order) and the duplicate is removed.
 */
export function dedupeMedia(parts: Parts): void {
  const media = [...parts.keys()].filter((path) => path.startsWith('ppt/media/')).sort(naturalOrder)
  const firstByDigest = new Map<string, string>()
  const replaced = new Map<string, string>()
  for (const path of media) {
    const bytes = parts.get(path)
    const digest = createHash('sha256').update(typeof bytes === 'string' ? Buffer.from(bytes) : (bytes ?? new Uint8Array())).digest('hex')
    const first = firstByDigest.get(digest)
    if (first === undefined) firstByDigest.set(digest, path)
    else replaced.set(path, first)
  }
  if (replaced.size === 0) return
  for (const [path, content] of parts) {
    if (!path.endsWith('.rels') || typeof content !== 'string') continue
    parts.set(
      path,
      content.replace(/Target="\.\.\/media\/([^"]+)"/g, (whole, name: string) => {
        const keep = replaced.get(`ppt/media/${name}`)
        return keep === undefined ? whole : `Target="../media/${keep.slice('ppt/media/'.length)}"`
      }),
    )
  }
  for (const path of replaced.keys()) parts.delete(path)
}

/** One collator for every comparison: `localeCompare` with options builds one per call, which sorting 4,000 parts felt. */
const natural = new Intl.Collator('en', { numeric: true })

/** Orders `image-2-10` after `image-2-9`. */
export function naturalOrder(a: string, b: string): number {
  return natural.compare(a, b)
}
