import { shapedWidthEm, widthEm, type LoadedFace } from './font-metrics.js'
import { breakAllowedBetween, forbidsBreakBefore } from './break-rules.js'
import { graphemeClusters } from './graphemes.js'
import { collapseWhitespace } from './whitespace.js'

/**
 * A piece of a paragraph as the line breaker sees it: text in one face, or a
 * hard line break. Every piece of a paragraph shares one font size.
 */
export type LineItem = { type: 'text'; text: string; face: LoadedFace; scale?: number } | { type: 'break' } | MathBox

/**
 * Something set apart from the text that breaks like a letter of a word: a
 * typeset formula, `em` wide (in em of the paragraph's size).
 */
export interface MathBox {
  type: 'box'
  em: number
}

/** What a line's text shows for a box (U+FFFC OBJECT REPLACEMENT CHARACTER). */
const BOX_TEXT = '\uFFFC'

/**
 * The size of subscripts, superscripts and footnote marks relative to the
 * text around them, as layout measures them. The HTML sets it as their font
 * size; a PPTX run only says "raised" or "lowered" (`baseline`) and the
 * application scales it: LibreOffice to 58 % (its `DFLT_ESC_PROP`).
 */
export const SCRIPT_SCALE = 0.58

/** Text in one face, or a box (`face: null`), inside a chunk. */
type Piece =
  | {
      text: string
      face: LoadedFace
      /** Its size relative to the paragraph's (1 except in sub- and superscripts). */
      scale: number
    }
  | { text: string; face: null; em: number }

/**
 * The text between two break opportunities: content that must stay on one
 * line (unless it is longer than a line), then the space after it, if any.
 */
interface Chunk {
  pieces: Piece[]
  contentEm: number
  /** Width of the collapsed space after the content; it hangs at a line end. */
  spaceEm: number
  /** A hard break follows the chunk. */
  hardBreak: boolean
  /** Its graphemes with their advances, once a line had to be cut inside it (see `graphemesOf`). */
  graphemes?: Grapheme[]
}

interface Grapheme {
  text: string
  em: number
}

/** A paragraph cut into chunks, with widths in em: break it at any size and width. */
export interface PreparedText {
  chunks: Chunk[]
}

/** One measured line. `width` leaves out trailing spaces, which hang. */
export interface Line {
  text: string
  width: number
}

/** Width of `text` in one face at `size` pt, in pt (kerning and ligatures applied). */
export function textWidth(face: LoadedFace, text: string, size: number): number {
  return widthEm(face, text) * size
}

/** A character (with its combining marks) or a hard break, after whitespace collapsing. */
type Atom = { type: 'char'; text: string; face: LoadedFace; scale: number; space: boolean } | { type: 'break' } | MathBox

const MARK = /^\p{M}$/u

/**
 * Collapses white space as CSS `white-space: normal` does (`collapseWhitespace`,
 * which the PPTX uses too): runs of spaces, tabs and newlines (even across
 * faces) become one space; spaces at the start of the paragraph, after a hard
 * break and before one are dropped.
 */
function atomsOf(items: readonly LineItem[]): Atom[] {
  const atoms: Atom[] = []
  let afterSpace = true
  for (const item of items) {
    if (item.type === 'box') {
      atoms.push(item)
      afterSpace = false
      continue
    }
    if (item.type === 'break') {
      const last = atoms.at(-1)
      if (last?.type === 'char' && last.space) atoms.pop()
      atoms.push(item)
      afterSpace = true
      continue
    }
    const collapsed = collapseWhitespace(item.text, afterSpace)
    afterSpace = collapsed.afterSpace
    for (const char of collapsed.text) {
      const space = char === ' '
      const last = atoms.at(-1)
      // No combining mark lies below U+0300: most text skips the test.
      if (!space && char.charCodeAt(0) >= 0x300 && MARK.test(char) && last?.type === 'char' && !last.space) {
        last.text += char
        continue
      }
      atoms.push({ type: 'char', text: char, face: item.face, scale: item.scale ?? 1, space })
    }
  }
  return atoms
}

