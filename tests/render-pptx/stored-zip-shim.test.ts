import JSZip from 'jszip'
import { mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pptxgenModule from 'pptxgenjs'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { storedZipParts } from '../../src/render/pptx/stored-zip.js'

/**
 * vendor/pptx-stored-zip stands in for JSZip inside pptxgenjs (package.json
 * `overrides`): these tests hold it to what real JSZip stores for the same
 * calls, and check that anything else throws.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const requireHere = createRequire(import.meta.url)
const pptxgenjsMain = requireHere.resolve('pptxgenjs')
const requireFromPptxgenjs = createRequire(pptxgenjsMain)
const StoredZip = requireFromPptxgenjs('jszip') as typeof JSZip

type PptxGenJS = typeof pptxgenModule.default
const PptxGenJSWithShim: PptxGenJS = (pptxgenModule as unknown as { default?: PptxGenJS }).default ?? (pptxgenModule as unknown as PptxGenJS)

/** pptxgenjs's CommonJS build, copied to a folder whose `jszip` is the real one: the same library, writing through real JSZip. */
const realSide = mkdtempSync(join(tmpdir(), 'layar-pptxgenjs-real-jszip-'))
mkdirSync(join(realSide, 'node_modules'))
symlinkSync(join(root, 'node_modules/jszip'), join(realSide, 'node_modules/jszip'), 'dir')
writeFileSync(join(realSide, 'pptxgen.cjs'), readFileSync(join(dirname(pptxgenjsMain), 'pptxgen.cjs.js')))
const PptxGenJSWithJSZip = createRequire(join(realSide, 'pptxgen.cjs'))(join(realSide, 'pptxgen.cjs')) as PptxGenJS
afterAll(() => rmSync(realSide, { recursive: true, force: true }))

const png = readFileSync(join(root, 'tests/fixtures/builds/chart.png'))

/** Every entry of a zip, folders included, in order, read by real JSZip with CRC-32 checked. */
async function entries(bytes: Uint8Array): Promise<Array<[string, string | null]>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true })
  const listed: Array<[string, string | null]> = []
  for (const [name, entry] of Object.entries(zip.files)) listed.push([name, entry.dir ? null : Buffer.from(await entry.async('uint8array')).toString('hex')])
  return listed
}

describe('pptxgenjs’s jszip', () => {
  it('is the stored-zip stand-in, while layar’s own jszip is the real JSZip', () => {
    expect(realpathSync(requireFromPptxgenjs.resolve('jszip'))).toBe(join(root, 'vendor/pptx-stored-zip/index.js'))
    expect(realpathSync(requireHere.resolve('jszip'))).toBe(join(root, 'node_modules/jszip/lib/index.js'))
    expect(StoredZip).not.toBe(JSZip)
    expect((JSZip as unknown as { version: string }).version).toBe('3.10.2')
  })
})

