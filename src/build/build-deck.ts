import type { VFile } from 'vfile'
import { hasErrors, imagePlaceholderRules, report } from '../diagnostics/index.js'
import type { LaidOutDeck } from '../layout/laid-out.js'
import type { DeckMeta, ImageAssets, Position } from '../model/index.js'
import { layoutDeck, THEME_LOGO_KEY } from '../layout/index.js'
import { deckFromMarkdown } from '../parse/index.js'
import { deckToHtml } from '../render/html/index.js'
import type { PdfBrowser } from '../render/pdf/index.js'
import { resolveTheme, type ThemeContext, type ThemeResult } from '../theme/index.js'
import { createBuildCache, deckCache, type BuildCache } from './build-cache.js'
import { buildDateOf, documentDate } from './document-date.js'
import { loadAssets, loadLogo, type ReadAsset } from './load-assets.js'
import { loadTemplate, type LoadedTemplate, type TemplateSource } from './load-template.js'

/** The outputs layar writes. */
export type OutputFormat = 'html' | 'pptx' | 'pdf'

/** Every output format, in the order they are written. */
export const outputFormats: readonly OutputFormat[] = ['html', 'pptx', 'pdf']

/** The formats written when none are named: the PDF needs a Chromium, so it is asked for by name. */
export const defaultFormats: readonly OutputFormat[] = ['html', 'pptx']

/**
 * What the PDF output needs from the caller: a headless Chromium (launched on
 * first use, closed by the caller: see src/chromium.ts) and whether to make
 * the notes handout too.
 */
export interface PdfCapability {
  browser: () => Promise<PdfBrowser>
  /** Also write the notes handout (`--pdf-notes`), `<name>-notes.pdf`. */
  notes: boolean
}

/** Options of one deck's build. */
export interface BuildDeckOptions {
  formats: readonly OutputFormat[]
  /** Overrides the front matter's `theme` (the CLI's `--theme`); `null` keeps it. */
  theme: string | null
  /** `SOURCE_DATE_EPOCH` in seconds, or `null`. */
  sourceDateEpoch: number | null
  /** The content file's modification time in seconds (for Quarto's `date: today`), or `null`; default `null`. */
  fileModified?: number | null
  /** Where path themes (`theme: ./brand`) are looked up and how they are read; `null` allows shipped themes only. */
  themeContext: ThemeContext | null
  /** Accept images outside the content folder (the reader must allow them too); default `false`. */
  allowOutside?: boolean
  /** Accept `http(s)://` images (the reader fetches them); default `false`. */
  fetchRemote?: boolean
  /** Every shrink, split or overflow, and every image shown as a placeholder, is an error (`--strict`); default `false`. */
  strict?: boolean
  /** Required when `formats` holds `pdf`: the Chromium to print with. */
  pdf?: PdfCapability | null
  /**
   * The PowerPoint template named on the command line (`--reference-doc`), which
   * wins over the front matter's and the theme's: its path relative to the
   * content folder and the reader for it (the user named it, so it may lie
   * outside the folder); default none.
   */
  referenceDoc?: { path: string; read: ReadAsset } | null
  /** Stops the build at its next step (no further output is made); the result then has no outputs. Default: never. */
  signal?: AbortSignal | null
  /**
   * Called with each output as soon as it is made (the HTML before the PPTX
   * is rendered, the PDF last), and awaited before the next is made: the dev
   * server writes and serves the page while the PPTX is still to come.
   * Every message is reported before the first output is made. Default: none.
   */
  onOutput?: ((format: keyof DeckOutputs, data: string | Uint8Array, build: BuildDeckResult) => Promise<void>) | null
}

/** One deck's rendered outputs; a format not asked for is `null`. */
export interface DeckOutputs {
  html: string | null
  pptx: Uint8Array | null
  pdf: Uint8Array | null
  /** The notes handout (`--pdf-notes`). */
  notesPdf: Uint8Array | null
}

/** The file name ending of each output, after the deck's name. */
export const outputSuffixes: Readonly<Record<keyof DeckOutputs, string>> = {
  html: '.html',
  pptx: '.pptx',
  pdf: '.pdf',
  notesPdf: '-notes.pdf',
}

/** Milliseconds spent in each stage, for the benchmark. */
export type StageTimings = Record<'parse' | 'assets' | 'layout' | 'html' | 'pptx' | 'pdf', number>

/** What one deck's build produced: messages always, outputs only when nothing fatal was reported. */
export interface BuildDeckResult {
  file: VFile
  outputs: DeckOutputs | null
  laidOut: LaidOutDeck | null
  timings: StageTimings
}

/**
 * Builds one deck: Markdown in, HTML and PPTX bytes out, every problem reported
 * on `file`. Touches no file system itself: images come through `readAsset`.
 *
 * @param file the content file; `file.value` holds its Markdown, `file.path` names it in messages
 * @param readAsset reads an image by its path relative to the content file's folder
 * @param cache what earlier builds left to reuse (default: a fresh cache, used by this build only)
 */
