import { widthEm, type LoadedFace } from './font-metrics.js'
import { graphemeAdvancesEm, MAX_SHAPED_WORD } from './grapheme-advances.js'
import { breakAllowedBetween, forbidsBreakBefore } from './break-rules.js'
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

/** Text in one face inside a chunk. */
interface TextPiece {
  text: string
  face: LoadedFace
  /** Its size relative to the paragraph's (1 except in sub- and superscripts). */
  scale: number
}

/** Text in one face, or a box (`face: null`), inside a chunk. */
type Piece = TextPiece | { text: string; face: null; em: number }

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

/**
 * A paragraph's atoms (a character with its combining marks, a hard break or
 * a box), after whitespace collapsing, as offsets into the paragraph's
 * collapsed text: no object or string per character (every laid-out
 * character of a deck passes here, and a 1,000-slide deck's atoms were a
 * quarter of what its layout allocated).
 */
interface Atoms {
  /** The collapsed texts of the paragraph's text items, one after the other. */
  text: string
  /** Where each atom's text starts in `text`; a break or box has none (start = end). */
  starts: number[]
  ends: number[]
  /** The item each atom comes from. */
  items: number[]
}

const MARK = /^\p{M}$/u
const SPACE = 0x20

/**
 * Collapses white space as CSS `white-space: normal` does (`collapseWhitespace`,
 * which the PPTX uses too): runs of spaces, tabs and newlines (even across
 * faces) become one space; spaces at the start of the paragraph, after a hard
 * break and before one are dropped.
 */
function atomsOf(items: readonly LineItem[]): Atoms {
  const texts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const itemOf: number[] = []
  let length = 0
  let afterSpace = true
  // Whether the last atom is a character that is not a space (marks join it), or a space (a break drops it).
  let lastChar = false
  let lastSpace = false
  items.forEach((item, index) => {
    if (item.type !== 'text') {
      // A space before a hard break is dropped.
      if (item.type === 'break' && lastSpace) {
        starts.pop()
        ends.pop()
        itemOf.pop()
      }
      starts.push(length)
      ends.push(length)
      itemOf.push(index)
      afterSpace = item.type === 'break'
      lastChar = lastSpace = false
      return
    }
    const collapsed = collapseWhitespace(item.text, afterSpace)
    afterSpace = collapsed.afterSpace
    const text = collapsed.text
    texts.push(text)
    for (let i = 0; i < text.length; ) {
      const point = text.codePointAt(i) ?? 0
      const size = point > 0xffff ? 2 : 1
      // No combining mark lies below U+0300: most text skips the test. A mark ends where the character before it did, so it extends that atom.
      if (point >= 0x300 && lastChar && MARK.test(text.slice(i, i + size))) {
        ends[ends.length - 1] = length + i + size
      } else {
        starts.push(length + i)
        ends.push(length + i + size)
        itemOf.push(index)
        lastSpace = point === SPACE
        lastChar = !lastSpace
      }
      i += size
    }
    length += text.length
  })
  return { text: texts.join(''), starts, ends, items: itemOf }
}

/** Cuts a paragraph into chunks at its break opportunities and measures them in em. */
export function prepareText(items: readonly LineItem[]): PreparedText {
  const atoms = atomsOf(items)
  const { text, starts, ends } = atoms
  const chunks: Chunk[] = []
  let current: Chunk = emptyChunk()
  // The chunk's last piece while it is text that may still grow: its text is cut from the atoms' text once complete.
  let open: TextPiece | null = null
  // Where the open piece's text lies in the atoms' text, and what it held before (only if its atoms were ever apart, which whitespace collapsing does not make).
  let openStart = 0
  let openEnd = 0
  let openBefore = ''
  let previous = ''
  const settle = (): void => {
    if (open !== null) open.text = openBefore + text.slice(openStart, openEnd)
    open = null
  }
  const close = (): void => {
    settle()
    chunks.push(current)
    current = emptyChunk()
  }
  /** The text of atom `i` if it is a character, else `''`. */
  const charAt = (i: number): string => {
    const item = items[atoms.items[i] ?? -1]
    return item?.type === 'text' ? text.slice(starts[i], ends[i]) : ''
  }
  for (let i = 0; i < starts.length; i++) {
    const item = items[atoms.items[i] ?? -1]
    if (item === undefined) continue
    if (item.type === 'break') {
      current.hardBreak = true
      close()
      previous = ''
      continue
    }
    if (item.type === 'box') {
      // A formula breaks like a letter: only where a space (or CJK text) allows.
      if (previous !== '' && current.pieces.length > 0 && breakAllowedBetween(previous, BOX_TEXT, charAt(i - 2))) close()
      settle()
      current.pieces.push({ text: BOX_TEXT, face: null, em: item.em })
      previous = BOX_TEXT
      continue
    }
    const start = starts[i] ?? 0
    const end = ends[i] ?? 0
    const space = end - start === 1 && text.charCodeAt(start) === SPACE
    const scale = item.scale ?? 1
    if (space && !forbidsBreakBefore(charAt(i + 1))) {
      current.spaceEm = widthEm(item.face, ' ') * scale
      close()
      previous = ' '
      continue
    }
    const char = text.slice(start, end)
    // A space that may not break (before `,` or `)`) is plain content.
    if (previous !== '' && !space && current.pieces.length > 0 && breakAllowedBetween(previous, char, charAt(i - 2))) close()
    if (open !== null && open.face === item.face && open.scale === scale) {
      if (openEnd !== start) {
        openBefore += text.slice(openStart, openEnd)
        openStart = start
      }
      openEnd = end
    } else {
      settle()
      open = { text: '', face: item.face, scale }
      current.pieces.push(open)
      openStart = start
      openEnd = end
      openBefore = ''
    }
    previous = char
  }
  if (current.pieces.length > 0 || current.spaceEm > 0) close()
  for (const chunk of chunks) {
    chunk.contentEm = chunk.pieces.some((piece) => piece.face !== null && piece.text.length > MAX_SHAPED_WORD)
      ? graphemesOf(chunk).reduce((sum, grapheme) => sum + grapheme.em, 0)
      : chunk.pieces.reduce((sum, piece) => sum + (piece.face === null ? piece.em : widthEm(piece.face, piece.text) * piece.scale), 0)
  }
  return { chunks }
}

