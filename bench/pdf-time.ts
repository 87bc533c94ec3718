import { stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { BenchContext } from './bench-deck.js'
import { median, timeProcess } from './measure.js'

/** The PDF of one deck: the compiled CLI's wall time for `--format pdf`, Chromium's launch included. */
export interface PdfFigures {
  name: string
  pages: number
  medianMs: number
  runsMs: number[]
  bytes: number
}

/**
 * Times `layar build DECK --format pdf` (cold CLI, the system's Chromium
 * launched and closed by each run) `runs` times per deck.
 */
export async function benchPdf(context: BenchContext, decks: ReadonlyArray<{ name: string; path: string }>, runs: number): Promise<PdfFigures[]> {
  const figures: PdfFigures[] = []
  for (const deck of decks) {
    const outDir = join(context.work, 'pdf', basename(deck.path, extname(deck.path)))
    const runsMs: number[] = []
    for (let i = 0; i < runs; i++) {
      const timed = await timeProcess('node', ['bin/layar.js', 'build', deck.path, '--out', outDir, '--format', 'pdf'], context.repo)
      runsMs.push(timed.wallMs)
    }
    const pdf = join(outDir, `${basename(deck.path, extname(deck.path))}.pdf`)
    const pages = await pageCount(pdf)
    context.log(`  ${deck.name}: PDF of ${pages} pages in ${runsMs.map((value) => value.toFixed(0)).join(', ')} ms`)
    figures.push({ name: deck.name, pages, medianMs: median(runsMs), runsMs, bytes: (await stat(pdf)).size })
  }
  return figures
}

async function pageCount(pdf: string): Promise<number> {
  const { PDFDocument } = await import('pdf-lib')
  const { readFile } = await import('node:fs/promises')
  return (await PDFDocument.load(await readFile(pdf), { updateMetadata: false })).getPageCount()
}

/** The PDF figures as README table rows. */
export function formatPdfMarkdown(figures: readonly PdfFigures[]): string {
  return [
    '| Deck | Pages | layar, `--format pdf` | PDF size |',
    '| --- | ---: | ---: | ---: |',
    ...figures.map((figure) => `| ${figure.name} | ${figure.pages} | ${figure.medianMs.toFixed(0)} ms | ${(figure.bytes / 1024).toFixed(0)} KB |`),
  ].join('\n')
}
