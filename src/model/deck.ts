import type { Block, List, NoteBlock, Paragraph } from './block.js'
import type { Inline } from './inline.js'
import type { Position } from './position.js'
import type { SlideStyle } from './slide-style.js'

/** How the layout may make a slide fit (front matter `fit`). */
export type FitMode = 'split' | 'shrink' | 'none'

/** Validated front matter: the deck's metadata, typed. */
export interface DeckMeta {
  /**
   * The document title (HTML `<title>`, PPTX core properties): front matter
   * `title`, else the first heading's text, else the file name. Whether there
   * is a title slide is `slides[0].type === 'title'` (only with a `title`).
   */
  title: string
  subtitle: string | null
  /** Every author's name, joined with `, ` (a string, a list, or objects with `name`). */
  author: string | null
  /** The authors' affiliations and `institute`, each once, in order (shown on the title slide). */
  affiliations: string[]
  organization: string | null
  /**
   * As written (`2026-11-25` or free text), or the build's date for Quarto's
   * `today`/`last-modified` (ISO); used for display and document dates.
   */
  date: string | null
  /** BCP 47 language tag: front matter `lang`, else detected from the text (`en` when too short to tell). */
  lang: string
  /** Theme name or path, as written; `null` means the default theme. */
  theme: string | null
  /** Security marking shown as a banner on every slide, e.g. `TERBATAS`. */
  classification: string | null
  footer: string | null
  /** The heading depth that starts a content slide (pandoc's slide level). */
  slideLevel: number
  /** List items appear one by one in the HTML deck. */
  incremental: boolean
  fit: FitMode
  /**
   * The PowerPoint template both decks follow (`reference-doc`, top level or
   * under `format: pptx:`), as written, relative to the content file, with
   * where it was written; absent without one.
   */
  referenceDoc?: { path: string; position: Position }
}

/** The title slide, made from front matter. */
export interface TitleSlide {
  type: 'title'
  notes: NoteBlock[]
  position: Position
}

/** A section divider, from a heading above the slide level. */
export interface SectionSlide {
  type: 'section'
  title: Inline[]
  depth: number
  notes: NoteBlock[]
  /** From the heading's attributes; absent when it has none that apply. */
  style?: SlideStyle
  position: Position
}

/** A content slide: a heading at the slide level, or a `---` break (untitled). */
export interface ContentSlide {
  type: 'content'
  title: Inline[] | null
  blocks: Block[]
  notes: NoteBlock[]
  /**
   * The notes its footnote marks point to, numbered from 1 in the order they
   * are first referenced on this slide (pandoc's reveal.js output shows them
   * at the bottom of the slide). Absent when the slide references none.
   */
  footnotes?: Footnote[]
  /** Quarto's `::: footer` on this slide: its text, replacing the deck's footer there; absent without one. */
  footer?: Inline[]
  /** Quarto's `::: aside`: small text at the slide's foot; absent without one. */
  aside?: Array<Paragraph | List>
  /** From the heading's attributes; absent when it has none that apply. */
  style?: SlideStyle
  position: Position
}

/** One footnote of a slide: its number there and its text (paragraphs joined by line breaks). */
export interface Footnote {
  number: number
  children: Inline[]
  position: Position
}

export type Slide = TitleSlide | SectionSlide | ContentSlide

/** A parsed deck: plain, JSON-serialisable data. */
export interface Deck {
  meta: DeckMeta
  slides: Slide[]
}
