'use strict'
// The JSZip subset pptxgenjs uses to write an uncompressed package, in one pass (see readme.md).
const { crc32 } = require('node:zlib')

/** 1980-01-01 00:00, the earliest DOS date: nothing reads the date back, and a fixed one keeps the zip the same for the same parts. */
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1
/** Version 2.0: folders (and deflate, never written here) need it; MS-DOS attributes. */
const VERSION = 20
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800
/** MS-DOS attribute: a folder. */
const DOS_FOLDER = 0x10

function unsupported(what) {
  return new Error(`pptx-stored-zip: ${what} is not supported; this stand-in for JSZip writes only the uncompressed packages layar asks pptxgenjs for (vendor/pptx-stored-zip/readme.md)`)
}

/**
 * A zip being written: its entries (name → bytes, `null` for a folder, in the
 * order first added, as JSZip keeps them) shared by every folder view of it,
 * and the folder this view adds to.
 */
class StoredZip {
  #entries
  #root

  constructor() {
    if (arguments.length > 0) throw unsupported('new JSZip() with arguments')
    this.#entries = new Map()
    this.#root = ''
  }

  /** The folder `name` (added with its missing parents, as JSZip does), as a zip whose names are relative to it. */
  folder(name) {
    if (typeof name !== 'string' || name === '') throw unsupported('folder() without a folder name (listing or searching folders)')
    const view = new StoredZip()
    view.#entries = this.#entries
    view.#root = addFolder(this.#entries, this.#root + name)
    return view
  }

  /** Adds the file `name` (and its missing parent folders first, as JSZip does), or replaces its content in place. */
  file(name, data, options) {
    if (arguments.length < 2) throw unsupported('file() without content (reading an entry back)')
    if (typeof name !== 'string' || name === '' || name.endsWith('/')) throw unsupported(`file(${JSON.stringify(name)}) with a name that is no file name`)
    if (typeof data !== 'string') throw unsupported(`file(${JSON.stringify(name)}) with content that is not a string`)
    const base64 = fileOptions(name, options)
    const path = this.#root + name
    const parent = parentFolder(path)
    if (parent !== '') addFolder(this.#entries, parent)
    this.#entries.set(path, base64 ? base64Bytes(path, data) : Buffer.from(data, 'utf8'))
    return this
  }

  /** The zip of every entry, uncompressed, as a Node Buffer. */
  async generateAsync(options) {
    const type = options?.type
    if (type !== 'nodebuffer') throw unsupported(`generateAsync() to the output type ${JSON.stringify(type)} (only "nodebuffer")`)
    const compression = options.compression ?? 'STORE'
    if (typeof compression !== 'string' || compression.toUpperCase() !== 'STORE') {
      throw unsupported(`generateAsync() with compression ${JSON.stringify(compression)} (only "STORE")`)
    }
    const known = new Set(['type', 'compression'])
    for (const key of Object.keys(options)) if (!known.has(key)) throw unsupported(`generateAsync() with the option ${JSON.stringify(key)}`)
    return storedZip(this.#entries)
  }

  static loadAsync() {
    throw unsupported('JSZip.loadAsync() (reading a zip)')
  }
}

/** Whether the content is base64; any option other than `base64` throws. */
function fileOptions(name, options) {
  if (options === undefined) return false
  if (options === null || typeof options !== 'object') throw unsupported(`file(${JSON.stringify(name)}) with options that are no object`)
  for (const key of Object.keys(options)) if (key !== 'base64') throw unsupported(`file(${JSON.stringify(name)}) with the option ${JSON.stringify(key)}`)
  return options.base64 === true
}

/** Decodes canonical base64 (what JSZip decodes to the same bytes); anything else throws. */
function base64Bytes(path, data) {
  const bytes = Buffer.from(data, 'base64')
  if (bytes.toString('base64') !== data) throw unsupported(`base64 content for ${path} that is not plain, padded base64`)
  return bytes
}

/** JSZip's parent of a path: up to its last `/` (a trailing one left out), or '' at the top. */
function parentFolder(path) {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path
  const slash = trimmed.lastIndexOf('/')
  return slash > 0 ? trimmed.slice(0, slash) : ''
}

/** Adds the folder at `path` after its missing parents (JSZip's order); returns its entry name, ending in `/`. */
function addFolder(entries, path) {
  const name = path.endsWith('/') ? path : `${path}/`
  if (!entries.has(name)) {
    const parent = parentFolder(name)
    if (parent !== '') addFolder(entries, parent)
    entries.set(name, null)
  }
  return name
}

/** The zip: a local header and the bytes of each entry, then the central directory; one allocation for all of it. */
function storedZip(entries) {
  if (entries.size > 0xffff) throw unsupported(`a zip of ${entries.size} entries (more than 65,535 needs ZIP64)`)
  const records = []
  let offset = 0
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8')
    const data = content ?? Buffer.alloc(0)
    const record = { nameBytes, data, crc: content === null ? 0 : crc32(data), folder: content === null, flags: nameBytes.length === name.length ? 0 : UTF8_NAME, offset }
    records.push(record)
    offset += 30 + nameBytes.length + data.length
  }
  const directoryStart = offset
  for (const record of records) offset += 46 + record.nameBytes.length
  const end = offset
  if (end + 22 > 0xffffffff) throw unsupported(`a zip of ${end + 22} bytes (more than 4 GB needs ZIP64)`)
  const zip = Buffer.allocUnsafe(end + 22)
  for (const record of records) {
    let at = record.offset
    at = zip.writeUInt32LE(0x04034b50, at)
    at = zip.writeUInt16LE(VERSION, at)
    at = entryFields(zip, at, record)
    at = zip.writeUInt16LE(0, at) // extra field length
    at += record.nameBytes.copy(zip, at)
    record.data.copy(zip, at)
  }
  let at = directoryStart
  for (const record of records) {
    at = zip.writeUInt32LE(0x02014b50, at)
    at = zip.writeUInt16LE(VERSION, at) // made by: MS-DOS, 2.0
    at = zip.writeUInt16LE(VERSION, at)
    at = entryFields(zip, at, record)
    at = zip.writeUInt16LE(0, at) // extra field length
    at = zip.writeUInt16LE(0, at) // comment length
    at = zip.writeUInt16LE(0, at) // disk
    at = zip.writeUInt16LE(0, at) // internal attributes
    at = zip.writeUInt32LE(record.folder ? DOS_FOLDER : 0, at)
    at = zip.writeUInt32LE(record.offset, at)
    at += record.nameBytes.copy(zip, at)
  }
  at = zip.writeUInt32LE(0x06054b50, at)
  at = zip.writeUInt16LE(0, at) // this disk
  at = zip.writeUInt16LE(0, at) // the directory's disk
  at = zip.writeUInt16LE(records.length, at)
  at = zip.writeUInt16LE(records.length, at)
  at = zip.writeUInt32LE(end - directoryStart, at)
  at = zip.writeUInt32LE(directoryStart, at)
  zip.writeUInt16LE(0, at) // comment length
  return zip
}

/** The fields a local header and its directory record share, from the flags to the name's length. */
function entryFields(zip, at, record) {
  at = zip.writeUInt16LE(record.flags, at)
  at = zip.writeUInt16LE(0, at) // method: stored
  at = zip.writeUInt16LE(DOS_TIME, at)
  at = zip.writeUInt16LE(DOS_DATE, at)
  at = zip.writeUInt32LE(record.crc, at)
  at = zip.writeUInt32LE(record.data.length, at)
  at = zip.writeUInt32LE(record.data.length, at)
  return zip.writeUInt16LE(record.nameBytes.length, at)
}

module.exports = StoredZip