/** Cuts a paragraph into chunks at its break opportunities and measures them in em. */
export function prepareText(items: readonly LineItem[]): PreparedText {
  const atoms = atomsOf(items)
  const chunks: Chunk[] = []
  let current: Chunk = emptyChunk()
  let previous = ''
  const close = (): void => {
    chunks.push(current)
    current = emptyChunk()
  }
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]
    if (!atom) continue
    if (atom.type === 'break') {
      current.hardBreak = true
      close()
      previous = ''
      continue
    }
    if (atom.type === 'box') {
      // A formula breaks like a letter: only where a space (or CJK text) allows.
      if (previous !== '' && current.pieces.length > 0 && breakAllowedBetween(previous, BOX_TEXT, beforeOf(atoms, i))) close()
      current.pieces.push({ text: BOX_TEXT, face: null, em: atom.em })
      previous = BOX_TEXT
      continue
    }
    const next = atoms[i + 1]
    if (atom.space && !(next?.type === 'char' && forbidsBreakBefore(next.text))) {
      current.spaceEm = widthEm(atom.face, ' ') * atom.scale
      close()
      previous = ' '
      continue
    }
    // A space that may not break (before `,` or `)`) is plain content.
    if (previous !== '' && !atom.space && current.pieces.length > 0 && breakAllowedBetween(previous, atom.text, beforeOf(atoms, i))) {
      close()
    }
    addText(current, atom.text, atom.face, atom.scale)
    previous = atom.text
  }
  if (current.pieces.length > 0 || current.spaceEm > 0) close()
  for (const chunk of chunks) {
    chunk.contentEm = chunk.pieces.some((piece) => piece.face !== null && piece.text.length > MAX_SHAPED_WORD)
      ? graphemesOf(chunk).reduce((sum, grapheme) => sum + grapheme.em, 0)
      : chunk.pieces.reduce((sum, piece) => sum + (piece.face === null ? piece.em : widthEm(piece.face, piece.text) * piece.scale), 0)
  }
  return { chunks }
}

/** The character two places back, which decides hyphen-before-digit breaks. */
function beforeOf(atoms: readonly Atom[], i: number): string {
  const atom = atoms[i - 2]
  return atom?.type === 'char' ? atom.text : ''
}

function emptyChunk(): Chunk {
  return { pieces: [], contentEm: 0, spaceEm: 0, hardBreak: false }
}

function addText(chunk: Chunk, text: string, face: LoadedFace, scale: number): void {
  const last = chunk.pieces.at(-1)
  if (last && last.face === face && last.face !== null && last.scale === scale) last.text += text
  else chunk.pieces.push({ text, face, scale })
}

// Chromium compares LayoutUnits (1/64 px); this absorbs float noise only.
const EPSILON = 1e-6

/**
 * Breaks prepared text into lines `width` pt wide at `size` pt, the way
 * Chromium does with `white-space: normal; overflow-wrap: break-word`:
 * greedy, at break opportunities; trailing spaces hang; a chunk that does
 * not fit moves to the next line, and one wider than a whole line is broken
 * between characters (graphemes).
 */
export function breakText(prepared: PreparedText, size: number, width: number): Line[] {
  const lines: Line[] = []
  let line = { text: '', width: 0, advance: 0, empty: true }
  const flush = (): void => {
    lines.push({ text: line.text.trimEnd(), width: line.width })
    line = { text: '', width: 0, advance: 0, empty: true }
  }
  for (const chunk of prepared.chunks) {
    const content = chunk.contentEm * size
    if (!line.empty && line.advance + content > width + EPSILON) flush()
    if (line.empty && content > width + EPSILON) {
      for (const grapheme of graphemesOf(chunk)) {
        const w = grapheme.em * size
        if (grapheme.text === ' ') {
          // A space inside an unbreakable chunk (before `,`) still hangs at a line end.
          line.text += ' '
          line.advance += w
          continue
        }
        if (!line.empty && line.advance + w > width + EPSILON) flush()
        line.text += grapheme.text
        line.advance += w
        line.width = line.advance
        line.empty = false
      }
    } else if (chunk.pieces.length > 0) {
      line.text += chunk.pieces.map((piece) => piece.text).join('')
      line.advance += content
      line.width = line.advance
      line.empty = false
    }
    if (chunk.spaceEm > 0) {
      line.text += ' '
      line.advance += chunk.spaceEm * size
    }
    if (chunk.hardBreak) flush()
  }
  if (!line.empty) flush()
  return lines
}

