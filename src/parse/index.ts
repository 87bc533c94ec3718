import type { VFile } from 'vfile'
import type { Deck, DeckMeta, TitleSlide } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import { blocksFromMdast } from './blocks/index.js'
import { cleanDeckText, maskControlChars } from './control-chars.js'
import { frontMatterFromMdast, type FrontMatter } from './front-matter.js'
import { mdastFromMarkdown } from './mdast-from-markdown.js'
import { checkNesting } from './nesting.js'
import { fileStart } from './position.js'
import { slideLevelOf } from './slide-level.js'
import { slidesFromMdast } from './slides.js'
import { lineStarts } from './source-lines.js'
import { createState, strictParse, type ParseOptions } from './state.js'

export type { ParseOptions } from './state.js'

/**
 * Parses a content file (pandoc/Quarto-style slide Markdown with YAML front
 * matter) into a Deck. Every problem is reported on `file` with its position;
 * the whole file is always read, so one run reports every problem.
 *
 * @param file the content file; `file.path` locates images (relative to its folder)
 * @param options which image references to accept (remote, outside the folder); strict by default
 * @returns the deck, or null when the front matter makes one impossible
 *   (missing, invalid YAML, not a mapping, or no `title`; already reported)
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

function deckFromSource(file: VFile, source: string, options: ParseOptions): Deck | null {
  const tree = mdastFromMarkdown(source)
  if (!checkNesting(tree, file)) return null
  const state = createState(file, source, tree, blocksFromMdast, options)
  const frontMatter = frontMatterFromMdast(tree, state)
  const slideLevel = frontMatter?.meta.slideLevel ?? slideLevelOf(tree.children)
  const title: TitleSlide = { type: 'title', notes: [], position: frontMatter?.position ?? fileStart }
  const slides = slidesFromMdast(tree.children, slideLevel, title, state)
  if (frontMatter === null) return null
  return { meta: deckMeta(frontMatter, slideLevel), slides }
}

/** The deck's metadata, field by field (never a copy of the YAML mapping). */
function deckMeta({ meta }: FrontMatter, slideLevel: number): DeckMeta {
  return {
    title: meta.title,
    subtitle: meta.subtitle,
    author: meta.author,
    organization: meta.organization,
    date: meta.date,
    lang: meta.lang,
    theme: meta.theme,
    classification: meta.classification,
    footer: meta.footer,
    slideLevel,
    incremental: meta.incremental,
    fit: meta.fit,
  }
}
