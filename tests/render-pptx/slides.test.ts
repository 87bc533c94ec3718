import { beforeAll, describe, expect, it } from 'vitest'
import { inlineText } from '../../src/model/index.js'
import { colorsIn, findAll, notesText, paragraphTexts, readPptx, shapesOf, type PptxPackage, type XmlElement } from '../support/pptx.js'
import { buildSample } from './build-sample.js'
import { NASTY, sampleDeck } from './sample-deck.js'

const EMU = 12700
let pkg: PptxPackage
const deck = sampleDeck()

beforeAll(async () => {
  pkg = await readPptx(await buildSample())
})

const slide = (index: number): XmlElement => pkg.xml(pkg.slides[index] ?? '')
const masterNameOf = (slidePath: string): string => {
  const layout = pkg.rels(slidePath).find((rel) => rel.type.endsWith('/slideLayout'))?.path ?? ''
  return findAll(pkg.xml(layout), 'p:cSld')[0]?.attrs.name ?? ''
}

/** The paragraph elements of the shape named `name` on slide `index`. */
function paragraphsOf(index: number, name: string): XmlElement[] {
  const entry = shapesOf(slide(index)).find((candidate) => candidate.name === name)
  if (entry === undefined) throw new Error(`no shape ${name} on slide ${index + 1}`)
  return findAll(entry.shape, 'a:p')
}

/** The run (`a:r`) whose text is `text` on slide `index`. */
function runWithText(index: number, text: string): XmlElement {
  const run = findAll(slide(index), 'a:r').find((candidate) => findAll(candidate, 'a:t')[0]?.children.join('') === text)
  if (run === undefined) throw new Error(`no run "${text}" on slide ${index + 1}`)
  return run
}
const rPr = (run: XmlElement): Record<string, string> => findAll(run, 'a:rPr')[0]?.attrs ?? {}

