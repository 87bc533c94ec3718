import type { LaidOutDeck, PlacedText, TextFrame } from '../../src/layout/laid-out.js'
import type { Inline, ImageAssets, Position, Paragraph, List, ListItem } from '../../src/model/index.js'
import { makePng } from '../support/png.js'

/** Every string type in the sample carries these, to prove escaping. */
export const NASTY = `<>&"'`

const position: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }
const t = (value: string): Inline => ({ type: 'text', value, position })
const br: Inline = { type: 'break', position }
const p = (...children: Inline[]): Paragraph => ({ type: 'paragraph', children, position })
const item = (...children: Array<Paragraph | List>): ListItem => ({ type: 'listItem', checked: null, children, position })
const ul = (...children: ListItem[]): List => ({ type: 'list', ordered: false, incremental: null, children, position })
const ol = (start: number, ...children: ListItem[]): List => ({ type: 'list', ordered: true, start, incremental: null, children, position })

function placed(x: number, y: number, w: number, h: number, fontSize: number, inlines: Inline[], align: 'left' | 'center' = 'left', lines = 1): PlacedText {
  return { box: { x, y, w, h }, fontSize, lineHeight: fontSize * 1.2, align, inlines, lines }
}

function textFrame(x: number, y: number, w: number, h: number, blocks: TextFrame['blocks'], fontSize = 20): TextFrame {
  return { type: 'text', box: { x, y, w, h }, fontSize, lineHeight: fontSize * 1.2, paragraphSpacing: fontSize * 0.4, listIndent: 24, blocks }
}

const contentTitle = (inlines: Inline[]): PlacedText => placed(48, 42, 864, 56, 30, inlines)

/** Image assets of the sample: `img/chart.png` (used twice) and `img/map.png`. */
export function sampleAssets(): ImageAssets {
  return {
    'img/chart.png': { mime: 'image/png', width: 160, height: 90, bytes: makePng(160, 90, '13315C') },
    'img/map.png': { mime: 'image/png', width: 80, height: 80, bytes: makePng(80, 80, '9B1C1C') },
  }
}

/**
 * A hand-built laid-out deck with every slide layout and frame type, notes,
 * a classification banner, `<>&"'` and control characters in every kind of
 * string, and one image used twice.
 */
