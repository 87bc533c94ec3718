import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { storedZipParts } from '../../src/render/pptx/stored-zip.js'
import { createZipCache, writeZip } from '../../src/render/pptx/zip-writer.js'

const date = new Date(Date.UTC(2026, 10, 25, 13, 45, 30))
const entries = [
  { path: '[Content_Types].xml', content: '<?xml version="1.0"?><Types/>' },
  { path: 'ppt/slides/slide1.xml', content: '<p:sld>Kerja sama — ✓ ñ</p:sld>'.repeat(50) },
  { path: 'ppt/media/image-1-1.png', content: new Uint8Array([137, 80, 78, 71, 0, 255, 1, 2]) },
  { path: 'empty.xml', content: '' },
]

describe('writeZip', () => {
  it('writes a zip any reader opens, with the same contents, CRCs checked', async () => {
    const zip = await JSZip.loadAsync(writeZip(entries, date), { checkCRC32: true })
    expect(Object.keys(zip.files)).toEqual(entries.map((entry) => entry.path))
    for (const entry of entries) {
      const file = zip.file(entry.path)!
      if (typeof entry.content === 'string') expect(await file.async('string')).toBe(entry.content)
      else expect(await file.async('uint8array')).toEqual(entry.content)
      expect(file.date.toISOString()).toBe('2026-11-25T13:45:30.000Z')
    }
  })

  it('gives identical bytes for identical input, also when it reuses the previous write', () => {
    const first = writeZip(entries, date)
    const again = writeZip(entries.map((entry) => ({ ...entry })), date)
    const changed = writeZip([...entries.slice(0, 1), { path: 'ppt/slides/slide1.xml', content: 'other' }, ...entries.slice(2)], date)
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true)
    expect(Buffer.from(changed).equals(Buffer.from(first))).toBe(false)
    expect(Buffer.from(writeZip(entries, date)).equals(Buffer.from(first))).toBe(true)
  })

  it('keeps no more memory per compressed entry than its bytes need (not a 16 KB zlib buffer each)', () => {
    const cache = createZipCache()
    const many = Array.from({ length: 200 }, (_, index) => ({ path: `ppt/slides/slide${index}.xml`, content: `<p:sld>${'<a:t>word</a:t>'.repeat(50 + index)}</p:sld>` }))
    writeZip(many, date, cache)
    const stores = new Set([...cache.entries.values()].map((packed) => packed.data.buffer))
    const held = [...stores].reduce((sum, store) => sum + store.byteLength, 0)
    const compressed = [...cache.entries.values()].reduce((sum, packed) => sum + packed.data.length, 0)
    expect(cache.entries.size).toBe(200)
    expect(held).toBeLessThan(compressed + 16 * 1024)
  })

  it('clamps dates DOS cannot hold', async () => {
    const zip = await JSZip.loadAsync(writeZip(entries.slice(0, 1), new Date(Date.UTC(1970, 0, 1))))
    expect(zip.file('[Content_Types].xml')!.date.getUTCFullYear()).toBe(1980)
  })
})

describe('storedZipParts', () => {
  it('reads the parts of an uncompressed zip: XML as text, media as bytes, no folders', async () => {
    const zip = new JSZip()
    zip.folder('ppt')
    zip.file('ppt/a.xml', '<a>Kerja sama — ✓</a>')
    zip.file('ppt/_rels/a.xml.rels', '<Relationships/>')
    zip.file('ppt/media/b.png', 'AAEC', { base64: true })
    const parts = storedZipParts(await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }))
    expect([...parts.keys()].sort()).toEqual(['ppt/_rels/a.xml.rels', 'ppt/a.xml', 'ppt/media/b.png'])
    expect(parts.get('ppt/a.xml')).toBe('<a>Kerja sama — ✓</a>')
    expect(parts.get('ppt/media/b.png')).toEqual(new Uint8Array([0, 1, 2]))
  })

  it('refuses compressed entries and bytes that are no zip', async () => {
    const deflated = await new JSZip().file('a.xml', '<a/>'.repeat(100)).generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    expect(() => storedZipParts(deflated)).toThrow(/compressed a\.xml/)
    expect(() => storedZipParts(new Uint8Array(40))).toThrow(/no zip/)
  })
})

describe('writeZip with more than 65,535 entries', () => {
  it('writes the ZIP64 end records that hold the count', async () => {
    const many = Array.from({ length: 70_000 }, (_, index) => ({ path: `p/${index}.xml`, content: `<a>${index}</a>` }))
    const zip = await JSZip.loadAsync(writeZip(many, date))
    expect(Object.keys(zip.files)).toHaveLength(70_000)
    expect(await zip.file('p/69999.xml')!.async('string')).toBe('<a>69999</a>')
  }, 240_000)
})
