import type { VFile } from 'vfile'
import type { Deck, DeckMeta, Position, Slide, TitleSlide } from '../model/index.js'
import { inlineText } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import { blocksFromMdast } from './blocks/index.js'
import { cleanDeckText, maskControlChars } from './control-chars.js'
import { detectLang } from './detect-lang.js'
import { localiseCalloutTitles } from './blocks/callout.js'
import { reportUnusedFootnotes } from './footnotes.js'
import { frontMatterFromMdast, type FrontMatter } from './front-matter.js'
import { mdastFromMarkdown } from './mdast-from-markdown.js'
import { checkInputBounds } from './input-bounds.js'
import { checkNesting } from './nesting.js'
import { checkWordLength } from './word-length.js'
import { fileStart } from './position.js'
import { slideLevelOf } from './slide-level.js'
import { slidesFromMdast } from './slides.js'
import { lineStarts } from './source-lines.js'
import { titleBlockOf, withoutTitleBlock, type TitleBlock } from './title-block.js'
import { createState, strictParse, type ParseOptions } from './state.js'

export type { ParseOptions } from './state.js'
export { createParseCache, type ParseCache } from './parse-cache.js'

/**
 * Parses a content file (pandoc/Quarto-style slide Markdown with YAML front
 * matter) into a Deck. Every problem is reported on `file` with its position;
 * the whole file is always read, so one run reports every problem.
 *
 * @param file the content file; `file.path` locates images (relative to its folder)
 * @param options which image references to accept (remote, outside the folder); strict by default
 * @returns the deck, or null when the front matter makes one impossible
 *   (invalid YAML, or not a mapping; already reported). A file without
 *   front matter or `title` is a deck without a title slide.
 */
export function deckFromMarkdown(file: VFile, options: ParseOptions = strictParse): Deck | null {
  const written = file.toString()
  if (written.length > MAX_CONTENT_CHARS) {
    const size = `${(written.length / 1_000_000).toFixed(1)} million characters`
    report(file, 'content-too-large', { size, limit: `${MAX_CONTENT_CHARS / 1_000_000} million` }, fileStart)
    return null
  }
  const masked = maskControlChars(written, file, lineStarts(written))
  const deck = deckFromSource(file, masked, options)
  const needsCleaning = masked !== written || written.includes('\r')
  return deck !== null && needsCleaning ? cleanDeckText(deck) : deck
}

/**
 * The longest content file read (in UTF-16 units, about bytes for most text).
 * Parsing costs about 4 s per million characters (GFM autolink scanning) and
 * layout holds every glyph's metrics, so a larger file is refused up front
 * rather than left to run for minutes. The seed deck is 16 thousand.
 */
export const MAX_CONTENT_CHARS = 2_000_000

function deckFromSource(file: VFile, written: string, options: ParseOptions): Deck | null {
  const titleBlock = titleBlockOf(written, lineStarts(written))
  const source = titleBlock === null ? written : withoutTitleBlock(written, titleBlock)
  if (!checkInputBounds(source, file)) return null
  const tree = mdastFromMarkdown(source, options.cache)
  if (!checkNesting(tree, file) || !checkWordLength(tree, file)) return null
  const state = createState(file, source, tree, blocksFromMdast, options)
  const frontMatter = frontMatterFromMdast(tree, state)
  if (frontMatter !== null && titleBlock !== null) fromTitleBlock(frontMatter, titleBlock)
  const formatOptions = frontMatter?.meta.formatOptions ?? {}
  const slideLevel = formatOptions.slideLevel ?? frontMatter?.meta.slideLevel ?? slideLevelOf(tree.children)
  const hasTitle = frontMatter?.meta.title != null
  const title: TitleSlide | null = hasTitle ? { type: 'title', notes: [], position: frontMatter?.position ?? fileStart } : null
  const slides = slidesFromMdast(tree.children, slideLevel, title, state)
  reportUnusedFootnotes(state)
  if (frontMatter === null) return null
  const place = frontMatter.position
  const documentTitle = frontMatter.meta.title ?? fallbackTitle(slides, file, place)
  let lang = frontMatter.meta.lang
  if (lang === null) {
    const texts = [frontMatter.meta.title, frontMatter.meta.subtitle].filter((text): text is string => text !== null)
    const detected = detectLang(texts, slides)
    lang = detected.lang
    report(file, detected.detected ? 'lang-detected' : 'lang-undetected', { lang }, place)
  }
  localiseCalloutTitles(state.calloutTitles, lang)
  return { meta: deckMeta(frontMatter, { title: documentTitle, lang, slideLevel }), slides }
}

/** pandoc's `%` title block fills what the YAML front matter leaves out. */
function fromTitleBlock({ meta }: FrontMatter, block: TitleBlock): void {
  if (meta.title === null && !meta.titleInvalid) meta.title = block.title
  if (meta.authors.length === 0) meta.authors.push(...block.authors)
  meta.date ??= block.date
}

/** The document title of a deck without `title`: its first heading, else the file name (reported). */
function fallbackTitle(slides: readonly Slide[], file: VFile, place: Position): string {
  const heading = slides.find((slide) => slide.type !== 'title' && slide.title !== null && inlineText(slide.title).trim() !== '')
  const fromHeading = heading?.type === 'title' || heading?.title == null ? null : inlineText(heading.title).trim()
  const title = fromHeading ?? (file.stem || 'Slides')
  report(file, 'front-matter-title-missing', { title, source: fromHeading === null ? 'the file name' : 'the first heading' }, place)
  return title
}

/** The deck's metadata, field by field (never a copy of the YAML mapping); `format:` options win over top-level keys. */
function deckMeta({ meta }: FrontMatter, decided: { title: string; lang: string; slideLevel: number }): DeckMeta {
  const format = meta.formatOptions
  return {
    title: decided.title,
    subtitle: meta.subtitle,
    author: meta.authors.length === 0 ? null : meta.authors.join(', '),
    affiliations: [...meta.affiliations],
    organization: meta.organization,
    date: meta.date,
    lang: decided.lang,
    theme: meta.theme,
    classification: meta.classification,
    footer: format.footer !== undefined ? format.footer : meta.footer,
    slideLevel: decided.slideLevel,
    incremental: format.incremental ?? meta.incremental,
    fit: meta.fit,
    ...(format.referenceDoc !== undefined ? { referenceDoc: format.referenceDoc } : meta.referenceDoc !== undefined ? { referenceDoc: meta.referenceDoc } : {}),
  }
}
