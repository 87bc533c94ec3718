import { crc32, deflateSync } from 'node:zlib'
import type { Box, Chrome, CodeFrame, Frame, LaidOutDeck, LaidOutSlide, PlacedText, TextFrame } from '../../src/layout/laid-out.js'
import type { DeckMeta, ImageAssets, Inline, List, ListItem, NoteBlock, Paragraph, Position, TableRow } from '../../src/model/index.js'

/** Hand-built laid-out decks for the HTML renderer's tests (parse and layout are other engineers' work). */

export const pos: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }

export const text = (value: string): Inline => ({ type: 'text', value, position: pos })
export const para = (...children: Inline[]): Paragraph => ({ type: 'paragraph', children, position: pos })
export const item = (...children: ListItem['children']): ListItem => ({ type: 'listItem', checked: null, children, position: pos })
export const bullets = (items: ListItem[], incremental: boolean | null = null): List => ({
  type: 'list', ordered: false, incremental, children: items, position: pos,
})
export const numbered = (start: number, items: ListItem[]): List => ({
  type: 'list', ordered: true, start, incremental: null, children: items, position: pos,
})

export function meta(overrides: Partial<DeckMeta> = {}): DeckMeta {
  return {
    title: 'Laporan Sail Banda',
    subtitle: 'Evaluasi kegiatan 2026',
    author: 'Tim Perencana',
    affiliations: [],
    organization: 'Kementerian Kelautan',
    date: '2026-11-25',
    lang: 'id',
    theme: null,
    classification: 'TERBATAS',
    footer: 'Rapat koordinasi',
    slideLevel: 2,
    incremental: false,
    fit: 'split',
    ...overrides,
  }
}

export function placed(value: string | Inline[], box: Box, fontSize: number, align: 'left' | 'center' = 'left'): PlacedText {
  const inlines = typeof value === 'string' ? [text(value)] : value
  return { box, fontSize, lineHeight: fontSize * 1.2, align, inlines, lines: 1 }
}

/** Chrome at the formal theme's geometry: 18 pt banners, a 24 pt footer band above the bottom banner. */
export function chrome(classification: string | null = 'TERBATAS'): Chrome {
  const banner = (y: number) => (classification ? { box: { x: 0, y, w: 960, h: 18 }, fontSize: 10, text: classification, align: 'center' as const, background: '9B1C1C', color: 'FFFFFF' } : null)
  return {
    bannerTop: banner(0),
    bannerBottom: banner(522),
    footer: { box: { x: 48, y: 498, w: 300, h: 24 }, fontSize: 10, text: 'Rapat koordinasi', align: 'left' },
    organization: { box: { x: 348, y: 498, w: 264, h: 24 }, fontSize: 10, text: 'Kementerian Kelautan', align: 'center' },
    slideNumber: { box: { x: 812, y: 498, w: 100, h: 24 }, fontSize: 10, align: 'right' },
    logo: null,
  }
}

const TITLE_BOX: Box = { x: 48, y: 42, w: 864, h: 56 }
const BODY: Box = { x: 48, y: 110, w: 864, h: 380 }

export function textFrame(blocks: TextFrame['blocks'], box: Box = BODY, fontSize = 22): TextFrame {
  return { type: 'text', box, fontSize, lineHeight: fontSize * 1.2, paragraphSpacing: fontSize * 0.4, listIndent: 24, blocks }
}

function body(title: string, frames: Frame[], layout: 'content' | 'twoColumn' | 'image' = 'content', notes: NoteBlock[] = []): LaidOutSlide {
  return { layout, title: placed(title, TITLE_BOX, 30), frames, fit: { type: 'fits' }, notes, position: pos }
}

function row(...cells: string[]): TableRow {
  return { type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: [text(c)], position: pos })), position: pos }
}

const richParagraph = para(
  text('Biasa, '),
  { type: 'strong', children: [text('tebal')], position: pos },
  text(', '),
  { type: 'emphasis', children: [text('miring')], position: pos },
  text(', '),
  { type: 'delete', children: [text('coret')], position: pos },
  text(', '),
  { type: 'inlineCode', value: 'kode()', position: pos },
  text(', '),
  { type: 'link', url: 'https://example.org/sail', title: 'Situs', children: [text('tautan')], position: pos },
  { type: 'break', position: pos },
  text('baris baru: Ŋ ă ễ.'),
)

