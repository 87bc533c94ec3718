import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Element as XastElement } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { PNG } from 'pngjs'
import { makePng } from '../support/png.js'
import { elements, textOf } from '../support/xast.js'

/** Debian's Chromium, named explicitly so the PDF tests never depend on PATH (and fail loudly without it). */
export const CHROMIUM = '/usr/bin/chromium'

/** The bookmarks the test deck must get: title slide, sections, titled slides (a split slide once). */
export const expectedOutline = [
  'Uji Cetak PDF',
  'Bagian Pertama',
  'Daftar Bertahap',
  'Tautan dan Gambar',
  'Daftar Panjang',
  'Bagian Kedua',
  'Penutup',
]

/** Notes words that appear once in the deck's notes, to find where the handout puts them. */
export const noteWords = { incremental: 'catatanbertahap', long: 'catatanpanjang', closing: 'catatanpenutup' }

const longItems = Array.from({ length: 34 }, (_, i) => `- Butir panjang nomor ${i + 1} tentang kerja sama kawasan`).join('\n')

/**
 * A deck that exercises the PDF: incremental lists and a pause (fragments),
 * a link, an image far larger than it is drawn, notes, a slide that splits
 * into continuations (its notes stay with the first part), and an untitled slide.
 */
export const pdfDeckMarkdown = `---
title: Uji Cetak PDF
subtitle: Dek untuk menguji keluaran PDF
author: Staf Uji
date: 2026-03-04
lang: id
incremental: true
---

# Bagian Pertama

## Daftar Bertahap

- Langkah pertama muncul
- Langkah kedua menyusul
- Langkah ketiga terakhir

. . .

Kalimat setelah jeda tetap tercetak.

::: notes
Ini ${noteWords.incremental} untuk slide bertahap.
:::

## Tautan dan Gambar

Kunjungi [situs contoh](https://example.org/uji) untuk rincian.

![Gambar uji berwarna](besar.png)

## Daftar Panjang

${longItems}

::: notes
Ini ${noteWords.long} untuk slide yang terbelah.
:::

# Bagian Kedua

## Penutup

Terima kasih atas perhatian Anda.

::: notes
Ini ${noteWords.closing} untuk slide penutup.
:::

---

Slide tanpa judul dengan teks biasa.
`

/** Writes the deck and its 2400 × 1200 image into a fresh folder; returns the folder. */
export function writePdfDeck(): string {
  const dir = mkdtempSync(join(tmpdir(), 'layar-pdf-'))
  writeFileSync(join(dir, 'deck.md'), pdfDeckMarkdown)
  writeFileSync(join(dir, 'besar.png'), makePng(2400, 1200, '1f5f8b'))
  return dir
}

/** Runs a poppler tool and returns its standard output. */
export function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdffonts' | 'pdfimages' | 'pdftohtml', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** One page rendered by pdftoppm at 72 dpi (1 px per point). */
export function pagePng(file: string, page: number): PNG {
  const bytes = execFileSync('pdftoppm', ['-png', '-r', '72', '-f', String(page), '-l', String(page), '-singlefile', file], { maxBuffer: 64 * 1024 * 1024 })
  return PNG.sync.read(bytes)
}

/** `pdfinfo`'s fields, by name. */
export function pdfInfo(file: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const line of poppler('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line)
    if (match) fields[match[1] ?? ''] = match[2] ?? ''
  }
  return fields
}

/** Every page's size in points, as `pdfinfo -f 1 -l N` prints them (`960 x 540`). */
export function pageSizes(file: string, pages: number): string[] {
  return poppler('pdfinfo', ['-f', '1', '-l', String(pages), file])
    .split('\n')
    .flatMap((line) => {
      const match = /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/.exec(line)
      return match ? [`${match[1]} x ${match[2]}`] : []
    })
}

/** A word on a page and its box, in points from the top left. */
export interface WordBox {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/** The words on one page (1-based) with their boxes, from `pdftotext -bbox` (each word as the PDF places it). */
export function pageWordBoxes(file: string, page: number): WordBox[] {
  const tree = fromXml(poppler('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']))
  return elements(tree, 'word').map((word) => ({
    text: textOf(word),
    xMin: Number(word.attributes.xMin),
    yMin: Number(word.attributes.yMin),
    xMax: Number(word.attributes.xMax),
    yMax: Number(word.attributes.yMax),
  }))
}

/** The words on one page (1-based). */
export function pageWords(file: string, page: number): string[] {
  return pageWordBoxes(file, page).map((word) => word.text)
}

/** The outline's entries in order, with their depth (0 at the top) and page, from `pdftohtml -xml`. */
export function outlineEntries(file: string): Array<{ title: string; page: number; depth: number }> {
  const tree = fromXml(poppler('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]))
  const entries: Array<{ title: string; page: number; depth: number }> = []
  const walk = (node: XastElement, depth: number): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.name === 'item') entries.push({ title: textOf(child), page: Number(child.attributes.page), depth })
      else if (child.name === 'outline') walk(child, depth + 1)
    }
  }
  for (const outline of elements(tree, 'outline').slice(0, 1)) walk(outline, 0)
  return entries
}

/** The href of every link `pdftohtml -xml` finds in the text. */
export function linkTargets(file: string): string[] {
  const tree = fromXml(poppler('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]))
  return elements(tree, 'a').map((link) => String(link.attributes.href ?? ''))
}
