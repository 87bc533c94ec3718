import type { Definition, FootnoteDefinition, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import type { Block, CalloutKind, ContentSlide, NoteBlock, Span, Text } from '../model/index.js'
import { createBudget, type Budget } from '../diagnostics/index.js'
import { collectFootnoteDefinitions, footnoteCollector, type FootnoteTarget } from './footnotes.js'
import { createTypesetter, type Typesetter } from './math/typeset.js'
import { lineStarts } from './source-lines.js'
import type { ParseCache } from './parse-cache.js'
import type { SpanFragment } from './fragments.js'

/** What every handler needs while one content file becomes a Deck. */
export interface State {
  /** The content file; problems are reported on it. */
  file: VFile
  /** Its text as written (mdast positions and offsets refer to it). */
  source: string
  /** Line start offsets of `source`. */
  lines: number[]
  /** Link reference definitions by normalised label. */
  definitions: ReadonlyMap<string, Definition>
  /** Footnote definitions (`[^id]: …`) by identifier, wherever they are in the file. */
  footnoteDefinitions: ReadonlyMap<string, FootnoteDefinition>
  /** Identifiers of the footnotes some mark used (the rest are reported as unused). */
  usedFootnotes: Set<string>
  /** Where footnote marks go: the current content slide's notes; `slides.ts` points it there. */
  footnotes: FootnoteTarget
  /**
   * Where speaker notes go: the current slide's notes. `slides.ts` points it
   * at the right slide; a `::: notes` anywhere (even inside columns) adds to it.
   */
  notes: NoteBlock[]
  /**
   * Converts flow content (a container's children) with the block handlers.
   * It sits on the state, as in mdast-util-to-hast, so handlers need not
   * import the registry that imports them.
   */
  blocks: (nodes: readonly RootContent[]) => Block[]
  /**
   * Set while the blocks being converted will be flattened to text (a list
   * item, a quote, a footnote: see `textBlocksOf`), so a paragraph does not
   * promise a figure for an image that will be shown as its alt text.
   */
  textOnly: boolean
  /** Which image references the build will accept (`--fetch-remote`, `--allow-outside`). */
  options: ParseOptions
  /** Keys of warnings given once per deck (`attribute-html-only:transition`), so a deck full of them says it once. */
  reportedOnce: Set<string>
  /** Typesets TeX math (MathJax, loaded on the first formula). */
  math: Typesetter
  /** The build's budget of formulas and table cells (see `BUILD_BUDGET`). */
  budget: Budget
  /**
   * `.fragment` spans converted since `slides.ts` last looked: it makes a
   * step of those that are a whole paragraph or list item and reports the rest.
   */
  fragmentSpans: Map<Span, SpanFragment>
  /** The content slide being filled, for a `::: footer` or `::: aside` inside a div (`slides.ts` sets it); `null` before any. */
  slide: ContentSlide | null
  /** The title text of each callout without a title of its own, put into the deck's language once it is known. */
  calloutTitles: Array<{ kind: CalloutKind; text: Text }>
}

/** How permissive parsing is about image references; both off by default. */
export interface ParseOptions {
  /** `http(s)://` images become image blocks (the build fetches them) instead of `image-remote` errors. */
  remoteImages: boolean
  /** Images outside the content file's folder (`../x.png`, `/abs/x.png`) are allowed. */
  outsideImages: boolean
  /**
   * The build's date as `YYYY-MM-DD`, for Quarto's `date: today` and
   * `last-modified` (the build takes it from `SOURCE_DATE_EPOCH` or the
   * file's own modification time, never the clock); absent: such dates are reported and left out.
   */
  buildDate?: string | null
  /** Pieces and parsers kept between builds (see `ParseCache`); default: a fresh cache, used by this parse only. */
  cache?: ParseCache
}

/** The defaults: no remote images, nothing outside the content folder. */
export const strictParse: ParseOptions = { remoteImages: false, outsideImages: false }

/** The block converter `createState` wires in. */
export type BlocksFrom = (nodes: readonly RootContent[], state: State) => Block[]

/** A fresh state for one content file. */
export function createState(
  file: VFile,
  source: string,
  tree: Root,
  blocksFrom: BlocksFrom,
  options: ParseOptions = strictParse,
): State {
  const definitions = new Map<string, Definition>()
  collectDefinitions(tree, definitions)
  const state: State = {
    file,
    source,
    lines: lineStarts(source),
    definitions,
    footnoteDefinitions: collectFootnoteDefinitions(tree),
    usedFootnotes: new Set(),
    footnotes: footnoteCollector(),
    notes: [],
    blocks: (nodes) => blocksFrom(nodes, state),
    textOnly: false,
    options,
    reportedOnce: new Set(),
    math: createTypesetter(),
    budget: createBudget(file),
    fragmentSpans: new Map(),
    calloutTitles: [],
    slide: null,
  }
  return state
}

function collectDefinitions(node: Root | Root['children'][number], into: Map<string, Definition>): void {
  if (node.type === 'definition') {
    // The first definition of a label wins, as in CommonMark.
    if (!into.has(node.identifier)) into.set(node.identifier, node)
    return
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into)
}

/** The source text of a node exactly as written (for raw HTML, footnotes, stray directives). */
export function sourceOf(state: State, node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return ''
  return state.source.slice(start, end)
}