export function sampleDeck(): LaidOutDeck {
  return {
    meta: {
      title: `Rapat Koordinasi ${NASTY}`,
      subtitle: `Evaluasi triwulan ${NASTY}`,
      author: `Tim Perencanaan ${NASTY}`,
      affiliations: [],
      organization: `Badan Contoh ${NASTY}`,
      date: '2026-11-25',
      lang: 'id',
      theme: null,
      classification: 'TERBATAS',
      footer: `Rahasia dinas ${NASTY}`,
      slideLevel: 2,
      incremental: false,
      fit: 'split',
    },
    canvas: { width: 960, height: 540 },
    chrome: {
      bannerTop: { box: { x: 0, y: 0, w: 960, h: 18 }, fontSize: 10, text: 'TERBATAS', align: 'center', background: '9B1C1C', color: 'FFFFFF' },
      bannerBottom: { box: { x: 0, y: 522, w: 960, h: 18 }, fontSize: 10, text: 'TERBATAS', align: 'center', background: '9B1C1C', color: 'FFFFFF' },
      footer: { box: { x: 48, y: 496, w: 280, h: 24 }, fontSize: 10, text: `Rahasia dinas ${NASTY}`, align: 'left' },
      organization: { box: { x: 340, y: 496, w: 280, h: 24 }, fontSize: 10, text: `Badan Contoh ${NASTY}`, align: 'center' },
      slideNumber: { box: { x: 812, y: 496, w: 100, h: 24 }, fontSize: 10, align: 'right' },
      logo: null,
    },
    slides: [
      {
        layout: 'title',
        title: placed(48, 150, 864, 96, 40, [t(`Rapat Koordinasi ${NASTY}`)], 'center', 1),
        subtitle: placed(48, 260, 864, 30, 22, [t(`Evaluasi triwulan ${NASTY}`)], 'center'),
        byline: placed(48, 310, 864, 80, 18, [t(`Tim Perencanaan ${NASTY}`), br, t('Badan Contoh'), br, t('25 November 2026')], 'center', 3),
        notes: [p(t(`Sambut peserta ${NASTY}.`)), ul(item(p(t('Perkenalan'))), item(p(t('Agenda'))))],
        position,
      },
      {
        layout: 'section',
        title: placed(48, 220, 864, 60, 36, [t('Bagian Satu: Latar & Tujuan')], 'center'),
        notes: [],
        position,
      },
      {
        layout: 'content',
        title: placed(48, 42, 864, 72, 30, [t('Capaian program kerja yang melampaui target'), br, t('dan catatan pelaksanaan')], 'left', 2),
        frames: [
          textFrame(48, 126, 864, 360, [
            p(
              t('Teks '),
              { type: 'strong', children: [t('tebal')], position },
              t(', '),
              { type: 'emphasis', children: [t('miring')], position },
              t(', '),
              { type: 'delete', children: [t('coret')], position },
              t(', '),
              { type: 'inlineCode', value: 'kode()', position },
              t(' dan '),
              { type: 'link', url: 'https://contoh.go.id/laporan?tahun=2026&bagian=1', title: NASTY, children: [t('tautan')], position },
              br,
              t(`baris baru ${NASTY}\u0001\u0008`),
            ),
            ul(
              item(p(t('Poin satu')), ul(item(p(t('Sub poin')), ul(item(p(t('Sub sub poin'))))))),
              item(p(t('Poin dua')), p(t('Paragraf lanjutan poin dua'))),
            ),
            ol(3, item(p(t('Langkah tiga'))), item(p(t('Langkah empat')), ol(1, item(p(t('Rincian satu')))))),
            { type: 'blockquote', children: [p(t('Kutipan pimpinan'))], position },
          ]),
        ],
        fit: { type: 'fits' },
        notes: [p(t('Tekankan capaian.')), ol(1, item(p(t('Anggaran'))), item(p(t('Jadwal'))))],
        position,
      },
      {
        layout: 'content',
        title: contentTitle([t('Tabel & kode')]),
        frames: [
          {
            type: 'table',
            box: { x: 48, y: 110, w: 864, h: 132 },
            fontSize: 16,
            lineHeight: 19.2,
            cellPadding: { x: 6, y: 4 },
            columnWidths: [400, 232, 232],
            rowHeights: [33, 33, 33, 33],
            table: {
              type: 'table',
              align: [null, 'center', 'right'],
              header: row(['Kegiatan', 'Status', 'Anggaran']),
              rows: [row([`Survei ${NASTY}`, 'Selesai', '120']), row(['Pelatihan', 'Berjalan', '75']), row(['Evaluasi', 'Rencana', '40'])],
              position,
            },
            caption: null,
          },
          {
            type: 'code',
            box: { x: 48, y: 256, w: 864, h: 110 },
            fontSize: 16,
            lineHeight: 19.2,
            padding: 10,
            lang: 'ts',
            lines: [
              [{ text: 'const', color: '7C3AED' }, { text: ' total ', color: null }, { text: '=', color: null }, { text: ' 235', color: 'B45309' }],
              [],
              [{ text: '  // cek <batas> & "nilai"', color: '6B7280' }],
              [{ text: 'lapor', color: '1D4ED8' }, { text: '(total)', color: null }],
            ],
          },
        ],
        fit: { type: 'fits' },
        notes: [],
        position,
      },
      {
        layout: 'image',
        title: contentTitle([t('Grafik capaian')]),
        frames: [
          {
            type: 'image',
            box: { x: 240, y: 110, w: 480, h: 270 },
            image: { type: 'image', src: 'img/chart.png', path: 'img/chart.png', alt: `Grafik batang capaian ${NASTY}`, title: null, position },
            path: 'img/chart.png',
            caption: placed(240, 386, 480, 24, 16, [t(`Sumber: data internal ${NASTY}`)], 'center'),
          },
        ],
        fit: { type: 'fits' },
        notes: [p(t('Jelaskan grafik.'))],
        position,
      },
      {
        layout: 'twoColumn',
        title: contentTitle([t('Dua kolom')]),
        frames: [
          textFrame(48, 110, 420, 300, [ul(item(p(t('Kolom kiri'))), item(p(t('Poin kedua'))))]),
          {
            type: 'image',
            box: { x: 492, y: 110, w: 320, h: 180 },
            image: { type: 'image', src: 'img/chart.png', path: 'img/chart.png', alt: 'Grafik yang sama', title: null, position },
            path: 'img/chart.png',
            caption: null,
          },
          {
            type: 'image',
            box: { x: 492, y: 300, w: 100, h: 100 },
            image: { type: 'image', src: 'img/map.png', path: 'img/map.png', alt: 'Peta', title: null, position },
            path: 'img/map.png',
            caption: null,
          },
        ],
        fit: { type: 'fits' },
        notes: [],
        position,
      },
      {
        layout: 'content',
        title: null,
        frames: [textFrame(48, 60, 864, 200, [p(t(`Slide tanpa judul ${NASTY} kendali\u0007\u001f akhir`))])],
        fit: { type: 'fits' },
        notes: [p(t(`Catatan ${NASTY}\u0002`))],
        position,
      },
    ],
  }
}

function row(cells: string[]): { type: 'tableRow'; children: Array<{ type: 'tableCell'; children: Inline[]; position: Position }>; position: Position } {
  return { type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: [t(value)], position })), position }
}
