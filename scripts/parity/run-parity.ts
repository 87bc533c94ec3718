import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { reporter } from 'vfile-reporter'
import { runBuild } from '../../src/build/index.js'
import type { LaidOutDeck } from '../../src/layout/laid-out.js'
import { nodeHost } from '../../src/node-host.js'
import { resolveTheme, type Theme } from '../../src/theme/index.js'
import { contactSheet } from './contact-sheet.js'
import { bitmapFromPng, bitmapToPng } from './image.js'
import { slideParity, type SlideParity } from './measure.js'
import { htmlSlidePngs, type RenderSize } from './render-html.js'
import { pptxSlidePngs } from './render-pptx.js'

/** Options of {@link runParity}. */
export interface ParityOptions {
  /** The content file, relative to `cwd`. */
  deck: string
  /** Overrides the deck's front matter theme, like `--theme`; `null` keeps it. */
  theme: string | null
  /** Where the built deck, `contact-sheet.png` and `parity.json` go. */
  outDir: string
  /** Render size of every slide in both outputs (16:9, e.g. 1280 × 720). */
  size: RenderSize
  /** Folder relative paths start from. */
  cwd: string
  /** Only these 1-based slides go on the contact sheet (all are measured); `null` for all. */
  sheetSlides: { first: number; last: number } | null
  /** Halve the images on the contact sheet. */
  halveSheet: boolean
  /** Where the contact sheet goes, relative to `cwd`; `null` for `contact-sheet.png` in `outDir`. */
  sheetPath: string | null
}

/** Everything one parity run measured, as written to `parity.json`. */
export interface ParityReport {
  deck: string
  theme: string
  size: RenderSize
  /** The build's messages (warnings), as vfile-reporter prints them; empty when none. */
  buildMessages: string
  slides: SlideParity[]
  /** Paths of what the run wrote, relative to `cwd`. */
  files: { html: string; pptx: string; sheet: string; json: string }
}

/**
 * Builds a deck, renders every slide as HTML (Chromium) and as PPTX
 * (LibreOffice) at the same size, measures each pair and writes a contact
 * sheet and the figures as JSON.
 *
 * @throws Error if the deck does not build, or the outputs disagree on the number of slides
 */
export async function runParity(options: ParityOptions): Promise<ParityReport> {
  const outDir = resolve(options.cwd, options.outDir)
  const built = await buildForParity(options, outDir)
  const [htmlShots, pptxShots] = await Promise.all([htmlSlidePngs(built.html, options.size), pptxSlidePngs(built.pptx, options.size)])
  const count = built.laidOut.slides.length
  if (htmlShots.length !== count || pptxShots.length !== count) {
    throw new Error(`the laid-out deck has ${count} slides, the HTML ${htmlShots.length} and the PPTX ${pptxShots.length}`)
  }
  const pairs = htmlShots.map((shot, i) => ({ slide: i + 1, html: bitmapFromPng(shot), pptx: bitmapFromPng(pptxShots[i] ?? shot) }))
  const slides = pairs.map((pair, i) =>
    slideParity(pair.html, pair.pptx, built.laidOut.slides[i]!, i, built.laidOut.chrome, built.theme),
  )
  const range = options.sheetSlides ?? { first: 1, last: count }
  const sheet = contactSheet(
    pairs.filter((pair) => pair.slide >= range.first && pair.slide <= range.last),
    { halve: options.halveSheet },
  )
  const files = { html: built.html, pptx: built.pptx, sheet: options.sheetPath === null ? join(outDir, 'contact-sheet.png') : resolve(options.cwd, options.sheetPath), json: join(outDir, 'parity.json') }
  const report: ParityReport = {
    deck: options.deck,
    theme: built.theme.name,
    size: options.size,
    buildMessages: built.messages,
    slides,
    files: relativeFiles(files, options.cwd),
  }
  await mkdir(dirname(files.sheet), { recursive: true })
  await writeFile(files.sheet, bitmapToPng(sheet))
  await writeFile(files.json, `${JSON.stringify(report, null, 2)}\n`)
  return report
}

interface Built {
  html: string
  pptx: string
  laidOut: LaidOutDeck
  theme: Theme
  messages: string
}

/** Builds the deck into `outDir` the way `layar build` does, and resolves its theme for the expected colours. */
async function buildForParity(options: ParityOptions, outDir: string): Promise<Built> {
  const host = nodeHost(options.cwd, undefined)
  const result = await runBuild({ inputs: [options.deck], outDir, formats: ['html', 'pptx'], theme: options.theme, dryRun: false }, host)
  if (result.type === 'usage-error') throw new Error(result.message)
  const deck = result.decks[0]
  const messages = deck ? reporter([deck.file], { color: false, quiet: true }) : ''
  if (!deck?.outputs || !deck.laidOut) throw new Error(`${options.deck} did not build:\n${messages}`)
  const html = result.written.find((path) => path.endsWith('.html'))
  const pptx = result.written.find((path) => path.endsWith('.pptx'))
  if (!html || !pptx) throw new Error(`the build wrote no HTML or PPTX: ${result.written.join(', ')}`)
  const contentDir = dirname(resolve(options.cwd, options.deck))
  const theme = resolveTheme(options.theme ?? deck.laidOut.meta.theme, { contentDir, readFile: (path) => host.readTextSync(path) })
  if (theme.type !== 'ok') throw new Error(`the deck built but its theme does not resolve here (${theme.type})`)
  return { html: resolve(options.cwd, html), pptx: resolve(options.cwd, pptx), laidOut: deck.laidOut, theme: theme.theme, messages }
}

function relativeFiles<T extends Record<string, string>>(files: T, cwd: string): T {
  const base = resolve(cwd)
  return Object.fromEntries(
    Object.entries(files).map(([key, path]) => [key, path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path]),
  ) as T
}
