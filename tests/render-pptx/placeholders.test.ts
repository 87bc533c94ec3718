import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import type { LaidOutDeck } from '../../src/layout/index.js'
import { makePng } from '../support/png.js'
import { findAll, paragraphTexts, readPptx, shapesOf, type PptxPackage, type XmlElement } from '../support/pptx.js'

const markdown = [
  '---',
  'title: Uji placeholder',
  'subtitle: Subjudul rapat',
  'lang: id',
  'classification: TERBATAS',
  'footer: Rapat koordinasi',
  '---',
  '',
  '## Daftar',
  '',
  '- satu',
  '- dua',
  '',
  '## Dua kolom',
  '',
  ':::: columns',
  '::: column',
  'Kiri pertama.',
  ':::',
  '::: column',
  'Kanan pertama.',
  ':::',
  '::::',
  '',
  '## Tabel di tengah',
  '',
  'Sebelum tabel.',
  '',
  '| A | B |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  'Sesudah tabel.',
  '',
  '---',
  '',
  'Slide tanpa judul.',
  '',
  '## Gambar',
  '',
  '![preencoded.png](peta.png)',
  '',
  '## Gambar tanpa teks',
  '',
  '![](peta.png)',
  '',
  '## Tabel saja',
  '',
  '| A | B |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '## Teks dan gambar',
  '',
  '- satu',
  '',
  '![](peta.png)',
  '',
  '## Perbandingan',
  '',
  ':::: columns',
  '::: column',
  '**Peran**',
  '',
  '- Vital di tengah senjata',
  ':::',
  '::: column',
  '**Kunci keberhasilan**',
  '',
  '- Komunikasi yang tajam',
  ':::',
  '::::',
  '',
].join('\n')

let pkg: PptxPackage
let laidOut: LaidOutDeck

beforeAll(async () => {
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  const images: Record<string, Uint8Array> = { 'peta.png': makePng(40, 30, '1D4ED8') }
  const themeContext = { contentDir: '/deck', readFile: () => null, displayPath: (path: string) => path }
  const result = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext }, async (path) => images[path.split('/').pop() ?? ''] ?? null)
  const pptx = result.outputs?.pptx
  if (pptx === undefined || pptx === null || result.laidOut === null) throw new Error(`no PPTX: ${String(file.messages)}`)
  laidOut = result.laidOut
  pkg = await readPptx(pptx)
}, 60_000)

const slide = (index: number): XmlElement => pkg.xml(pkg.slides[index] ?? '')
const layoutOf = (index: number): XmlElement => {
  const layout = pkg.rels(pkg.slides[index] ?? '').find((rel) => rel.type.endsWith('/slideLayout'))?.path ?? ''
  return pkg.xml(layout)
}
const layoutName = (index: number): string => findAll(layoutOf(index), 'p:cSld')[0]?.attrs.name ?? ''
/** A slide's shapes that hold body text: placeholders other than titles, footer, date and number. */
const bodyShapes = (index: number) =>
  shapesOf(slide(index)).filter((entry) => entry.placeholder !== null && !['title', 'ctrTitle', 'subTitle', 'ftr', 'dt', 'sldNum'].includes(entry.placeholder))
const phOf = (shape: XmlElement): Record<string, string> => findAll(shape, 'p:ph')[0]?.attrs ?? {}

