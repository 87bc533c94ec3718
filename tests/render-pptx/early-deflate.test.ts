import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { EarlyDeflate } from '../../src/render/pptx/early-deflate.js'
import { createZipCache, writeZip, writeZipEarly, ZIP_LEVEL, type ZipEntry } from '../../src/render/pptx/zip-writer.js'

const date = new Date(Date.UTC(2026, 10, 25, 13, 45, 30))

/** Slides of different sizes (some over a batch), with non-ASCII text, and a picture. */
function deck(slides: number): ZipEntry[] {
  const entries: ZipEntry[] = [{ path: '[Content_Types].xml', content: '<Types/>' }]
  for (let n = 1; n <= slides; n++) {
    entries.push({ path: `ppt/slides/slide${n}.xml`, content: `<p:sld>${`<a:t>Kerja sama ${n} — ✓ ñ 𝛼</a:t>`.repeat(n % 7 === 0 ? 9000 : 20 + n)}</p:sld>` })
    entries.push({ path: `ppt/slides/_rels/slide${n}.xml.rels`, content: `<Relationships n="${n}"/>` })
  }
  entries.push({ path: 'ppt/media/image1.png', content: Uint8Array.from({ length: 5000 }, (_, index) => (index * 7919) % 256) })
  return entries
}

/** Offers every entry (the picture as bytes), as the part transforms do while the main thread goes on. */
function offerAll(early: EarlyDeflate, entries: readonly ZipEntry[]): void {
  for (const entry of entries) early.offer(entry.path, entry.content)
}

describe('writeZipEarly', () => {
  it('writes the bytes writeZip writes, the entries compressed on the thread in many batches, in order', async () => {
    const entries = deck(120)
    const early = new EarlyDeflate(ZIP_LEVEL, undefined, 0)
    try {
      offerAll(early, entries)
      expect(early.take(entries[5]!.path, entries[5]!.content)).toBeInstanceOf(Promise)
      const bytes = await writeZipEarly(entries, date, early)
      expect(Buffer.from(bytes).equals(Buffer.from(writeZip(entries, date)))).toBe(true)
      const zip = await JSZip.loadAsync(bytes, { checkCRC32: true })
      expect(Object.keys(zip.files)).toEqual(entries.map((entry) => entry.path))
      expect(await zip.file('ppt/slides/slide7.xml')!.async('string')).toBe(entries[13]!.content)
    } finally {
      early.close()
    }
  })

  it('compresses again on the main thread a part changed after it was offered, and one never offered', async () => {
    const entries = deck(30)
    const early = new EarlyDeflate(ZIP_LEVEL, undefined, 0)
    try {
      offerAll(early, entries.slice(0, 40))
      const changed = entries.map((entry) => (entry.path === 'ppt/slides/slide3.xml' ? { ...entry, content: '<p:sld>changed</p:sld>' } : entry))
      expect(early.take('ppt/slides/slide3.xml', '<p:sld>changed</p:sld>')).toBeUndefined()
      expect(early.take('ppt/slides/slide30.xml', entries[59]!.content)).toBeUndefined()
      const bytes = await writeZipEarly(changed, date, early)
      expect(Buffer.from(bytes).equals(Buffer.from(writeZip(changed, date)))).toBe(true)
    } finally {
      early.close()
    }
  })

  it('starts no thread for a small package, and offers nothing the zip cache holds', async () => {
    const entries = deck(10)
    const small = new EarlyDeflate(ZIP_LEVEL, undefined)
    offerAll(small, entries)
    expect(small.take(entries[1]!.path, entries[1]!.content)).toBeUndefined()
    small.close()

    const cache = createZipCache()
    const first = writeZip(entries, date, cache)
    const early = new EarlyDeflate(ZIP_LEVEL, cache, 0)
    try {
      const edited = entries.map((entry) => (entry.path === 'ppt/slides/slide2.xml' ? { ...entry, content: '<p:sld>edit</p:sld>' } : entry))
      offerAll(early, edited)
      expect(early.take(entries[1]!.path, entries[1]!.content)).toBeUndefined()
      expect(early.take('ppt/slides/slide2.xml', '<p:sld>edit</p:sld>')).toBeInstanceOf(Promise)
      const bytes = await writeZipEarly(edited, date, early, cache)
      expect(Buffer.from(bytes).equals(Buffer.from(writeZip(edited, date)))).toBe(true)
      expect(Buffer.from(bytes).equals(Buffer.from(first))).toBe(false)
    } finally {
      early.close()
    }
  })

  it('keeps its entries for the next zip like writeZip, so a rebuild reuses them', async () => {
    const entries = deck(20)
    const cache = createZipCache()
    const early = new EarlyDeflate(ZIP_LEVEL, cache, 0)
    try {
      offerAll(early, entries)
      await writeZipEarly(entries, date, early, cache)
    } finally {
      early.close()
    }
    expect(cache.entries.size).toBe(entries.length)
    const again = new EarlyDeflate(ZIP_LEVEL, cache, 0)
    offerAll(again, entries)
    expect(entries.every((entry) => again.take(entry.path, entry.content) === undefined)).toBe(true)
    again.close()
    expect(Buffer.from(writeZip(entries, date, cache)).equals(Buffer.from(writeZip(entries, date)))).toBe(true)
  })

  it('rejects what is still pending once closed, and nothing more is compressed', async () => {
    const entries = deck(8)
    const early = new EarlyDeflate(ZIP_LEVEL, undefined, 0)
    offerAll(early, entries)
    const pending = early.take(entries[1]!.path, entries[1]!.content)
    early.close()
    await expect(pending).rejects.toThrow(/closed/)
  })
})
