import type { Parts } from './dedupe-media.js'

/**
 * Reads the parts of pptxgenjs's uncompressed package (its documented
 * `write({ outputType: 'STREAM' })`: a zip of STORE entries, no compression
 * asked for), so `post-process.ts` gets them without a pure-JS inflate:
 * XML parts as text, media as bytes, folder entries left out.
 *
 * Why not JSZip's `loadAsync`: it reads every entry through its chunked
 * worker pipeline, which costs more than slicing the stored bytes here.
 *
 * @throws Error if the bytes are no zip, or an entry is compressed (pptxgenjs wrote something else than asked)
 */
export function storedZipParts(bytes: Uint8Array): Parts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = endOfCentralDirectory(view)
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const parts: Parts = new Map()
  const decoder = new TextDecoder()
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('pptx: pptxgenjs wrote a package whose central directory is broken.')
    const method = view.getUint16(at + 10, true)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    at += 46 + nameLength + extraLength + commentLength
    if (name.endsWith('/')) continue
    if (method !== 0) throw new Error(`pptx: pptxgenjs compressed ${name}, though its package was asked for uncompressed.`)
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(start, start + size)
    parts.set(name, isText(name) ? decoder.decode(data) : data.slice())
  }
  return parts
}

/** The offset of the end of central directory record: the last one, searched from the end past a comment of at most 64 KB. */
function endOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at
  }
  throw new Error('pptx: pptxgenjs wrote no zip package.')
}

function isText(path: string): boolean {
  return path.endsWith('.xml') || path.endsWith('.rels')
}
