import { select, selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import type { LaidOutDeck } from '../../src/layout/laid-out.js'
import { render } from './build-html.js'
import { bullets, item, meta, para, sampleDeck, text, textFrame } from './sample-deck.js'

const { html, tree } = render(sampleDeck())
const sections = selectAll('.reveal > .slides > section', tree)

/** Text content as written, whitespace kept (toText would apply CSS white-space rules). */
function rawText(node: Element | { type: string; value?: string }): string {
  if ('children' in node) return node.children.map((child) => rawText(child)).join('')
  return node.type === 'text' ? (node.value ?? '') : ''
}

function must(selector: string, root: Parameters<typeof select>[1] = tree): Element {
  const found = select(selector, root)
  if (!found) throw new Error(`nothing matches ${selector}`)
  return found
}

describe('deckToHtml: page shell', () => {
  it('sets lang, title, description, generator and charset', () => {
    expect(must('html').properties['lang']).toBe('id')
    expect(toText(must('head > title'))).toBe('Laporan Sail Banda')
    expect(must('meta[name=description]').properties['content']).toBe('Evaluasi kegiatan 2026')
    expect(must('meta[name=generator]').properties['content']).toBe('layar')
    expect(must('meta[charset]').properties['charSet']).toBe('utf-8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
  })

  it('falls back to the title for the description', () => {
    const { tree: t } = render({ ...sampleDeck(), meta: meta({ subtitle: null }) })
    expect(select('meta[name=description]', t)?.properties['content']).toBe('Laporan Sail Banda')
  })

  it('inlines reveal.js, the notes plugin and a start-up script with the agreed config', () => {
    const scripts = selectAll('body > script', tree).map((s) => toText(s))
    expect(scripts).toHaveLength(3)
    expect(scripts[0]).toContain('Reveal')
    expect(scripts[1]).toContain('RevealNotes')
    const start = scripts[2] ?? ''
    const config = JSON.parse(/var config=(\{.*?\});/.exec(start)?.[1] ?? 'null') as Record<string, unknown>
    expect(config).toMatchObject({ width: 1280, height: 720, margin: 0, center: false, hash: true, slideNumber: false, minScale: 0.2, maxScale: 2 })
    expect(start).toContain('config.plugins=[RevealNotes]')
    expect(select('script[src], link[href], iframe', tree)).toBeUndefined()
  })
})

describe('deckToHtml: slides', () => {
  it('draws one top-level section per laid-out slide, no stacks', () => {
    expect(sections).toHaveLength(8)
    expect(sections.map((s) => s.properties['dataLayout'])).toEqual(['title', 'section', 'content', 'content', 'content', 'image', 'content', 'twoColumn'])
    expect(selectAll('.slides section section', tree)).toHaveLength(0)
    for (const s of sections) expect(s.properties['style']).toContain('width:1280px;height:720px;top:0;left:0;padding:0')
  })

  it('uses h1 for the title slide and h2 for other titles', () => {
    expect(toText(must('h1', sections[0]))).toBe('Laporan Sail Banda')
    expect(selectAll('h1', tree)).toHaveLength(1)
    expect(toText(must('h2', sections[1]))).toBe('Latar Belakang')
    expect(toText(must('h2', sections[2]))).toBe('Teks dan daftar')
  })

  it('places boxes in px (pt × 4/3) with explicit font size and line height', () => {
    const frame = must('.layar-text', sections[2])
    expect(frame.properties['style']).toBe(
      'left:64px;top:146.667px;width:1152px;height:506.667px;font-size:24px;line-height:28.8px;--layar-space:9.6px;--layar-indent:32px',
    )
  })

  it('colours backgrounds by slide kind', () => {
    expect(sections.map((s) => s.properties['dataBackgroundColor']).slice(0, 3)).toEqual(['#0B2545', '#13315C', '#FFFFFF'])
  })

  it('draws chrome on every slide with the slide number as current/total', () => {
    expect(toText(must('.layar-slide-number', sections[2]))).toBe('3/8')
    for (const s of sections) {
      expect(selectAll('.layar-banner', s).map((b) => toText(b))).toEqual(['TERBATAS', 'TERBATAS'])
      expect(toText(must('.layar-footer', s))).toBe('Rapat koordinasi')
      expect(toText(must('.layar-organization', s))).toBe('Kementerian Kelautan')
    }
  })

  it('marks up lists: nested ul, ol start, item paragraphs', () => {
    const s = sections[2]
    expect(must('ol', s).properties['start']).toBe(3)
    expect(selectAll('ul ul ul > li', s).map((li) => toText(li))).toEqual(['Tiga'])
    expect(selectAll('.layar-text > ul > li.bullet-0', s)).toHaveLength(2)
    expect(selectAll('ol > li.number', s)).toHaveLength(2)
    expect(selectAll(':scope > .layar-text > ul > li:nth-child(2) > p', s)).toHaveLength(2)
  })

  it('marks up inline content and safe links', () => {
    const p = must('.layar-text > p', sections[2])
    expect(toText(must('strong', p))).toBe('tebal')
    expect(toText(must('em', p))).toBe('miring')
    expect(toText(must('del', p))).toBe('coret')
    expect(toText(must('code', p))).toBe('kode()')
    expect(must('br', p)).toBeTruthy()
    expect(must('a', p).properties).toMatchObject({ href: 'https://example.org/sail', target: '_blank', rel: ['noopener', 'noreferrer'], title: 'Situs' })
  })

  it('marks up tables with thead, tbody, th and cell alignment', () => {
    const table = must('table', sections[4])
    expect(selectAll('thead > tr > th', table).map((th) => toText(th))).toEqual(['Nama', 'Jumlah', 'Biaya'])
    expect(selectAll('tbody > tr', table)).toHaveLength(2)
    expect(selectAll('tbody td', table).map((td) => String(td.properties['style']).split(';')[0])).toEqual([
      'text-align:left', 'text-align:center', 'text-align:right', 'text-align:left', 'text-align:center', 'text-align:right',
    ])
    expect(selectAll('col', table).map((c) => c.properties['style'])).toEqual(['width:266.667px', 'width:266.667px', 'width:266.667px'])
  })

  it('marks up figures with alt text, a data: URL and a caption', () => {
    const img = must('figure > img', sections[5])
    expect(img.properties['alt']).toBe('Peta perairan Banda')
    expect(String(img.properties['src'])).toMatch(/^data:image\/png;base64,iVBORw0KGgo/)
    expect(toText(must('figure > figcaption', sections[5]))).toBe('Peta perairan')
  })

  it('marks up code as pre > code with coloured spans, one line per source line', () => {
    const code = must('pre > code.language-ts', sections[6])
    expect(rawText(code)).toBe('const x = "</script>"\n// komentar\n\nreturn x')
    expect(must('span', code).properties['style']).toBe('color:#7C3AED')
  })
})

describe('deckToHtml: notes and fragments', () => {
  it('writes speaker notes as aside.notes with paragraphs and lists', () => {
    const withNotes = sections.map((s) => select('aside.notes', s) !== undefined)
    expect(withNotes).toEqual([true, false, true, false, false, false, false, false])
    const notes = must('aside.notes', sections[2])
    expect(toText(must('p > strong', notes))).toBe('penting')
    expect(toText(must('ul > li', notes))).toBe('poin catatan')
  })

  it('makes the list items layout gave a click fragments at that index, and only those', () => {
    expect(selectAll('li.fragment', sections[3]).map((li) => [toText(li), li.properties['dataFragmentIndex']])).toEqual([['Muncul pertama', '1'], ['Muncul kedua', '2']])
    expect(selectAll('li.fragment', tree)).toHaveLength(2)
  })

  it('draws what layout decided, whatever the list and deck settings say, and never fragments in notes', () => {
    const deck = sampleDeck()
    const slide: LaidOutDeck['slides'][number] = {
      layout: 'content', title: null, fit: { type: 'fits' }, position: deck.slides[0]!.position,
      frames: [{ ...textFrame([bullets([item(para(text('a')))]), bullets([{ ...item(para(text('b'))), step: 3 }], false)]), step: 2 }],
      notes: [bullets([{ ...item(para(text('catatan'))), step: 1 }], true)],
    }
    const { tree: t } = render({ ...deck, meta: meta({ incremental: true }), slides: [slide] })
    expect(selectAll('li.fragment', t).map((li) => [toText(li), li.properties['dataFragmentIndex']])).toEqual([['b', '3']])
    expect(selectAll('div.fragment', t).map((div) => div.properties['dataFragmentIndex'])).toEqual(['2'])
  })
})

describe('deckToHtml: fonts', () => {
  it('embeds only the faces and subsets the deck draws', () => {
    const faces = [...html.matchAll(/@font-face\{font-family:"(\w+)";font-style:(\w+);font-weight:(\d+)/g)].map((m) => m.slice(1).join(' '))
    // Regular body: latin + latin-ext (Ŋ) + vietnamese (ễ); the others latin only; no bold italic.
    expect(faces.sort()).toEqual(['Carlito italic 400', 'Carlito normal 400', 'Carlito normal 400', 'Carlito normal 400', 'Carlito normal 700', 'Cousine normal 400'])
  })

  it('drops subsets no text needs', () => {
    const { html: plain } = render({ ...sampleDeck(), slides: sampleDeck().slides.slice(3, 4) })
    expect(plain).not.toContain('unicode-range:U+0100-02BA')
  })
})

describe('deckToHtml: golden', () => {
  it('draws the sample deck\'s slides as recorded', async () => {
    // The slides only: the head holds reveal.js and fonts, which are not ours to snapshot.
    const slides = html.slice(html.indexOf('<div class="reveal">'), html.indexOf('<script>'))
    await expect(slides.replace(/base64,[A-Za-z0-9+/=]+/g, 'base64,…').replace(/></g, '>\n<')).toMatchFileSnapshot(
      '../fixtures/render-html/sample/slides.html',
    )
  })
})
