import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/** Throws a clear error when a program the PPTX tests need is not installed. */
function requireProgram(program: string, apt: string): void {
  const probe = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' })
  if (probe.status !== 0) {
    throw new Error(`\`${program}\` is not installed; the PPTX tests need it. Install it with: apt-get install -y ${apt}`)
  }
}

/**
 * Converts a .pptx to PDF with LibreOffice headless, using a fresh user
 * profile (so parallel runs and stale profiles cannot interfere).
 * Throws if `soffice` is missing or the conversion produces no PDF.
 * @returns the PDF's path.
 */
export function pptxToPdf(pptx: Uint8Array, name = 'deck'): string {
  return convertPptx(pptx, name, 'pdf')
}

/**
 * Converts a .pptx to OpenDocument (what LibreOffice Impress made of it,
 * animations included), as `pptxToPdf` does.
 * @returns the .odp file's path.
 */
export function pptxToOdp(pptx: Uint8Array, name = 'deck'): string {
  return convertPptx(pptx, name, 'odp')
}

function convertPptx(pptx: Uint8Array, name: string, format: 'pdf' | 'odp'): string {
  requireProgram('soffice', 'libreoffice-impress')
  const dir = mkdtempSync(join(tmpdir(), 'layar-lo-'))
  const input = join(dir, `${name}.pptx`)
  writeFileSync(input, pptx)
  const profile = mkdtempSync(join(tmpdir(), 'layar-lo-profile-'))
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', dir, input],
    { encoding: 'utf8', timeout: 180_000 },
  )
  const output = join(dir, `${name}.${format}`)
  if (!readdirSync(dir).includes(basename(output))) {
    throw new Error(`soffice did not convert ${input} (status ${result.status}): ${result.stderr}${result.stdout}`)
  }
  return output
}

/** The text of each page of a PDF (pdftotext; pages split on form feeds). */
export function pdfPageTexts(pdf: string): string[] {
  requireProgram('pdftotext', 'poppler-utils')
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
  const pages = text.split('\f')
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

/** Renders PDF pages to PNG files (pdftoppm); returns their paths in page order. */
export function pdfToPngs(pdf: string, options: { resolution?: number; first?: number; last?: number } = {}): string[] {
  requireProgram('pdftoppm', 'poppler-utils')
  const dir = mkdtempSync(join(tmpdir(), 'layar-png-'))
  const args = ['-r', String(options.resolution ?? 50), '-png']
  if (options.first !== undefined) args.push('-f', String(options.first))
  if (options.last !== undefined) args.push('-l', String(options.last))
  execFileSync('pdftoppm', [...args, pdf, join(dir, 'page')])
  return readdirSync(dir)
    .filter((file) => file.endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => join(dir, file))
}

/** The font names (subset prefix dropped) a PDF page uses (pdffonts). */
export function pdfPageFonts(pdf: string, page: number): string[] {
  requireProgram('pdffonts', 'poppler-utils')
  const table = execFileSync('pdffonts', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' })
  return table
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => (line.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''))
}

/** A word of a PDF page and its box, in points from the top left (pdftotext -bbox). */
export interface PdfWord {
  text: string
  x: number
  y: number
  h: number
}

/** The words of one PDF page with their boxes, in reading order. */
export function pdfWords(pdf: string, page: number): PdfWord[] {
  requireProgram('pdftotext', 'poppler-utils')
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    text: match[4] ?? '',
    x: Number(match[1]),
    y: Number(match[2]),
    h: Number(match[3]) - Number(match[2]),
  }))
}
