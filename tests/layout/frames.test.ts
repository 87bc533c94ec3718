import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { highlightCode } from '../../src/layout/highlight.js'
import { layoutDeck } from '../../src/layout/index.js'
import type { BodyLayout, CodeFrame, ImageFrame, TableFrame, TextFrame } from '../../src/layout/index.js'
import type { Block, ImageAssets, ListItem, Table, TableCell } from '../../src/model/index.js'
import { loadFaceSet } from '../../src/layout/font-metrics.js'
import { textWidth } from '../../src/layout/measure.js'
import { layoutTestTheme } from '../support/theme.js'
import { at, contentSlide, deckOf, paragraph, text } from './deck-builder.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'

const theme = layoutTestTheme()

function layoutBlocks(blocks: Block[], assets: ImageAssets = {}): BodyLayout {
  const slide = layoutDeck(deckOf([contentSlide('Judul', blocks)]), theme, assets, new VFile()).slides[0]
  if (!slide || slide.layout === 'title' || slide.layout === 'section') throw new Error('expected a body slide')
  return slide
}

function image(path: string, alt = 'Peta kawasan', title: string | null = null): Block {
  return { type: 'image', src: path, path, alt, title, position: at(3) }
}

function asset(width: number, height: number): ImageAssets[string] {
  return { mime: 'image/png', width, height, bytes: new Uint8Array() }
}

function cell(value: string): TableCell {
  return { type: 'tableCell', children: [text(value)], position: at(1) }
}

function table(rows: string[][]): Table {
  const [header = [], ...body] = rows
  const row = (cells: string[]) => ({ type: 'tableRow' as const, children: cells.map(cell), position: at(1) })
  return { type: 'table', align: header.map(() => null), header: row(header), rows: body.map(row), position: at(1) }
}