/**
 * The graphemes of a chunk with their advances in em, so kerning inside the
 * word counts as it does when Chromium cuts a shaped word. Kept on the
 * chunk: fitting tries one text at many widths.
 *
 * An ordinary word's advances come from its shaped prefixes, through the
 * width cache (and so the CLI's cache on disk). A longer one's come from
 * `pairAdvancesEm`, in time linear in its length: re-shaping every prefix of
 * a 20,000-character token (a hash, a data URI) took minutes.
 */
function graphemesOf(chunk: Chunk): Grapheme[] {
  if (chunk.graphemes) return chunk.graphemes
  const out: Grapheme[] = []
  for (const piece of chunk.pieces) {
    if (piece.face === null) {
      out.push({ text: piece.text, em: piece.em })
      continue
    }
    // Made on first use (in the face's cache): creating one loads ICU's break data (~10 ms), and most decks never cut inside a word.
    const cache = piece.face.cache
    cache.segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })
    const segments = graphemeClusters(piece.text, cache.segmenter)
    const ems = piece.text.length <= MAX_CACHED_PREFIX_WORD ? prefixAdvancesEm(piece.face, segments) : pairAdvancesEm(piece.face, segments)
    segments.forEach((text, i) => out.push({ text, em: (ems[i] ?? 0) * piece.scale }))
  }
  chunk.graphemes = out
  return out
}

/** Words up to this many UTF-16 units have their prefixes' widths measured (and cached). */
const MAX_CACHED_PREFIX_WORD = 40

/**
 * A word longer than this (no language has one; a pasted token or data URI
 * does) is measured as the sum of its graphemes' advances (`pairAdvancesEm`)
 * rather than shaped whole: fontkit takes ~50 µs a character, and the width
 * cache would keep the token.
 */
const MAX_SHAPED_WORD = 1000

/** Each grapheme's advance as the growth of the shaped prefix it ends: exact, but quadratic in the word's length. */
function prefixAdvancesEm(face: LoadedFace, segments: readonly string[]): number[] {
  let prefix = ''
  let before = 0
  return segments.map((segment) => {
    prefix += segment
    const after = widthEm(face, prefix)
    const em = after - before
    before = after
    return em
  })
}

/**
 * Each grapheme's advance as the growth of the shaped pair it ends (the
 * grapheme with the one before it): what the prefix gives when shaping is
 * pairwise (kerning, two-letter ligatures), in time linear in the text's
 * length. Single graphemes go through the width cache (an alphabet's worth);
 * pairs are shaped once per text, so a pasted token never fills the cache.
 */
export function pairAdvancesEm(face: LoadedFace, segments: readonly string[]): number[] {
  const pairs = new Map<string, number>()
  let previous = ''
  return segments.map((segment) => {
    const alone = widthEm(face, segment)
    let em = alone
    if (previous !== '') {
      const pair = previous + segment
      let grown = pairs.get(pair)
      if (grown === undefined) {
        grown = shapedWidthEm(face, pair) - widthEm(face, previous)
        pairs.set(pair, grown)
      }
      em = grown
    }
    previous = segment
    return em
  })
}

/** How many lines the items take at `size` pt in a box `width` pt wide. */
export function countLines(items: readonly LineItem[], size: number, width: number): number {
  return breakText(prepareText(items), size, width).length
}

/** The widest line of the items when nothing wraps except at hard breaks, in pt. */
export function naturalWidth(prepared: PreparedText, size: number): number {
  return breakText(prepared, size, Number.POSITIVE_INFINITY).reduce((max, line) => Math.max(max, line.width), 0)
}

/** The widest unbreakable chunk, in pt: below this a text must break inside words. */
export function minimumWidth(prepared: PreparedText, size: number): number {
  return prepared.chunks.reduce((max, chunk) => Math.max(max, chunk.contentEm * size), 0)
}
