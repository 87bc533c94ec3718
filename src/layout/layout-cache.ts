import type { createLowlight } from 'lowlight'
import type { Code, Inline } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { FontSubsetFile } from './font-files.js'
import type { LoadedFace } from './font-metrics.js'
import type { CodeToken, LaidOutSlide } from './laid-out.js'
import type { PreparedText } from './measure.js'

/** Where a code block cut by the splitter came from: the whole block and its line range. */
export interface CodeSlice {
  source: Code
  from: number
  to: number
}

/**
 * What layout keeps between builds: opened font faces and their measured
 * widths, the fonts' files, measured paragraphs, highlighted code. Created
 * by the caller (the CLI, the dev server, an API user) with
 * `createLayoutCache` and passed in, never kept in a module, so two builds
 * in one process see each other's work only through the cache they share.
 * Everything in it is a pure function of its key, so a warm cache gives the
 * same outputs as a cold one.
 */
export interface LayoutCache {
  /** Opened faces by `package|weight|style`. */
  faces: Map<string, LoadedFace>
  /** Width in em by text, per face named `package@version|weight|style` (seeded from the CLI's file). */
  widthTables: Map<string, Map<string, number>>
  /** Width tables read from the CLI's file, per face, in the order seeded; looked up per text on first use (`seedWidths`). */
  seededWidths: Map<string, Array<Readonly<Record<string, unknown>>>>
  /** A font's woff2 subset files by `package|weight|style`. */
  fontFiles: Map<string, FontSubsetFile[]>
  /** Installed font package versions by package name. */
  fontVersions: Map<string, string>
  /** Counts for the width cache on disk and for tests. */
  stats: {
    /** Texts measured with the fonts (not found seeded). */
    measured: number
    /** Font files opened with fontkit. */
    opened: number
    /** `measured` when the widths were last saved (the CLI saves only news). */
    saved: number
  }
  /**
   * Measured paragraphs per inline array and style, so fit measures each
   * paragraph once. Note: `layoutDeck` starts a new one for every slide it
   * lays out, so they die with the slide: kept for the whole deck (the deck's
   * inline arrays stay alive until both outputs are written) they were
   * copied by every scavenge during layout and marked by every later
   * collection (a 1,000-slide deck's layout then copied 16 MB, now 3 MB).
   */
  prepared: WeakMap<readonly Inline[], Map<string, PreparedText>>
  /** Code blocks made by cutting a longer one, keyed by the new node (the model stays plain data). */
  codeSlices: WeakMap<Code, CodeSlice>
  /** Highlighted lines per whole code block and theme. */
  highlighted: WeakMap<Code, WeakMap<Theme, CodeToken[][]>>
  /** The highlighter, made on first use (registering its grammars costs start-up time a deck without code never repays). */
  highlighter: ReturnType<typeof createLowlight> | null
  /** The grapheme segmenter, made on first use (it loads ICU's break data, ~10 ms). */
  segmenter: Intl.Segmenter | null
  /**
   * Laid-out slides reused from an earlier layout at another place in the
   * file (a slide above grew): the copy, whose positions moved, → the parts
   * it copies. Renderers draw no positions, so their per-slide caches treat
   * the two as one drawing.
   */
  drawnAs: WeakMap<LaidOutSlide, LaidOutSlide>
}

/** An empty layout cache. */
export function createLayoutCache(): LayoutCache {
  return {
    faces: new Map(),
    widthTables: new Map(),
    seededWidths: new Map(),
    fontFiles: new Map(),
    fontVersions: new Map(),
    stats: { measured: 0, opened: 0, saved: 0 },
    prepared: new WeakMap(),
    codeSlices: new WeakMap(),
    highlighted: new WeakMap(),
    highlighter: null,
    segmenter: null,
    drawnAs: new WeakMap(),
  }
}