describe('frames', () => {
  it('joins consecutive text blocks into one text frame and stacks the rest with the gap', () => {
    const code = { type: 'code' as const, lang: 'ts', value: 'const a = 1\nlet b = 2', position: at(4) }
    const slide = layoutBlocks([paragraph('Satu.'), paragraph('Dua.'), code, paragraph('Tiga.')])
    expect(slide.frames.map((f) => f.type)).toEqual(['text', 'code', 'text'])
    const [first, second, third] = slide.frames
    expect((first as TextFrame).blocks).toHaveLength(2)
    expect(second?.box.y).toBeCloseTo((first?.box.y ?? 0) + (first?.box.h ?? 0) + 12, 2)
    const codeFrame = second as CodeFrame
    expect(codeFrame.box.h).toBeCloseTo(2 * 16 * 1.2 + 16, 2)
    expect(third?.box.y).toBeCloseTo((second?.box.y ?? 0) + (second?.box.h ?? 0) + 12, 2)
  })

  it('indents list items by level and measures them at their own width', () => {
    const indent = theme.listIndent
    const faces = loadFaceSet(theme.fonts.body, createLayoutCache())
    // A sentence that fits one line at level 0 but must wrap at level 1.
    let long = 'kerjasama'
    while (textWidth(faces.regular, long, 22) < 864 - 5 * indent) long += ' militer'
    long += ' '
    while (textWidth(faces.regular, long, 22) < 864 - 1.5 * indent) long += 'i'
    expect(textWidth(faces.regular, long, 22)).toBeLessThan(864 - indent)
    const item = (children: ListItem['children'], line: number): ListItem => ({ type: 'listItem', checked: null, position: at(line), children })
    const nested: Block = {
      type: 'list', ordered: false, incremental: null, position: at(2),
      children: [item([paragraph(long), { type: 'list', ordered: false, incremental: null, position: at(3), children: [item([paragraph(long)], 3)] }], 2)],
    }
    const frame = layoutBlocks([nested]).frames[0] as TextFrame
    expect(frame.listIndent).toBe(indent)
    // Level 0: one line; level 1: two lines; each item adds its paragraph spacing.
    expect(frame.box.h).toBeCloseTo(3 * 26.4 + 2 * 8.8, 2)
  })

  it('scales an image down to fit, keeping its aspect ratio, and captions it', () => {
    const slide = layoutBlocks([image('big.png', 'Peta', 'Gambar 1')], { 'big.png': asset(4000, 2000) })
    expect(slide.layout).toBe('image')
    const frame = slide.frames[0] as ImageFrame
    // Height-bound: picture, caption and half a gap fill the body below the title.
    const captionBox = frame.caption?.box ?? { y: 0, h: 0 }
    expect(captionBox.y + captionBox.h).toBeCloseTo(500, 1)
    expect(frame.box.w).toBeLessThan(864)
    expect(frame.box.w / frame.box.h).toBeCloseTo(2, 5)
    // As pandoc makes a figure: the alt text is the caption; the title stays the picture's tooltip.
    expect(frame.caption?.inlines).toMatchObject([{ type: 'text', value: 'Peta' }])
    expect((frame.caption?.box.y ?? 0) + (frame.caption?.box.h ?? 0)).toBeGreaterThan(frame.box.y + frame.box.h)
  })

  it('never scales an image up past its natural size (1 px = 0.75 pt)', () => {
    const frame = layoutBlocks([image('small.png', '')], { 'small.png': asset(200, 100) }).frames[0] as ImageFrame
    expect(frame.box.w).toBe(150)
    expect(frame.box.h).toBe(75)
    expect(frame.box.x).toBe(48 + (864 - 150) / 2)
    expect(frame.caption).toBeNull()
  })

  it('gives an image next to text only the room left', () => {
    const slide = layoutBlocks([paragraph('Satu.'), image('tall.png')], { 'tall.png': asset(1000, 2000) })
    const [textFrame, imageFrame] = slide.frames
    expect(slide.layout).toBe('content')
    const bottom = (imageFrame as ImageFrame).caption?.box
    expect((bottom?.y ?? 0) + (bottom?.h ?? 0)).toBeLessThanOrEqual(500.01)
    expect(imageFrame?.box.y).toBeCloseTo((textFrame?.box.y ?? 0) + (textFrame?.box.h ?? 0) + 12, 2)
  })

  it('sizes table columns from their content; widths add up to the box, rows to its height', () => {
    const frame = layoutBlocks([
      table([
        ['No', 'Kegiatan', 'Keterangan'],
        ['1', 'Latihan gabungan', 'Melibatkan angkatan laut dan udara dari negara-negara anggota ASEAN setiap tahun'],
        ['2', 'Pertukaran intelijen', 'Rutin'],
      ]),
    ]).frames[0] as TableFrame
    expect(frame.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(frame.box.w, 6)
    expect(frame.rowHeights.reduce((a, b) => a + b, 0)).toBeCloseTo(frame.box.h, 6)
    const [no = 0, kegiatan = 0, keterangan = 0] = frame.columnWidths
    expect(no).toBeLessThan(kegiatan)
    expect(kegiatan).toBeLessThan(keterangan)
    // One line, the padding above and below, and the 0.75 pt border line the HTML adds to a row.
    expect(frame.rowHeights[0]).toBeCloseTo(16 * 1.2 + 8 + 0.75, 2)
    expect(frame.cellPadding).toEqual({ x: 6, y: 4 })
  })

  it('spreads the spare width over every column of a table whose cells all fit on one line', () => {
    const frame = layoutBlocks([
      table([
        ['Negara', 'Kegiatan', 'Tahun'],
        ['Indonesia', 'Latihan gabungan di laut', '2025'],
      ]),
    ]).frames[0] as TableFrame
    const [negara = 0, kegiatan = 0, tahun = 0] = frame.columnWidths
    // Each column keeps the order of its natural width, and the spare room is shared in proportion to it (as browsers lay out an auto table).
    expect(kegiatan).toBeGreaterThan(negara)
    expect(negara).toBeGreaterThan(tahun)
    expect(kegiatan).toBeLessThan(frame.box.w * 0.6)
    expect(tahun).toBeGreaterThan(frame.box.w / 10)
  })

  it('puts columns side by side with the gap between them', () => {
    const columns: Block = {
      type: 'columns', position: at(2),
      children: [
        { type: 'column', children: [paragraph('Kiri.')], position: at(2) },
        { type: 'column', children: [paragraph('Kanan.')], position: at(3) },
      ],
    }
    const slide = layoutBlocks([columns])
    expect(slide.layout).toBe('twoColumn')
    const [left, right] = slide.frames
    expect(left?.box).toMatchObject({ x: 48, w: 426 })
    expect(right?.box).toMatchObject({ x: 486, w: 426 })
    expect(right?.box.y).toBe(left?.box.y)
  })

  it('copies notes and positions through', () => {
    const slide = contentSlide('Judul', [paragraph('Isi.')], 12)
    slide.notes = [paragraph('Catatan pembicara.', 14)]
    const out = layoutDeck(deckOf([slide]), theme, {}, new VFile()).slides[0]
    expect(out?.notes).toEqual(slide.notes)
    expect(out?.position).toEqual(slide.position)
  })
})

describe('code highlighting', () => {
  it('colours `const` in TypeScript with the keyword colour', () => {
    const lines = highlightCode('const answer = 42 // ok\nfunction f() {}', 'ts', theme, createLayoutCache())
    expect(lines).toHaveLength(2)
    expect(lines[0]?.[0]).toEqual({ text: 'const', color: theme.codeTokens['keyword'] })
    expect(lines[0]?.find((t) => t.text.includes('42'))?.color).toBe(theme.codeTokens['number'])
    expect(lines[1]?.find((t) => t.text === 'f')?.color).toBe(theme.codeTokens['title'])
  })

  it('leaves unknown and absent languages plain, expands tabs, keeps empty lines', () => {
    expect(highlightCode('a\tb\n\nc', 'no-such-lang', theme, createLayoutCache())).toEqual([[{ text: 'a    b', color: null }], [], [{ text: 'c', color: null }]])
    expect(highlightCode('x', null, theme, createLayoutCache())).toEqual([[{ text: 'x', color: null }]])
  })
})