describe('the stored-zip stand-in for JSZip', () => {
  /** The calls pptxgenjs makes (folders through views, parts, base64 media), and the corners of each. */
  function write(zip: JSZip): void {
    zip.folder('_rels')
    zip.folder('ppt')!.folder('_rels')
    zip.folder('ppt/charts')!.folder('_rels')
    zip.folder('ppt/media')
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types/>')
    zip.file('ppt/slides/slide1.xml', '<p:sld>Kerja sama — ✓ ñ 𝑥² 🙂</p:sld>'.repeat(300))
    zip.file('ppt/slides/_rels/slide1.xml.rels', '<Relationships/>')
    zip.file('docProps/app.xml', '')
    zip.file('ppt/media/image-1-1.png', png.toString('base64'), { base64: true })
    zip.file('ppt/media/image-1-2.png', Buffer.from([0, 1, 2, 253, 254, 255]).toString('base64'), { base64: true })
    zip.folder('ppt')!.file('presentation.xml', '<p:presentation/>')
    zip.file('deep/er/still/part.xml', '<x/>')
    zip.file('notes/é.xml', '<é/>')
    // Replaced content keeps the entry's first place, as in JSZip.
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types>again</Types>')
  }

  it('stores the entries, in the order and with the bytes real JSZip stores for the same calls', async () => {
    const real = new JSZip()
    const shim = new StoredZip()
    write(real)
    write(shim)
    const realBytes = await real.generateAsync({ type: 'nodebuffer', compression: 'STORE' })
    const shimBytes = await shim.generateAsync({ type: 'nodebuffer', compression: 'STORE' })
    expect(shimBytes).toBeInstanceOf(Buffer)
    const expected = await entries(realBytes)
    expect(expected.map(([name]) => name)).toContain('deep/er/')
    expect(await entries(shimBytes)).toEqual(expected)
    expect([...storedZipParts(shimBytes)]).toEqual([...storedZipParts(realBytes)])
  })

  it('writes the same zip for the same calls (no date of writing in it)', async () => {
    const first = new StoredZip()
    const second = new StoredZip()
    write(first)
    write(second)
    const bytes = await first.generateAsync({ type: 'nodebuffer', compression: 'STORE' })
    expect(bytes.equals(await second.generateAsync({ type: 'nodebuffer', compression: 'STORE' }))).toBe(true)
  })

  it('throws, naming it, on every call outside what pptxgenjs makes for layar', async () => {
    const zip = new StoredZip()
    zip.file('a.xml', '<a/>')
    await expect(zip.generateAsync({ type: 'base64' })).rejects.toThrow(/output type "base64"/)
    await expect(zip.generateAsync({ type: 'blob', compression: 'STORE' })).rejects.toThrow(/output type "blob"/)
    await expect(zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })).rejects.toThrow(/compression "DEFLATE"/)
    await expect(zip.generateAsync({ type: 'nodebuffer', compression: 'STORE', streamFiles: true })).rejects.toThrow(/option "streamFiles"/)
    expect(() => zip.file('a.xml')).toThrow(/reading an entry back/)
    expect(() => zip.file('b.bin', new Uint8Array([1]))).toThrow(/not a string/)
    expect(() => zip.file('b.bin', 'AQ==', { binary: true })).toThrow(/option "binary"/)
    expect(() => zip.file('b.bin', 'data:image/png;base64,AQ==', { base64: true })).toThrow(/not plain, padded base64/)
    expect(() => zip.folder(/ppt/)).toThrow(/without a folder name/)
    expect(() => StoredZip.loadAsync(new Uint8Array())).toThrow(/loadAsync/)
  })
})

describe('pptxgenjs writing through the stand-in', () => {
  beforeEach(() => {
    // pptxgenjs writes the time of writing into docProps/core.xml.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(Date.UTC(2026, 11, 2, 7, 0, 0)) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** A deck with what layar draws: a master with a slide number, text in several scripts, a link, a table, pictures, notes. */
  function draw(pres: InstanceType<PptxGenJS>): void {
    const data = `image/png;base64,${png.toString('base64')}`
    pres.layout = 'LAYOUT_WIDE'
    pres.title = 'Kerja sama — ✓'
    pres.defineSlideMaster({ title: 'MASTER', background: { color: 'FFFFFF' }, slideNumber: { x: 12, y: 7, w: 1, h: 0.4 } })
    for (let index = 0; index < 3; index++) {
      const slide = pres.addSlide({ masterName: 'MASTER' })
      if (index === 1) slide.background = { data }
      slide.addText([{ text: `Teks ${index} ñ 𝑥² 🙂`, options: { bold: true, hyperlink: { url: 'https://example.org/ä' } } }], { x: 1, y: 1, w: 6, h: 1 })
      slide.addTable([[{ text: 'a' }, { text: 'b' }], [{ text: 'ü' }, { text: '&<>' }]], { x: 1, y: 3, w: 4 })
      slide.addImage({ data, x: 7, y: 2, w: 2, h: 2 })
      slide.addNotes(`Catatan ${index} — ✓`)
    }
  }

  it('gives the parts pptxgenjs writes through real JSZip, same names, order and bytes', async () => {
    const real = new PptxGenJSWithJSZip()
    const shim = new PptxGenJSWithShim()
    draw(real)
    draw(shim)
    const realBytes = (await real.write({ outputType: 'STREAM', compression: false })) as Uint8Array
    const shimBytes = (await shim.write({ outputType: 'STREAM', compression: false })) as Uint8Array
    const expected = await entries(realBytes)
    expect(expected.map(([name]) => name)).toContain('ppt/media/Slide-2-image-1.png')
    expect(await entries(shimBytes)).toEqual(expected)
    expect([...storedZipParts(shimBytes)]).toEqual([...storedZipParts(realBytes)])
  })

  it('rejects a deck with a chart (its workbook is asked for as base64), naming what it cannot write', async () => {
    const pres = new PptxGenJSWithShim()
    pres.addSlide().addChart('bar', [{ name: 'a', labels: ['x'], values: [1] }], { x: 1, y: 1, w: 4, h: 3 })
    await expect(pres.write({ outputType: 'STREAM', compression: false })).rejects.toThrow(/pptx-stored-zip: generateAsync\(\) to the output type "base64"/)
  })
})
