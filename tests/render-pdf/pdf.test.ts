import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument, PDFName } from 'pdf-lib'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { runCli } from '../support/run-cli.js'
import type { PNG } from 'pngjs'
import { CHROMIUM, expectedOutline, linkTargets, noteWords, outlineEntries, pagePng, pageSizes, pageWordBoxes, pageWords, pdfInfo, poppler, writePdfDeck, type WordBox } from './pdf-deck.js'

const env = { LAYAR_CHROMIUM: CHROMIUM, PATH: '/nonexistent' }

/** The words of each top-level slide of the HTML deck, speaker notes left out. */
function htmlSlideWords(html: string): string[][] {
  const sections = selectAll('.slides > section', fromHtml(html))
  return sections.map((section) => {
    const visible: Element = { ...section, children: section.children.filter((child) => !(child.type === 'element' && child.tagName === 'aside')) }
    return toText(visible).split(/\s+/).filter((word) => word !== '')
  })
}

function wordCount(file: string, pages: number, word: string): number {
  let count = 0
  for (let page = 1; page <= pages; page++) count += pageWords(file, page).filter((w) => w.includes(word)).length
  return count
}

describe('the PDF output (--format pdf, --pdf-notes)', () => {
  let dir = ''
  let pdf = ''
  let notes = ''
  let slides: string[][] = []

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (PDF tests never skip)`).toBe(true)
    dir = writePdfDeck()
    const run = await runCli(['build', 'deck.md', '--out', 'out', '--format', 'html,pdf', '--pdf-notes'], dir, env)
    expect(run.stderr).not.toMatch(/error/)
    expect(run.code).toBe(0)
    pdf = join(dir, 'out/deck.pdf')
    notes = join(dir, 'out/deck-notes.pdf')
    slides = htmlSlideWords(readFileSync(join(dir, 'out/deck.html'), 'utf8'))
    expect(run.stdout).toContain('wrote out/deck-notes.pdf')
  }, 180_000)

  it('prints one 13.333 × 7.5 in page per laid-out slide, continuations included, incremental steps not multiplied', () => {
    // Title, two sections, three titled slides (one split in two or more), a closing and an untitled slide.
    expect(slides.length).toBeGreaterThanOrEqual(9)
    expect(Number(pdfInfo(pdf).Pages)).toBe(slides.length)
    expect(pageSizes(pdf, slides.length)).toEqual(slides.map(() => '960 x 540'))
  })

  it('has every word of every slide on its page, fragments in their final state included', () => {
    slides.forEach((words, index) => {
      const printed = new Set(pageWords(pdf, index + 1))
      const missing = words.filter((word) => !printed.has(word))
      expect(missing, `page ${index + 1}`).toEqual([])
    })
    const incremental = slides.findIndex((words) => words.includes('Bertahap'))
    expect(pageWords(pdf, incremental + 1)).toEqual(expect.arrayContaining(['terakhir', 'jeda', 'tercetak.']))
  })

  it('draws fragments visibly, not as transparent text: ink where the last list step and the pause\'s sentence are', () => {
    const page = slides.findIndex((words) => words.includes('Bertahap')) + 1
    const png = pagePng(pdf, page)
    for (const word of ['terakhir', 'tercetak.']) {
      const box = pageWordBoxes(pdf, page).find((w) => w.text === word)
      expect(box, word).toBeDefined()
      expect(darkPixels(png, box as WordBox), word).toBeGreaterThan(10)
    }
  })

  it('has bookmarks for the title slide, the sections and every titled slide (a split slide once)', () => {
    const entries = outlineEntries(pdf)
    expect(entries.map((entry) => entry.title)).toEqual(expectedOutline)
    expect(entries.filter((entry) => entry.depth === 0).map((entry) => entry.title)).toEqual(['Uji Cetak PDF', 'Bagian Pertama', 'Bagian Kedua'])
    for (const entry of entries) expect(pageWords(pdf, entry.page).join(' ')).toContain(entry.title)
  })

  it('sets title, author, subject, language and the deck date, not the clock', async () => {
    const info = pdfInfo(pdf)
    expect(info.Title).toBe('Uji Cetak PDF')
    expect(info.Author).toBe('Staf Uji')
    expect(info.Subject).toBe('Dek untuk menguji keluaran PDF')
    expect(info.CreationDate).toMatch(/Mar\s+4 00:00:00 2026 UTC/)
    expect(info.ModDate).toBe(info.CreationDate)
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false })
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toMatch(/\(id\)|<FEFF00690064>/i)
  })

  it('embeds its fonts, keeps links clickable and images at full resolution', () => {
    const fonts = poppler('pdffonts', [pdf]).split('\n').slice(2).filter((line) => line.trim() !== '')
    expect(fonts.length).toBeGreaterThan(0)
    for (const line of fonts) expect(line.split(/\s+/).slice(-5, -4)[0], line).toBe('yes')
    expect(linkTargets(pdf)).toContain('https://example.org/uji')
    const images = poppler('pdfimages', ['-list', pdf]).split('\n').slice(2).filter((line) => line.trim() !== '')
    expect(images.some((line) => /^\s*\d+\s+\d+\s+image\s+2400\s+1200\b/.test(line)), images.join('\n')).toBe(true)
  })

  it('builds byte-identical PDFs from the same input', async () => {
    const again = await runCli(['build', 'deck.md', '--out', 'again', '--format', 'pdf', '--pdf-notes'], dir, env)
    expect(again.code).toBe(0)
    expect(readFileSync(join(dir, 'again/deck.pdf')).equals(readFileSync(pdf))).toBe(true)
    expect(readFileSync(join(dir, 'again/deck-notes.pdf')).equals(readFileSync(notes))).toBe(true)
  }, 180_000)

  it('--pdf-notes: a portrait page per slide, the slide on top and its notes below, a split slide\'s notes once', () => {
    const pages = Number(pdfInfo(notes).Pages)
    expect(pages).toBeGreaterThanOrEqual(slides.length)
    expect(new Set(pageSizes(notes, pages))).toEqual(new Set(['540 x 720']))
    for (const word of Object.values(noteWords)) expect(wordCount(notes, pages, word), word).toBe(1)
    // Each slide's words appear on the handout, and a note sits below its own slide's title.
    for (const [title, word] of [['Bertahap', noteWords.incremental], ['Penutup', noteWords.closing]] as const) {
      const page = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pageWords(notes, p).includes(title))
      expect(page, title).toBeDefined()
      const bbox = pageWordBoxes(notes, page ?? 0)
      const titleY = bbox.find((w) => w.text === title)?.yMin ?? Infinity
      const noteY = bbox.find((w) => w.text.includes(word))?.yMin ?? -Infinity
      expect(noteY, `${word} below ${title}`).toBeGreaterThan(titleY)
      // Below the slide, which ends 0.5 in + 6.5 in × 9/16 from the top (299.25 pt).
      expect(noteY).toBeGreaterThan(299.25)
    }
    expect(outlineEntries(notes).map((entry) => entry.title)).toEqual(expectedOutline)
  })

  it('stops with exit 130 when interrupted (Ctrl-C / SIGTERM abort the signal) and writes no PDF', async () => {
    const interrupt = new AbortController()
    interrupt.abort()
    let stderr = ''
    const io = { cwd: dir, env, color: false, stdout: () => {}, stderr: (text: string) => void (stderr += text), signal: interrupt.signal }
    expect(await main(['build', 'deck.md', '--out', 'stopped', '--format', 'pdf'], io)).toBe(130)
    expect(stderr).toMatch(/^layar: interrupted/)
    expect(existsSync(join(dir, 'stopped/deck.pdf'))).toBe(false)
  })

  it('exits 2 with one line naming the package when no Chromium is found, and writes nothing', async () => {
    const run = await runCli(['build', 'deck.md', '--out', 'none', '--format', 'pdf'], dir, { PATH: '/nonexistent' })
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/apt-get install chromium/)
    expect(run.stderr).toMatch(/--chromium PATH or LAYAR_CHROMIUM/)
    expect(existsSync(join(dir, 'none'))).toBe(false)
    const wrong = await runCli(['build', 'deck.md', '--out', 'none', '--format', 'pdf', '--chromium', 'no-such-chromium'], dir, env)
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/--chromium names no-such-chromium.*apt-get install chromium/)
  })
})

/** How many pixels inside the box are dark (text on the white slide). */
function darkPixels(png: PNG, box: WordBox): number {
  let dark = 0
  for (let y = Math.floor(box.yMin); y < Math.ceil(box.yMax); y++) {
    for (let x = Math.floor(box.xMin); x < Math.ceil(box.xMax); x++) {
      const at = (y * png.width + x) * 4
      if ((png.data[at] ?? 255) + (png.data[at + 1] ?? 255) + (png.data[at + 2] ?? 255) < 3 * 128) dark++
    }
  }
  return dark
}
