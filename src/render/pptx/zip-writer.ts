import { crc32, deflateRawSync } from 'node:zlib'
import { MAX_REMEMBERED } from './part-cache.js'
import type { EarlyDeflate } from './early-deflate.js'

/**
 * A minimal deterministic zip writer: every entry DEFLATE-compressed with
 * Node's zlib (native), one fixed date for all entries, entries in the given order, no
 * folder entries, no extra fields. Identical input gives identical bytes.
 * Synchronous zlib on purpose: for thousands of small parts the async API's
 * per-call stream overhead cost five times the compression itself. A large
 * package is compressed on a thread instead, in batches, while its parts are
 * still being transformed (`writeZipEarly`, `early-deflate.ts`): the same
 * zlib calls, so the same bytes.
 */

const utf8 = new TextEncoder()

/**
 * The entries of the previous zip, so a rebuild (the dev server's) compresses
 * only the parts that changed: unchanged slides give equal strings. Created
 * by the caller with `createZipCache` and passed in. Kept only for packages
 * up to `MAX_REMEMBERED` characters (a few hundred slides): a huge deck is
 * built once, and keeping its parts would only hold memory.
 */
export interface ZipCache {
  level: number
  entries: Map<string, Packed>
}

/** An empty zip cache. */
export function createZipCache(): ZipCache {
  return { level: -1, entries: new Map() }
}

/** The DEFLATE level packages are written with (zlib's default). */
export const ZIP_LEVEL = 6

/** One zip entry: its path and content (text is written as UTF-8). */
export interface ZipEntry {
  path: string
  content: Uint8Array | string
}

/**
 * Zips `entries` in order.
 *
 * @param entries the files, in the order they are written
 * @param date every entry's modification date (UTC; clamped to DOS dates, 1980–2107)
 * @param cache the previous zip's compressed entries, reused where unchanged and replaced by this zip's
 * @param level the DEFLATE level (zlib's 0–9)
 */
export function writeZip(entries: readonly ZipEntry[], date: Date, cache: ZipCache = createZipCache(), level = ZIP_LEVEL): Uint8Array {
  const previous = cache.level === level ? cache.entries : new Map<string, Packed>()
  const scratch: Scratch = { bytes: Buffer.alloc(0) }
  const packed = entries.map((entry) => reused(previous, entry) ?? pack(entry.content, level, scratch))
  return assemble(entries, packed, date, cache, level)
}

/**
 * Zips `entries` in order, like `writeZip`, taking the entries `early`
 * compressed ahead (on its thread) where their content is the one offered;
 * the rest are compressed here meanwhile. The same bytes as `writeZip`.
 *
 * @param early what was compressed ahead, at its `level` (the caller closes it)
 */
export async function writeZipEarly(entries: readonly ZipEntry[], date: Date, early: EarlyDeflate, cache: ZipCache = createZipCache()): Promise<Uint8Array> {
  const level = early.level
  const previous = cache.level === level ? cache.entries : new Map<string, Packed>()
  const scratch: Scratch = { bytes: Buffer.alloc(0) }
  const packed = entries.map((entry) => reused(previous, entry) ?? early.take(entry.path, entry.content) ?? pack(entry.content, level, scratch))
  return assemble(entries, await Promise.all(packed), date, cache, level)
}

/** The previous zip's entry for the path, if its content is the same. */
function reused(previous: ReadonlyMap<string, Packed>, entry: ZipEntry): Packed | undefined {
  const known = previous.get(entry.path)
  return known !== undefined && known.content === entry.content ? known : undefined
}

/** The zip of the compressed entries, in order; keeps them in `cache` for the next zip. */
function assemble(entries: readonly ZipEntry[], packed: readonly Packed[], date: Date, cache: ZipCache, level: number): Uint8Array {
  const { time, day } = dosDateTime(date)
  const size = entries.reduce((sum, entry) => sum + entry.content.length, 0)
  cache.level = level
  cache.entries = size <= MAX_REMEMBERED ? new Map(entries.map((entry, index) => [entry.path, packed[index] as Packed])) : new Map()
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  entries.forEach((entry, index) => {
    const { data, crc, size: length } = packed[index] as Packed
    const name = utf8.encode(entry.path)
    const fields = { crc, compressed: data.length, size: length, time, day, name }
    const local = header(0x04034b50, fields, null)
    locals.push(local, data)
    centrals.push(header(0x02014b50, fields, offset))
    offset += local.length + data.length
  })
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0)
  if (offset + centralSize > 0xffffffff) throw new RangeError('zip: the package is over 4 GB, which this writer does not write.')
  return Buffer.concat([...locals, ...centrals, ...endRecords(entries.length, centralSize, offset)])
}