describe('slides fill their layout placeholders', () => {
  it('puts every text frame of every content slide in a body placeholder, and leaves no body text in a plain text box', () => {
    laidOut.slides.forEach((laid, index) => {
      if (laid.layout === 'title' || laid.layout === 'section') return
      // A column heading is a text frame's own shape (Comparison); a picture's caption on Picture with Caption is in the layout's text placeholder too.
      const frames = laid.frames.flatMap((frame) => (frame.type !== 'text' ? [] : frame.heading === undefined ? [frame] : [frame, frame]))
      const captions = bodyShapes(index).filter((entry) => entry.name.startsWith('Caption'))
      expect(bodyShapes(index).length - captions.length, `slide ${index + 1}`).toBe(frames.length)
      if (laid.layout === 'image') return
      const boxes = shapesOf(slide(index)).filter((entry) => entry.placeholder === null)
      // What stays a plain shape is not body text (the table is a graphic frame, not a p:sp; captions of figures are text boxes).
      expect(boxes.flatMap((entry) => paragraphTexts(entry.shape)).filter((text) => text !== ''), `slide ${index + 1}`).toEqual([])
    })
  })

  it('fills the placeholder the layout has for each column, and keeps the measured box on the slide', () => {
    expect(layoutName(2)).toBe('Two Content')
    const [left, right] = bodyShapes(2)
    expect([phOf(left!.shape), phOf(right!.shape)]).toEqual([{ idx: '1' }, { idx: '2' }])
    expect(paragraphTexts(left!.shape)).toEqual(['Kiri pertama.'])
    expect(paragraphTexts(right!.shape)).toEqual(['Kanan pertama.'])
    const layoutIdx = findAll(layoutOf(2), 'p:ph').map((ph) => ph.attrs.idx)
    expect(layoutIdx).toEqual(expect.arrayContaining(['1', '2']))
    const frame = laidOut.slides[2]
    const box = frame?.layout === 'twoColumn' ? frame.frames[1]?.box : undefined
    expect(findAll(right!.shape, 'a:off')[0]?.attrs.x).toBe(String(Math.round((box?.x ?? -1) * 12700)))
  })

  it('puts text after a table in a body placeholder of its own index', () => {
    const shapes = bodyShapes(3)
    expect(shapes.map((entry) => phOf(entry.shape))).toEqual([{ idx: '1' }, { type: 'body', idx: '101' }])
    expect(shapes.map((entry) => paragraphTexts(entry.shape).join(''))).toEqual(['Sebelum tabel.', 'Sesudah tabel.'])
  })

  it('gives an untitled slide a layout without a title, and no empty title placeholder', () => {
    expect(laidOut.slides[4]?.title).toBeNull()
    expect(layoutName(4)).toBe('Content')
    expect(findAll(layoutOf(4), 'p:sldLayout')[0]?.attrs.type).toBe('objOnly')
    expect(shapesOf(slide(4)).map((entry) => entry.placeholder)).not.toContain('title')
    expect(findAll(layoutOf(4), 'p:ph').map((ph) => ph.attrs.type)).not.toContain('title')
  })

  it('puts the title slide title in ctrTitle and its subtitle in subTitle', () => {
    const types = shapesOf(slide(0)).map((entry) => entry.placeholder)
    expect(types).toEqual(expect.arrayContaining(['ctrTitle', 'subTitle', 'ftr', 'sldNum']))
    const subtitle = shapesOf(slide(0)).find((entry) => entry.placeholder === 'subTitle')!
    expect(paragraphTexts(subtitle.shape)).toEqual(['Subjudul rapat'])
  })

  it('refers on every slide only to placeholders its layout has (by type, or by idx for body text), except extra body text', () => {
    pkg.slides.forEach((_path, index) => {
      const layout = findAll(layoutOf(index), 'p:ph').map((ph) => ph.attrs)
      for (const { shape } of shapesOf(slide(index)).filter((entry) => entry.placeholder !== null)) {
        const ph = phOf(shape)
        if (Number(ph.idx) > 100) continue
        const match = ph.idx === undefined ? layout.some((candidate) => candidate.type === ph.type) : layout.some((candidate) => candidate.idx === ph.idx)
        expect(match, `slide ${index + 1} ${JSON.stringify(ph)}`).toBe(true)
      }
    })
  })
})

/** The pictures (`p:pic`) or graphic frames of a slide, with their `<p:ph>` attributes (or null) and box. */
const objects = (index: number, kind: 'p:pic' | 'p:graphicFrame') =>
  findAll(slide(index), kind).map((frame) => {
    const nvPr = findAll(frame, 'p:nvPr')[0]
    const ph = nvPr?.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === 'p:ph')
    const off = findAll(frame, 'a:off')[0]?.attrs
    return { ph: ph?.attrs ?? null, first: nvPr?.children.find((child): child is XmlElement => typeof child !== 'string')?.name, x: Number(off?.x), y: Number(off?.y), frame }
  })
const emuOf = (points: number | undefined): number => Math.round((points ?? Number.NaN) * 12700)

