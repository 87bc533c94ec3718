import type { VFile } from 'vfile'
import type { Deck, DeckMeta, TitleSlide } from '../model/index.js'
import { blocksFromMdast } from './blocks/index.js'
import { frontMatterFromMdast, type FrontMatter } from './front-matter.js'
import { mdastFromMarkdown } from './mdast-from-markdown.js'
import { fileStart } from './position.js'
import { slideLevelOf } from './slide-level.js'
import { slidesFromMdast } from './slides.js'
import { createState } from './state.js'

/**
 * Parses a content file (pandoc/Quarto-style slide Markdown with YAML front
 * matter) into a Deck. Every problem is reported on `file` with its position;
 * the whole file is always read, so one run reports every problem.
 *
 * @param file the content file; `file.path` locates images (relative to its folder)
 * @returns the deck, or null when the front matter makes one impossible
 *   (missing, invalid YAML, not a mapping, or no `title`; already reported)
 */
export function deckFromMarkdown(file: VFile): Deck | null {
  const source = file.toString()
  const tree = mdastFromMarkdown(source)
  const state = createState(file, source, tree, blocksFromMdast)
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