const code: CodeFrame = {
  type: 'code',
  box: { x: 48, y: 110, w: 864, h: 4 * 19.2 + 24 },
  fontSize: 16,
  lineHeight: 19.2,
  padding: 12,
  lang: 'ts',
  lines: [
    [{ text: 'const', color: '7C3AED' }, { text: ' x = ', color: null }, { text: '"</script>"', color: '047857' }],
    [{ text: '// komentar', color: '6B7280' }],
    [],
    [{ text: 'return', color: '7C3AED' }, { text: ' x', color: null }],
  ],
}

/** A deck with every slide kind and frame type, notes, an incremental list and a classification. */
export function sampleDeck(): LaidOutDeck {
  const m = meta()
  return {
    meta: m,
    canvas: { width: 960, height: 540 },
    chrome: chrome(),
    slides: [
      {
        layout: 'title',
        title: placed(m.title, { x: 48, y: 150, w: 864, h: 120 }, 40, 'center'),
        subtitle: placed(m.subtitle ?? '', { x: 48, y: 280, w: 864, h: 40 }, 22, 'center'),
        byline: placed([text('Tim Perencana'), { type: 'break', position: pos }, text('2026-11-25')], { x: 48, y: 340, w: 864, h: 60 }, 18, 'center'),
        notes: [para(text('Sapa hadirin.'))],
        position: pos,
      },
      { layout: 'section', title: placed('Latar Belakang', { x: 48, y: 220, w: 864, h: 80 }, 36, 'left'), notes: [], position: pos },
      body('Teks dan daftar', [
        textFrame([
          richParagraph,
          bullets([item(para(text('Satu')), bullets([item(para(text('Dua')), bullets([item(para(text('Tiga')))]))])), item(para(text('Empat')), para(text('Paragraf kedua butir')))]),
          numbered(3, [item(para(text('Ketiga'))), item(para(text('Keempat')))]),
          { type: 'blockquote', children: [para(text('Kutipan yang bijak.'))], position: pos },
        ], BODY, 18),
      ], 'content', [para(text('Catatan pembicara '), { type: 'strong', children: [text('penting')], position: pos }), bullets([item(para(text('poin catatan')))])]),
      body('Bertahap', [textFrame([bullets([{ ...item(para(text('Muncul pertama'))), step: 1 }, { ...item(para(text('Muncul kedua'))), step: 2 }], true)])]),
      body('Tabel', [{
        type: 'table',
        box: { x: 48, y: 110, w: 600, h: 3 * 36 },
        fontSize: 16,
        lineHeight: 19.2,
        cellPadding: { x: 6, y: 8.4 },
        columnWidths: [200, 200, 200],
        rowHeights: [36, 36, 36],
        table: { type: 'table', align: ['left', 'center', 'right'], header: row('Nama', 'Jumlah', 'Biaya'), rows: [row('Kapal', '12', '3.000'), row('Pesawat', '4', '9.500')], position: pos },
        caption: null,
      }]),
      body('Gambar', [{
        type: 'image',
        box: { x: 330, y: 110, w: 300, h: 300 },
        image: { type: 'image', src: 'peta.png', path: 'peta.png', alt: 'Peta perairan Banda', title: null, position: pos },
        path: 'peta.png',
        caption: placed('Peta perairan', { x: 48, y: 418, w: 864, h: 24 }, 16, 'center'),
      }], 'image'),
      body('Kode', [code]),
      body('Dua kolom', [
        textFrame([bullets([item(para(text('Kiri')))])], { x: 48, y: 110, w: 426, h: 380 }),
        { ...code, box: { x: 486, y: 110, w: 426, h: 4 * 19.2 + 24 } },
      ], 'twoColumn'),
    ],
  }
}

/** A solid-colour PNG of `width` × `height` pixels, made here so tests need no image files. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(data.length + 12)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body) >>> 0, data.length + 8)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rowBytes = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())])
  const raw = Buffer.concat(Array.from({ length: height }, () => rowBytes))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

export const sampleAssets: ImageAssets = {
  'peta.png': { mime: 'image/png', width: 40, height: 40, bytes: solidPng(40, 40, [19, 49, 92]) },
}
