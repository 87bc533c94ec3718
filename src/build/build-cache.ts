import { createLayoutCache, createSlideLayoutCache, type LayoutCache, type SlideLayoutCache } from '../layout/index.js'
import { createParseCache, type ParseCache } from '../parse/index.js'
import { createHtmlCache, type HtmlCache } from '../render/html/index.js'
import { createDrawnSlideCache, type DrawnSlideCache } from '../render/pptx/drawn-slides.js'
import { createPartCache, type PartCache } from '../render/pptx/part-cache.js'
import { createZipCache, type ZipCache } from '../render/pptx/zip-writer.js'

/**
 * Everything layar keeps from one build for the next: measured text widths
 * and opened fonts, compiled Markdown parsers, highlighted code, encoded
 * images, and per deck the parsed pieces of its Markdown and the drawn,
 * transformed and compressed parts of its last PPTX. The caller creates it (`createBuildCache`): the CLI
 * once per run, the dev server once per session, an API user when they
 * like, and passes it to every build that may share it. Nothing is kept
 * anywhere else, so builds with different caches never see each other, and
 * a warm cache only saves time: the outputs are the same bytes as with a
 * fresh one.
 */
export interface BuildCache {
  layout: LayoutCache
  html: HtmlCache
  /** Parsers (shared) and pieces (per deck: see `deckCache`). */
  parsers: ParseCache['processors']
  /** What belongs to one content file, by its path. */
  decks: Map<string, DeckCache>
}

/** What a build keeps of one deck: its Markdown's parsed pieces, its laid-out slides and its last PPTX's drawn, transformed and compressed parts. */
export interface DeckCache {
  parse: ParseCache
  /** Each slide's layout, reused for the slides a save left unchanged. */
  slides: SlideLayoutCache
  /** The last PPTX's slides as pptxgenjs drew them, put back for the slides a save left unchanged. */
  drawn: DrawnSlideCache
  /** The last PPTX's XML parts as the tree transforms left them, reused for the parts a save left unchanged. */
  parts: PartCache
  zip: ZipCache
}

/** An empty cache, for a caller to pass to every build that may share it. */
export function createBuildCache(): BuildCache {
  return { layout: createLayoutCache(), html: createHtmlCache(), parsers: new Map(), decks: new Map() }
}

/** The part of `cache` that belongs to the deck at `path` (made on first use). */
export function deckCache(cache: BuildCache, path: string): DeckCache {
  let deck = cache.decks.get(path)
  if (deck === undefined) {
    deck = { parse: { pieces: new Map(), processors: cache.parsers }, slides: createSlideLayoutCache(), drawn: createDrawnSlideCache(), parts: createPartCache(), zip: createZipCache() }
    cache.decks.set(path, deck)
  }
  return deck
}
