import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { toXml } from 'xast-util-to-xml'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import { pdfToPngs, pptxToPdf } from '../support/libreoffice.js'
import { makePng } from '../support/png.js'

const markdown = ['---', 'title: Uji', 'lang: id', 'classification: TERBATAS', 'organization: Direktorat Contoh', '---', '', '## Peta', '', '![Peta wilayah latihan](peta.png)', '', '## Tabel', '', '| A | B |', '|---|---|', '| 1 | 2 |', ''].join('\n')

/** The package with every picture and table taken out of its placeholder (`p:ph` removed): the free shapes layar drew before. */
async function withoutObjectPlaceholders(pptx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx)
  for (const path of Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))) {
    const tree = fromXml(await zip.file(path)!.async('string'))
    const strip = (node: Root | Element, inObject: boolean): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue
        const object = inObject || child.name === 'p:pic' || child.name === 'p:graphicFrame'
        if (object) child.children = child.children.filter((grandchild) => !(grandchild.type === 'element' && grandchild.name === 'p:ph'))
        strip(child, object)
      }
    }
    strip(tree, false)
    zip.file(path, toXml(tree))
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

describe('pictures and tables in placeholders, drawn by LibreOffice', () => {
  it('draw every pixel as the same picture and table drawn as free shapes', async () => {
    const file = new VFile({ path: '/deck/deck.md', value: markdown })
    const themeContext = { contentDir: '/deck', readFile: () => null, displayPath: (path: string) => path }
    const result = await buildDeck(file, { formats: ['pptx'], theme: null, sourceDateEpoch: 0, themeContext }, async (path) => (path.endsWith('peta.png') ? makePng(160, 120, '1D4ED8') : null))
    const pptx = result.outputs?.pptx
    if (!pptx) throw new Error(`no PPTX: ${String(file.messages)}`)
    const free = await withoutObjectPlaceholders(pptx)
    expect(free).not.toEqual(pptx)
    const placed = pdfToPngs(pptxToPdf(pptx, 'placed'), { first: 2, last: 3 })
    const drawn = pdfToPngs(pptxToPdf(free, 'free'), { first: 2, last: 3 })
    expect(placed).toHaveLength(2)
    placed.forEach((png, i) => {
      const [a, b] = [PNG.sync.read(readFileSync(png)), PNG.sync.read(readFileSync(drawn[i]!))]
      expect([a.width, a.height]).toEqual([b.width, b.height])
      expect(Buffer.compare(a.data, b.data), `page ${i + 2}: ${png} vs ${drawn[i]}`).toBe(0)
    })
    // The picture is there: its blue in the middle of the slide.
    const slide = PNG.sync.read(readFileSync(placed[0]!))
    const offset = (Math.round(slide.height * 0.29) * slide.width + Math.round(slide.width / 2)) * 4
    const [r, g, b] = slide.data.subarray(offset, offset + 3)
    expect(b! - Math.max(r!, g!)).toBeGreaterThan(40)
  }, 300_000)
})