describe('pictures and tables fill content placeholders as PowerPoint puts them', () => {
  it('puts an image slide on Picture with Caption: the picture in its picture placeholder, the caption in its text placeholder, at the measured boxes', () => {
    expect(laidOut.slides[5]?.layout).toBe('image')
    expect(layoutName(5)).toBe('Picture with Caption')
    expect(findAll(layoutOf(5), 'p:sldLayout')[0]?.attrs.type).toBe('picTx')
    const [picture] = objects(5, 'p:pic')
    expect(picture?.ph).toEqual({ type: 'pic', idx: '1' })
    // As PowerPoint writes a filled picture placeholder: p:ph first in p:nvPr, grouping locked, aspect kept.
    expect(picture?.first).toBe('p:ph')
    expect(findAll(picture!.frame, 'a:picLocks')[0]?.attrs).toEqual({ noGrp: '1', noChangeAspect: '1' })
    const layoutPh = findAll(layoutOf(5), 'p:ph').map((ph) => ph.attrs)
    expect(layoutPh).toEqual(expect.arrayContaining([{ type: 'pic', idx: '1' }, { type: 'body', idx: '2' }]))
    const frame = laidOut.slides[5]?.layout === 'image' ? laidOut.slides[5].frames[0] : undefined
    expect(frame?.type).toBe('image')
    expect([picture?.x, picture?.y]).toEqual([emuOf(frame?.box.x), emuOf(frame?.box.y)])
    const caption = shapesOf(slide(5)).find((entry) => entry.name.startsWith('Caption'))!
    expect(phOf(caption.shape)).toEqual({ type: 'body', idx: '2' })
    expect(paragraphTexts(caption.shape)).toEqual(['preencoded.png'])
    const captionBox = frame?.type === 'image' ? frame.caption?.box : undefined
    expect(findAll(caption.shape, 'a:off')[0]?.attrs).toEqual({ x: String(emuOf(captionBox?.x)), y: String(emuOf(captionBox?.y)) })
  })

  it('puts a table that opens a slide in the content placeholder, and leaves one after text a free table', () => {
    const [table] = objects(7, 'p:graphicFrame')
    expect(layoutName(7)).toBe('Title and Content')
    expect(table?.ph).toEqual({ idx: '1' })
    expect(table?.first).toBe('p:ph')
    expect(findAll(table!.frame, 'a:graphicFrameLocks')[0]?.attrs).toEqual({ noGrp: '1' })
    const frame = laidOut.slides[7]?.layout === 'content' ? laidOut.slides[7].frames.find((candidate) => candidate.type === 'table') : undefined
    expect([table?.x, table?.y]).toEqual([emuOf(frame?.box.x), emuOf(frame?.box.y)])
    // Text before a table takes the content placeholder; the table stays a plain graphic frame.
    expect(objects(3, 'p:graphicFrame').map((entry) => entry.ph)).toEqual([null])
  })

  it('puts a picture beside text on a content slide in no placeholder once the text holds the content placeholder', () => {
    expect(objects(8, 'p:pic').map((entry) => entry.ph)).toEqual([null])
  })
})

describe('headed columns fill the Comparison layout', () => {
  it('puts each column heading in a heading placeholder and the rest of the column in the content placeholder below it, where layout placed the lines', () => {
    expect(layoutName(9)).toBe('Comparison')
    expect(findAll(layoutOf(9), 'p:sldLayout')[0]?.attrs.type).toBe('twoTxTwoObj')
    const shapes = bodyShapes(9)
    expect(shapes.map((entry) => phOf(entry.shape))).toEqual([{ type: 'body', idx: '1' }, { idx: '2' }, { type: 'body', idx: '3' }, { idx: '4' }])
    expect(shapes.map((entry) => paragraphTexts(entry.shape).join(' | '))).toEqual(['Peran', 'Vital di tengah senjata', 'Kunci keberhasilan', 'Komunikasi yang tajam'])
    const laid = laidOut.slides[9]
    const frames = laid?.layout === 'twoColumn' ? laid.frames.filter((frame) => frame.type === 'text') : []
    expect(frames).toHaveLength(2)
    frames.forEach((frame, column) => {
      const height = frame.type === 'text' ? frame.heading?.height : undefined
      expect(height).toBeGreaterThan(0)
      const [heading, rest] = [shapes[2 * column]!.shape, shapes[2 * column + 1]!.shape]
      expect(findAll(heading, 'a:off')[0]?.attrs.y).toBe(String(emuOf(frame.box.y)))
      expect(findAll(heading, 'a:ext')[0]?.attrs.cy).toBe(String(emuOf(height)))
      expect(findAll(rest, 'a:off')[0]?.attrs.y).toBe(String(emuOf(frame.box.y + (height ?? 0))))
      expect(Number(findAll(rest, 'a:ext')[0]?.attrs.cy)).toBe(emuOf(frame.box.h - (height ?? 0)))
    })
    // The layout's headings and content placeholders are at the boxes of this first headed slide.
    const layoutPh = findAll(layoutOf(9), 'p:sp').filter((sp) => ['1', '2'].includes(findAll(sp, 'p:ph')[0]?.attrs.idx ?? ''))
    expect(layoutPh.map((sp) => findAll(sp, 'a:off')[0]?.attrs.y)).toEqual([String(emuOf(frames[0]?.box.y)), String(emuOf((frames[0]?.box.y ?? 0) + (frames[0]?.type === 'text' ? (frames[0].heading?.height ?? 0) : 0)))])
  })

  it('keeps a two-column slide without headings on Two Content', () => {
    expect(layoutName(2)).toBe('Two Content')
    expect(laidOut.slides[2]?.layout === 'twoColumn' && laidOut.slides[2].frames.every((frame) => frame.type !== 'text' || frame.heading === undefined)).toBe(true)
  })
})

describe('pictures keep the alt text of the content', () => {
  it('keeps an alt text that reads preencoded.png, and writes an empty one where the content has none', () => {
    const descr = (index: number): Array<string | undefined> => findAll(slide(index), 'p:pic').map((picture) => findAll(picture, 'p:cNvPr')[0]?.attrs.descr)
    expect(descr(5)).toEqual(['preencoded.png'])
    expect(descr(6)).toEqual([''])
  })
})