export async function buildDeck(file: VFile, options: BuildDeckOptions, readAsset: ReadAsset, cache: BuildCache = createBuildCache()): Promise<BuildDeckResult> {
  const own = deckCache(cache, file.path)
  const pdf = options.formats.includes('pdf') ? (options.pdf ?? null) : null
  if (options.formats.includes('pdf') && pdf === null) {
    throw new TypeError('The pdf format needs `pdf: { browser, notes }` in the build options: a Chromium to print with.')
  }
  const timings: StageTimings = { parse: 0, assets: 0, layout: 0, html: 0, pptx: 0, pdf: 0 }
  const failed = (laidOut: LaidOutDeck | null = null): BuildDeckResult => ({ file, outputs: null, laidOut, timings })
  const stopped = (): boolean => options.signal?.aborted === true
  let start = performance.now()
  const buildDate = buildDateOf(options.sourceDateEpoch, options.fileModified ?? null)
  const deck = deckFromMarkdown(file, { remoteImages: options.fetchRemote ?? false, outsideImages: options.allowOutside ?? false, buildDate, cache: own.parse })
  timings.parse = performance.now() - start
  if (!deck) return failed()

  const themeResult = resolveTheme(options.theme ?? deck.meta.theme, options.themeContext)
  const titleSlide = deck.slides[0]
  if (themeResult.type === 'unknown') {
    report(file, 'theme-unknown', { name: themeResult.name, known: themeResult.known.join(', ') }, titleSlide?.position)
  } else if (themeResult.type === 'invalid') {
    report(file, 'theme-invalid', { detail: themeResult.detail }, titleSlide?.position)
  }

  start = performance.now()
  let assets = await loadAssets(deck, file, readAsset)
  if (themeResult.type === 'ok' && themeResult.theme.logo !== null) {
    const logo = await loadLogo(themeResult.theme.logo.path, file, readAsset, titleSlide?.position)
    // Still without a prototype (see loadAssets): an image named `constructor` stays an ordinary key.
    if (logo !== null) assets = Object.assign(Object.create(null) as ImageAssets, assets, { [THEME_LOGO_KEY]: logo })
  }
  let template: LoadedTemplate | null = null
  if (themeResult.type === 'ok') {
    const source = templateSource(options, deck.meta, themeResult, readAsset, titleSlide?.position)
    if (source !== null) template = await loadTemplate(themeResult.theme, source, file)
    if (template !== null) assets = Object.assign(Object.create(null) as ImageAssets, assets, template.pictures)
  }
  timings.assets = performance.now() - start
  // An image the build cannot use leaves a placeholder (a warning); `--strict` wants every image.
  if (options.strict ?? false) for (const message of file.messages) if (imagePlaceholderRules.has(message.ruleId ?? '')) message.fatal = true
  if (themeResult.type !== 'ok' || hasErrors(file) || stopped()) return failed()
  const theme = template?.theme ?? themeResult.theme

  start = performance.now()
  const laidOut = layoutDeck(deck, theme, assets, file, { strict: options.strict ?? false, cache: cache.layout, slides: own.slides })
  timings.layout = performance.now() - start
  if (hasErrors(file) || stopped()) return failed(laidOut)

  const outputs: DeckOutputs = { html: null, pptx: null, pdf: null, notesPdf: null }
  const result: BuildDeckResult = { file, outputs, laidOut, timings }
  const made = async (format: keyof DeckOutputs, data: string | Uint8Array): Promise<void> => {
    await options.onOutput?.(format, data, result)
  }
  const modified = documentDate(deck.meta.date, options.sourceDateEpoch)
  let html: string | null = null
  if (options.formats.includes('html') || pdf) {
    start = performance.now()
    html = deckToHtml(laidOut, theme, assets, { layout: cache.layout, html: cache.html })
    timings.html = performance.now() - start
    if (options.formats.includes('html')) {
      outputs.html = html
      await made('html', html)
    }
  }
  if (options.formats.includes('pptx')) {
    if (stopped()) return failed(laidOut)
    start = performance.now()
    // Loaded on demand: pptxgenjs is the heaviest module, and HTML-only builds skip it.
    const { deckToPptx } = await import('../render/pptx/index.js')
    outputs.pptx = await deckToPptx(laidOut, theme, assets, { modified, template: template?.bytes ?? null, zipCache: own.zip, partCache: own.parts, drawnSlides: own.drawn })
    timings.pptx = performance.now() - start
    if (stopped()) return failed(laidOut)
    await made('pptx', outputs.pptx)
  }
  if (pdf && html !== null) {
    if (stopped()) return failed(laidOut)
    start = performance.now()
    // Loaded on demand, like the PPTX writer: pdf-lib is only needed here.
    const { deckToPdf } = await import('../render/pdf/index.js')
    const printed = await deckToPdf(html, laidOut, { date: modified, notes: pdf.notes }, await pdf.browser())
    outputs.pdf = printed.pdf
    outputs.notesPdf = printed.notes
    timings.pdf = performance.now() - start
    if (stopped()) return failed(laidOut)
    await made('pdf', printed.pdf)
    if (printed.notes !== null) await made('notesPdf', printed.notes)
  }
  return result
}

/**
 * Where the deck's template comes from, if it has one: `--reference-doc`,
 * else the front matter's `reference-doc` (read like an image: inside the
 * content folder unless allowed), else the theme file's.
 */
function templateSource(
  options: BuildDeckOptions,
  meta: DeckMeta,
  theme: Extract<ThemeResult, { type: 'ok' }>,
  readAsset: ReadAsset,
  titlePlace: Position | undefined,
): TemplateSource | null {
  if (options.referenceDoc) return { path: options.referenceDoc.path, read: options.referenceDoc.read, position: undefined, keep: theme.referenceDoc?.keep ?? [] }
  if (meta.referenceDoc !== undefined) return { path: meta.referenceDoc.path, read: readAsset, position: meta.referenceDoc.position, keep: theme.referenceDoc?.keep ?? [] }
  if (theme.referenceDoc !== undefined) return { path: theme.referenceDoc.path, read: readAsset, position: titlePlace, keep: theme.referenceDoc.keep }
  return null
}