/**
 * The end of central directory record; over 65,535 entries (a deck of some
 * 16,000 slides) preceded by the ZIP64 record and locator that hold the count.
 */
function endRecords(count: number, centralSize: number, centralOffset: number): Buffer[] {
  const records: Buffer[] = []
  if (count > 0xffff) {
    const zip64 = Buffer.alloc(56)
    zip64.writeUInt32LE(0x06064b50, 0)
    zip64.writeBigUInt64LE(44n, 4) // size of the rest of this record
    zip64.writeUInt16LE(45, 12) // made by: spec 4.5
    zip64.writeUInt16LE(45, 14) // needed to extract: 4.5 (ZIP64)
    zip64.writeBigUInt64LE(BigInt(count), 24)
    zip64.writeBigUInt64LE(BigInt(count), 32)
    zip64.writeBigUInt64LE(BigInt(centralSize), 40)
    zip64.writeBigUInt64LE(BigInt(centralOffset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(centralOffset + centralSize), 8)
    locator.writeUInt32LE(1, 16) // one disk
    records.push(zip64, locator)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Math.min(count, 0xffff), 8)
  end.writeUInt16LE(Math.min(count, 0xffff), 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(centralOffset, 16)
  records.push(end)
  return records
}

/** An entry compressed: what its headers and data need. */
export interface Packed {
  content: Uint8Array | string
  data: Uint8Array
  crc: number
  size: number
}

/** One buffer the text entries of one `writeZip` call are encoded into, in turn (grown when a longer text comes). */
interface Scratch {
  bytes: Buffer
}

/**
 * Compresses one entry. Text is encoded into `scratch` rather than a new
 * buffer per entry; zlib's output buffer is sized to hold the whole
 * compressed entry (up to 1 MB) and the result copied to its exact length.
 *
 * Why: `deflateRawSync` otherwise writes into a fresh 16 KB buffer per call
 * and returns a slice of it, so every entry kept 16 KB alive: 64 MB for the
 * 4,000 parts of a 1,000-slide deck, which V8 counts as external memory and
 * answers with extra collections of the whole heap ("external memory
 * pressure"); zipping that deck took 1.1 s of CPU instead of 0.7 s. The
 * compressed bytes are the same: zlib's output does not depend on the size
 * of the buffer it writes into.
 */
function pack(content: Uint8Array | string, level: number, scratch: Scratch): Packed {
  let bytes: Uint8Array
  if (typeof content === 'string') {
    if (scratch.bytes.length < content.length * 3) scratch.bytes = Buffer.allocUnsafe(content.length * 3)
    bytes = scratch.bytes.subarray(0, scratch.bytes.write(content, 'utf8'))
  } else bytes = content
  const chunkSize = Math.min(Math.max(64, bytes.length + (bytes.length >>> 3) + (bytes.length >>> 6) + 64), 1 << 20)
  return { content, data: new Uint8Array(deflateRawSync(bytes, { level, chunkSize })), crc: crc32(bytes), size: bytes.length }
}

interface HeaderFields {
  crc: number
  compressed: number
  size: number
  time: number
  day: number
  name: Uint8Array
}

/** A local file header (`offset` null) or a central directory header (with the local header's offset). */
function header(signature: number, fields: HeaderFields, offset: number | null): Buffer {
  const central = offset !== null
  const out = Buffer.alloc((central ? 46 : 30) + fields.name.length)
  let at = 0
  const u16 = (value: number): void => void (at = out.writeUInt16LE(value, at))
  const u32 = (value: number): void => void (at = out.writeUInt32LE(value >>> 0, at))
  u32(signature)
  if (central) u16(20) // made by: MS-DOS, spec 2.0
  u16(20) // needed to extract: 2.0 (DEFLATE)
  u16(0x0800) // flags: names are UTF-8
  u16(8) // method: DEFLATE
  u16(fields.time)
  u16(fields.day)
  u32(fields.crc)
  u32(fields.compressed)
  u32(fields.size)
  u16(fields.name.length)
  u16(0) // extra field length
  if (central) {
    u16(0) // comment length
    u16(0) // disk number
    u16(0) // internal attributes
    u32(0) // external attributes
    u32(offset)
  }
  out.set(fields.name, at)
  return out
}

/** DOS time and date fields of a UTC date, clamped to the years DOS dates hold. */
function dosDateTime(date: Date): { time: number; day: number } {
  const clamped = new Date(Math.min(Math.max(date.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58)))
  const time = (clamped.getUTCHours() << 11) | (clamped.getUTCMinutes() << 5) | Math.floor(clamped.getUTCSeconds() / 2)
  const day = ((clamped.getUTCFullYear() - 1980) << 9) | ((clamped.getUTCMonth() + 1) << 5) | clamped.getUTCDate()
  return { time, day }
}