function emptyChunk(): Chunk {
  return { pieces: [], contentEm: 0, spaceEm: 0, hardBreak: false }
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
  breakLines(prepared, size, width, lines)
  return lines
}

/**
 * How many lines `breakText` makes, without making them: layout needs only
 * the count, for every paragraph at every size it tries.
 */
export function lineCount(prepared: PreparedText, size: number, width: number): number {
  return breakLines(prepared, size, width, null).count
}

/**
 * Breaks as `breakText` says, pushing each line onto `into`, or only
 * counting them when `into` is `null`.
 *
 * @returns how many lines, and the widest line's width (0 if none)
 */
function breakLines(prepared: PreparedText, size: number, width: number, into: Line[] | null): { count: number; widest: number } {
  let count = 0
  let widest = 0
  // The line being filled: its text (only made for `into`), its width without and with trailing spaces, whether it has content.
  let text = ''
  let lineWidth = 0
  let advance = 0
  let empty = true
  const flush = (): void => {
    into?.push({ text: text.trimEnd(), width: lineWidth })
    count++
    widest = Math.max(widest, lineWidth)
    text = ''
    lineWidth = advance = 0
    empty = true
  }
  for (const chunk of prepared.chunks) {
    const content = chunk.contentEm * size
    if (!empty && advance + content > width + EPSILON) flush()
    if (empty && content > width + EPSILON) {
      for (const grapheme of graphemesOf(chunk)) {
        const w = grapheme.em * size
        if (grapheme.text === ' ') {
          // A space inside an unbreakable chunk (before `,`) still hangs at a line end.
          if (into !== null) text += ' '
          advance += w
          continue
        }
        if (!empty && advance + w > width + EPSILON) flush()
        if (into !== null) text += grapheme.text
        advance += w
        lineWidth = advance
        empty = false
      }
    } else if (chunk.pieces.length > 0) {
      if (into !== null) text += chunk.pieces.map((piece) => piece.text).join('')
      advance += content
      lineWidth = advance
      empty = false
    }
    if (chunk.spaceEm > 0) {
      if (into !== null) text += ' '
      advance += chunk.spaceEm * size
    }
    if (chunk.hardBreak) flush()
  }
  if (!empty) flush()
  return { count, widest }
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
    const { segments, ems } = graphemeAdvancesEm(piece.face, piece.text)
    segments.forEach((text, i) => out.push({ text, em: (ems[i] ?? 0) * piece.scale }))
  }
  chunk.graphemes = out
  return out
}

/** How many lines the items take at `size` pt in a box `width` pt wide. */
export function countLines(items: readonly LineItem[], size: number, width: number): number {
  return lineCount(prepareText(items), size, width)
}

/** The widest line of the items when nothing wraps except at hard breaks, in pt. */
export function naturalWidth(prepared: PreparedText, size: number): number {
  return breakLines(prepared, size, Number.POSITIVE_INFINITY, null).widest
}

/** The widest unbreakable chunk, in pt: below this a text must break inside words. */
export function minimumWidth(prepared: PreparedText, size: number): number {
  return prepared.chunks.reduce((max, chunk) => Math.max(max, chunk.contentEm * size), 0)
}
