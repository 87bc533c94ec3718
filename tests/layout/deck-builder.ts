import type { Block, ContentSlide, Deck, DeckMeta, Inline, Paragraph, Position } from '../../src/model/index.js'

/** A position on a given line, for hand-made model nodes. */
export function at(line: number): Position {
  return { start: { line, column: 1, offset: 0 }, end: { line, column: 10, offset: 9 } }
}

/** A text inline. */
export function text(value: string, line = 1): Inline {
  return { type: 'text', value, position: at(line) }
}

/** A paragraph of plain text. */
export function paragraph(value: string, line = 1): Paragraph {
  return { type: 'paragraph', children: [text(value, line)], position: at(line) }
}

/** Deck metadata with defaults; override what a test needs. */
export function meta(overrides: Partial<DeckMeta> = {}): DeckMeta {
  return {
    title: 'Kerjasama Militer Internasional Regional',
    subtitle: null,
    author: null,
    affiliations: [],
    organization: null,
    date: null,
    lang: 'id',
    theme: null,
    classification: null,
    footer: null,
    slideLevel: 2,
    incremental: false,
    fit: 'shrink',
    ...overrides,
  }
}

/** A content slide with a plain title. */
export function contentSlide(title: string | null, blocks: Block[], line = 5): ContentSlide {
  return { type: 'content', title: title === null ? null : [text(title, line)], blocks, notes: [], position: at(line) }
}

/** A deck of content slides. */
export function deckOf(slides: ContentSlide[], overrides: Partial<DeckMeta> = {}): Deck {
  return { meta: meta(overrides), slides }
}