describe('PPTX slides against the laid-out deck', () => {
  it('has the slides in order, each on its master', () => {
    expect(pkg.slides).toEqual(deck.slides.map((_slide, index) => `ppt/slides/slide${index + 1}.xml`))
    expect(pkg.slides.map(masterNameOf)).toEqual(['Title Slide', 'Section Header', 'Title and Content', 'Title and Content', 'Picture with Caption', 'Two Content', 'Content'])
  })

  it('puts every title into the title placeholder, at the slide title box', () => {
    deck.slides.forEach((laidOut, index) => {
      const titles = shapesOf(slide(index)).filter((entry) => entry.placeholder === 'title' || entry.placeholder === 'ctrTitle')
      // An untitled slide uses a layout without a title, and has no empty title placeholder.
      expect(titles, `slide ${index + 1}`).toHaveLength(laidOut.title === null ? 0 : 1)
      if (laidOut.title === null) return
      const [title] = titles
      const text = paragraphTexts(title!.shape).join('\n')
      const expected = laidOut.title.inlines.map((node) => (node.type === 'break' ? '\n' : inlineText([node]))).join('')
      expect(text, `slide ${index + 1}`).toBe(expected)
      const off = findAll(title!.shape, 'a:off')[0]?.attrs
      const ext = findAll(title!.shape, 'a:ext')[0]?.attrs
      const box = laidOut.title.box
      expect({ ...off, ...ext }).toEqual({
        x: String(Math.round(box.x * EMU)),
        y: String(Math.round(box.y * EMU)),
        cx: String(Math.round(box.w * EMU)),
        cy: String(Math.round(box.h * EMU)),
      })
    })
  })

  it('writes one pPr per paragraph, explicit no-autofit on text boxes and titles, shrink-on-overflow only on body placeholders', () => {
    for (const path of pkg.slides) {
      const root = pkg.xml(path)
      for (const paragraph of findAll(root, 'a:p')) {
        const pPrs = paragraph.children.filter((child) => typeof child !== 'string' && child.name === 'a:pPr')
        expect(pPrs.length, path).toBeLessThanOrEqual(1)
        if (pPrs.length === 1) expect(paragraph.children.find((child) => typeof child !== 'string'), path).toBe(pPrs[0])
      }
      expect(pkg.text(path)).not.toMatch(/spAutoFit/)
      for (const entry of shapesOf(root).filter((candidate) => candidate.placeholder !== 'sldNum')) {
        // Layar's text fits as laid out; only body placeholders shrink what a user adds past their box, as PowerPoint's do
        // (not a picture's caption: its box is its lines' height exactly, which LibreOffice's autofit shrinks by a hair).
        const body = entry.placeholder === 'body' && !entry.name.startsWith('Caption')
        expect(findAll(entry.shape, body ? 'a:normAutofit' : 'a:noAutofit'), `${path} ${entry.name}`).toHaveLength(1)
        expect(findAll(entry.shape, body ? 'a:noAutofit' : 'a:normAutofit'), `${path} ${entry.name}`).toHaveLength(0)
      }
    }
  })

  it('draws bullets and numbers with levels, hanging indents and autonumbering', () => {
    const indent = 24 * EMU
    const rows = paragraphsOf(2, 'Text 1').map((paragraph) => {
      const pPr = findAll(paragraph, 'a:pPr')[0]!
      const marker = findAll(pPr, 'a:buChar')[0]?.attrs.char ?? (findAll(pPr, 'a:buAutoNum')[0] ? `${findAll(pPr, 'a:buAutoNum')[0]!.attrs.type}@${findAll(pPr, 'a:buAutoNum')[0]!.attrs.startAt ?? 'continues'}` : 'none')
      return [paragraphTexts(paragraph)[0]?.split('\n')[0], pPr.attrs.lvl ?? '0', pPr.attrs.marL, pPr.attrs.indent, marker]
    })
    expect(rows).toEqual([
      ['Teks tebal, miring, coret, kode() dan tautan', '0', '0', '0', 'none'],
      ['Poin satu', '0', `${indent}`, `-${indent}`, '•'],
      ['Sub poin', '1', `${2 * indent}`, `-${indent}`, '–'],
      ['Sub sub poin', '2', `${3 * indent}`, `-${indent}`, '◦'],
      ['Poin dua', '0', `${indent}`, `-${indent}`, '•'],
      ['Paragraf lanjutan poin dua', '0', `${indent}`, '0', 'none'],
      ['Langkah tiga', '0', `${indent}`, `-${indent}`, 'arabicPeriod@3'],
      // One numbering sequence per list: only a list's first item names its start, and only when it is not 1.
      ['Langkah empat', '0', `${indent}`, `-${indent}`, 'arabicPeriod@continues'],
      ['Rincian satu', '1', `${2 * indent}`, `-${indent}`, 'arabicPeriod@continues'],
      ['Kutipan pimpinan', '0', `${indent}`, '0', 'none'],
    ])
    const bulletFonts = paragraphsOf(2, 'Text 1')
      .filter((paragraph) => findAll(paragraph, 'a:buChar').length > 0)
      .map((paragraph) => findAll(paragraph, 'a:buFont')[0]?.attrs.typeface)
    expect(bulletFonts).toEqual(['Calibri', 'Calibri', 'Calibri', 'Calibri'])
    // Proportional line spacing (laid out at 24 pt for 20 pt text: 1.2 em, PowerPoint's and LibreOffice's 100 %), so a bigger font
    // cannot make lines overlap; then space before (zero, explicit: the master's body style is for text a user adds) and after.
    const paragraph = paragraphsOf(2, 'Text 1')[1]!
    expect(findAll(findAll(paragraph, 'a:lnSpc')[0]!, 'a:spcPct').map((element) => element.attrs.val)).toEqual(['100000'])
    expect(findAll(paragraph, 'a:spcPts').map((element) => element.attrs.val)).toEqual(['0', '800'])
    expect(paragraphTexts({ name: 'x', attrs: {}, children: paragraphsOf(2, 'Text 1') })[0]).toBe(`Teks tebal, miring, coret, kode() dan tautan\nbaris baru ${NASTY}`)
  })

  it('styles runs: bold, italic, strike, mono, size and language on every run', () => {
    expect(rPr(runWithText(2, 'tebal')).b).toBe('1')
    expect(rPr(runWithText(2, 'miring')).i).toBe('1')
    expect(rPr(runWithText(2, 'coret')).strike).toBe('sngStrike')
    expect(findAll(runWithText(2, 'kode()'), 'a:latin')[0]?.attrs.typeface).toBe('Courier New')
    expect(colorsIn(pkg, runWithText(2, 'Kutipan pimpinan'))[0]).toBe('52606D')
    for (const path of [...pkg.slides, ...pkg.paths.filter((candidate) => candidate.startsWith('ppt/notesSlides/notesSlide'))]) {
      if (!path.endsWith('.xml')) continue
      for (const run of findAll(pkg.xml(path), 'a:r')) expect(rPr(run).lang, path).toBe('id-ID')
      for (const run of findAll(pkg.xml(path), 'a:r')) if (path.includes('/slides/')) expect(rPr(run).sz, path).toMatch(/^\d+$/)
      expect(pkg.text(path)).not.toMatch(/\slang="en-US"/)
    }
  })

  it('makes links clickable: r:id resolves to the URL', () => {
    const run = runWithText(2, 'tautan')
    expect(rPr(run).u).toBe('sng')
    const id = findAll(run, 'a:hlinkClick')[0]?.attrs['r:id']
    const rel = pkg.rels(pkg.slides[2]!).find((candidate) => candidate.id === id)
    expect(rel).toMatchObject({ external: true, target: 'https://contoh.go.id/laporan?tahun=2026&bagian=1' })
  })

  it('draws a native table with the layout widths, heights, header and alternating rows', () => {
    const table = findAll(slide(3), 'a:tbl')[0]!
    expect(findAll(table, 'a:gridCol').map((column) => column.attrs.w)).toEqual(['5080000', '2946400', '2946400'])
    expect(findAll(table, 'a:tr').map((row) => row.attrs.h)).toEqual(Array(4).fill(String(33 * EMU)))
    const cells = findAll(table, 'a:tc')
    expect(cells.map((cell) => paragraphTexts(cell).join(''))).toEqual([
      'Kegiatan', 'Status', 'Anggaran', `Survei ${NASTY}`, 'Selesai', '120', 'Pelatihan', 'Berjalan', '75', 'Evaluasi', 'Rencana', '40',
    ])
    const fill = (cell: XmlElement): string | undefined => colorsIn(pkg, findAll(cell, 'a:tcPr')[0]!).at(-1)
    expect([0, 3, 6].map((index) => fill(cells[index]!))).toEqual(['0B2545', 'FFFFFF', 'EEF2F7'])
    expect(rPr(findAll(cells[0]!, 'a:r')[0]!).b).toBe('1')
    expect(rPr(findAll(cells[3]!, 'a:r')[0]!).sz).toBe('1600')
    expect(findAll(cells[4]!, 'a:pPr')[0]?.attrs.algn).toBe('ctr')
    expect(findAll(cells[5]!, 'a:pPr')[0]?.attrs.algn).toBe('r')
    expect(findAll(cells[0]!, 'a:tcPr')[0]?.attrs).toMatchObject({ marL: String(6 * EMU), marT: String(4 * EMU) })
    expect(findAll(cells[0]!, 'a:lnL')[0]?.attrs.w).toBe('9525')
  })

  it('draws code as a filled, non-wrapping box with one paragraph per line and coloured tokens', () => {
    const code = shapesOf(slide(3)).find((entry) => entry.name === 'Code 2')!.shape
    expect(findAll(code, 'a:bodyPr')[0]?.attrs).toMatchObject({ wrap: 'none', lIns: String(10 * EMU) })
    expect(colorsIn(pkg, findAll(code, 'p:spPr')[0]!)[0]).toBe('F3F4F6')
    expect(paragraphTexts(code)).toEqual(['const total = 235', '', '  // cek <batas> & "nilai"', 'lapor(total)'])
    expect(colorsIn(pkg, findAll(code, 'a:r')[0]!)[0]).toBe('7C3AED')
    expect(colorsIn(pkg, findAll(code, 'a:r')[1]!)[0]).toBe('1F2933')
    expect(findAll(findAll(code, 'a:r')[0]!, 'a:latin')[0]?.attrs.typeface).toBe('Courier New')
  })

  it('embeds an image used twice once, with alt text as descr and never the path', () => {
    const media = pkg.paths.filter((path) => path.startsWith('ppt/media/'))
    expect(media).toHaveLength(2)
    const blipTarget = (index: number, nth: number): string | null | undefined => {
      const id = findAll(slide(index), 'a:blip')[nth]?.attrs['r:embed']
      return pkg.rels(pkg.slides[index]!).find((rel) => rel.id === id)?.path
    }
    expect(blipTarget(4, 0)).toBe(blipTarget(5, 0))
    expect(blipTarget(5, 1)).not.toBe(blipTarget(5, 0))
    expect(findAll(slide(4), 'p:cNvPr').find((element) => element.attrs.name === 'Picture 1')?.attrs.descr).toBe(`Grafik batang capaian ${NASTY}`)
    for (const path of pkg.paths.filter((candidate) => /\.(xml|rels)$/.test(candidate))) expect(pkg.text(path)).not.toContain('img/chart.png')
    const caption = shapesOf(slide(4)).find((entry) => entry.name === 'Caption 1')!.shape
    expect(paragraphTexts(caption)).toEqual([`Sumber: data internal ${NASTY}`])
  })

  it('writes every slide’s notes as paragraphs', () => {
    const notes = pkg.slides.map((path) => notesText(pkg.xml(pkg.notesOf(path)!)))
    expect(notes).toEqual([
      `Sambut peserta ${NASTY}.\n• Perkenalan\n• Agenda`,
      '',
      'Tekankan capaian.\n1. Anggaran\n2. Jadwal',
      '',
      'Jelaskan grafik.',
      '',
      `Catatan ${NASTY}`,
    ])
  })

  it('defines the master with the banner and title, body, date, footer and slide-number placeholders, and typed layouts with theirs', () => {
    const layouts = pkg.paths.filter((path) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(path))
    const byName = new Map(layouts.map((path) => [findAll(pkg.xml(path), 'p:cSld')[0]?.attrs.name ?? '', pkg.xml(path)]))
    expect([...byName.keys()]).toEqual(expect.arrayContaining(['Title Slide', 'Section Header', 'Title and Content', 'Two Content', 'Title Only', 'Comparison', 'Picture with Caption']))
    const background = (name: string): string | undefined => colorsIn(pkg, findAll(byName.get(name)!, 'p:bg')[0]!)[0]
    expect(['Title Slide', 'Section Header', 'Title and Content'].map(background)).toEqual(['0B2545', '13315C', 'FFFFFF'])
    // The master: every placeholder PowerPoint's own masters have, and the classification banner (drawn on every slide of every layout).
    const master = pkg.xml('ppt/slideMasters/slideMaster1.xml')
    expect(shapesOf(master).map((entry) => entry.placeholder).filter((type) => type !== null)).toEqual(['title', 'body', 'dt', 'ftr', 'sldNum'])
    const banners = shapesOf(master).filter((entry) => entry.placeholder === null)
    expect(banners.map((entry) => paragraphTexts(entry.shape).join(''))).toEqual(['TERBATAS', 'TERBATAS'])
    expect(paragraphTexts(shapesOf(master).find((entry) => entry.placeholder === 'ftr')!.shape)).toEqual([`Rahasia dinas ${NASTY}`])
    const placeholders = (name: string): Array<string | null> => shapesOf(byName.get(name)!).map((entry) => entry.placeholder)
    expect(placeholders('Title Slide')).toEqual(['ctrTitle', 'subTitle', 'dt', 'ftr', 'sldNum', null])
    expect(placeholders('Title and Content')).toEqual(['title', 'body', 'dt', 'ftr', 'sldNum', null])
    expect(placeholders('Two Content')).toEqual(['title', 'body', 'body', 'dt', 'ftr', 'sldNum', null])
    expect(placeholders('Comparison')).toEqual(['title', 'body', 'body', 'body', 'body', 'dt', 'ftr', 'sldNum', null])
    expect(placeholders('Picture with Caption')).toEqual(['title', 'pic', 'body', 'dt', 'ftr', 'sldNum', null])
    for (const [name, layout] of byName) {
      // The banner is the master's, not copied into layouts; the organisation is each layout's, in its chrome colour.
      expect(paragraphTexts(layout), name).not.toContain('TERBATAS')
      expect(paragraphTexts(layout), name).toEqual(expect.arrayContaining([`Badan Contoh ${NASTY}`]))
      expect(findAll(layout, 'p:sldLayout')[0]?.attrs.showMasterSp, name).toBeUndefined()
    }
    // Every slide shows the footer in its footer placeholder, at the measured box.
    for (const path of pkg.slides) {
      const footer = shapesOf(pkg.xml(path)).filter((entry) => entry.placeholder === 'ftr')
      expect(footer.map((entry) => paragraphTexts(entry.shape).join('')), path).toEqual([`Rahasia dinas ${NASTY}`])
    }
    // The slide number is the master's field, repeated on each slide as PowerPoint requires.
    for (const path of pkg.slides) expect(findAll(pkg.xml(path), 'a:fld')[0]?.attrs.type).toBe('slidenum')
    // …and nothing after it: PowerPoint has no total-slides field, and a total written as text goes stale when a slide is added.
    const numbers = pkg.slides.map((path) => paragraphTexts(shapesOf(pkg.xml(path)).find((entry) => entry.placeholder === 'sldNum')!.shape)[0])
    expect(numbers).toEqual(pkg.slides.map((_path, index) => `${index + 1}`))
    // Masters and layouts show PowerPoint's own field text, not `null` or a stale number.
    const chrome = [...layouts, 'ppt/slideMasters/slideMaster1.xml'].filter((path) => findAll(pkg.xml(path), 'a:fld').length > 0)
    expect(chrome.length).toBeGreaterThan(layouts.length - 1)
    for (const path of chrome) {
      const field = findAll(pkg.xml(path), 'a:fld').find((element) => element.attrs.type === 'slidenum')
      expect(field?.children.flatMap((child) => (typeof child === 'string' ? [] : child.children)).join(''), path).toBe('‹#›')
    }
  })

  it('keeps the date, footer and slide-number placeholders and the organisation clear of each other on the master and every layout', () => {
    const layouts = pkg.paths.filter((path) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(path))
    for (const path of ['ppt/slideMasters/slideMaster1.xml', ...layouts]) {
      const band = shapesOf(pkg.xml(path)).filter((entry) => ['dt', 'ftr', 'sldNum'].includes(entry.placeholder ?? '') || paragraphTexts(entry.shape).includes(`Badan Contoh ${NASTY}`))
      const boxes = band.map((entry) => {
        const off = findAll(entry.shape, 'a:off')[0]?.attrs
        const ext = findAll(entry.shape, 'a:ext')[0]?.attrs
        return { name: entry.placeholder ?? 'organisation', x: Number(off?.x), y: Number(off?.y), w: Number(ext?.cx), h: Number(ext?.cy) }
      })
      // The master has no organisation (each layout draws it in its chrome colour); every layout has all four.
      expect(boxes.map((box) => box.name).sort(), path).toEqual(path.includes('slideMaster') ? ['dt', 'ftr', 'sldNum'] : ['dt', 'ftr', 'organisation', 'sldNum'])
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
          expect(overlap, `${path}: ${a.name} and ${b.name}`).toBe(false)
        }
      }
    }
  })
})
