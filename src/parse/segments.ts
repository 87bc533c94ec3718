import type { Nodes, Root, RootContent } from 'mdast'
import type { Point, Position } from 'unist'
import type { ParseCache } from './parse-cache.js'

/**
 * Parsing a deck in pieces that Markdown cannot join, so a rebuild after an
 * edit re-parses only the piece that changed (the dev server's path), and a
 * large deck parses faster than in one go.
 *
 * A piece starts at a level-1–6 ATX heading at column 0 after a blank line,
 * outside code, outside every div and outside the front matter. Nothing
 * before such a line can reach past it: a heading there ends every list,
 * quote, table and paragraph, and a blank line ends every code span. Two
 * constructs do reach across a whole document, link reference and footnote
 * definitions, so a document with `]:` anywhere is parsed whole, as is one
 * whose code or HTML the caller could not map exactly (`code === null`).
 */

/**
 * The largest document whose pieces are kept for the next parse: about ten
 * times the seed deck. Larger decks are built once by the CLI, where keeping
 * their trees would only hold memory; they are still parsed in pieces, which
 * is about a quarter faster and holds less at once than one whole parse
 * (micromark keeps every event of a document until its end).
 */
const MAX_CACHED_CHARS = 200_000

/**
 * The size, in characters, a document whose pieces are not kept parses in:
 * consecutive pieces are joined until they reach it. Each parse has a fixed
 * cost (micromark combines its syntax extensions and mdast's handlers anew,
 * ~0.3 ms), which a 1,000-slide deck pays for every slide, while micromark's
 * time per character grows with the document (it splices its event list as
 * containers close). On a 1,000-slide deck of ~500-character slides, parses
 * of 1,000–4,000 characters took 15–20 % less time than one per slide, and
 * larger ones more again. Kept pieces stay one per heading, so an edit
 * re-parses one slide.
 */
const JOINED_PIECE_CHARS = 2_000

/** Where pieces may start, as the caller knows it. */
export interface SplitContext {
  /** 1-based lines inside fenced code, or `null` when unknown (then no split). */
  code: ReadonlySet<number> | null
  /** 0-based fences of the outermost divs, in source order (they never overlap). */
  outerDivs: ReadonlyArray<{ open: number; close: number | null }>
}

/**
 * Parses `text` piece by piece with `parse`, reusing the trees of pieces
 * unchanged since the previous call with `cache` (whose `pieces` it then
 * replaces with this document's); the result equals `parse(text)`.
 * Documents that cannot be split safely are parsed whole.
 *
 * @param text the (rewritten) document
 * @param context code lines and divs of `text`
 * @param parse the Markdown parser
 * @param cache the pieces of the previous call
 * @param joinedChars the least size of a piece, in characters (default: one piece per heading in a document whose pieces are kept, else `JOINED_PIECE_CHARS`)
 */
export function parseInPieces(text: string, context: SplitContext, parse: (text: string) => Root, cache: ParseCache, joinedChars?: number): Root {
  if (context.code === null || text.includes(']:')) {
    cache.pieces = new Map()
    return parse(text)
  }
  const keep = text.length <= MAX_CACHED_CHARS
  const least = joinedChars ?? (keep ? 0 : JOINED_PIECE_CHARS)
  const pieces = least > 0 ? joined(splitPieces(text, context), least) : splitPieces(text, context)
  const next = new Map<string, Root>()
  const children: RootContent[] = []
  let line = 0
  let offset = 0
  for (const piece of pieces) {
    const known = cache.pieces.get(piece.text) ?? next.get(piece.text)
    const tree = known ?? parse(piece.text)
    if (keep) next.set(piece.text, tree)
    // A tree nobody keeps is moved where it is; a kept one is copied, its positions stay the piece's.
    if (known === undefined && !keep) for (const child of tree.children) children.push(shiftedInPlace(child, line, offset))
    else for (const child of tree.children) children.push(shifted(child, line, offset))
    line += piece.lines
    offset += piece.text.length
  }
  cache.pieces = next
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text, line) } }
}

interface Piece {
  text: string
  /** Line breaks in `text` (so the next piece starts that many lines later). */
  lines: number
}

const lineBreak = /\r\n|\r|\n/g
const heading = /^#{1,6}(?:[ \t]|$)/
const blank = /^[ \t]*$/

function splitPieces(text: string, context: SplitContext): Piece[] {
  const starts = [0]
  for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) starts.push(match.index + match[0].length)
  const lineText = (index: number): string => text.slice(starts[index] ?? 0, starts[index + 1] ?? text.length).replace(/[\r\n]+$/, '')
  const frontMatterEnd = frontMatterLastLine(starts.length, lineText)
  const pieces: Piece[] = []
  const divs = context.outerDivs
  // The first div not closed before the line: lines only go down, so it only moves on (not `divs.some`, lines × divs).
  let div = 0
  let from = 0
  for (let index = Math.max(1, frontMatterEnd + 1); index < starts.length; index++) {
    if (!heading.test(lineText(index)) || !blank.test(lineText(index - 1))) continue
    while (div < divs.length && (divs[div]?.close ?? Infinity) < index) div++
    if (context.code?.has(index + 1) === true || insideDiv(index, divs[div])) continue
    pieces.push({ text: text.slice(starts[from] ?? 0, starts[index] ?? 0), lines: index - from })
    from = index
  }
  pieces.push({ text: text.slice(starts[from] ?? 0), lines: starts.length - 1 - from })
  return pieces
}

/**
 * Consecutive pieces joined into pieces of at least `chars` characters (the
 * last may be shorter). A joined piece parses as its parts do, one after
 * the other: nothing in one part reaches into the next.
 */
function joined(pieces: readonly Piece[], chars: number): Piece[] {
  const result: Piece[] = []
  let parts: string[] = []
  let length = 0
  let lines = 0
  for (const piece of pieces) {
    parts.push(piece.text)
    length += piece.text.length
    lines += piece.lines
    if (length >= chars) {
      result.push({ text: parts.join(''), lines })
      parts = []
      length = 0
      lines = 0
    }
  }
  if (parts.length > 0) result.push({ text: parts.join(''), lines })
  return result
}

/** Whether line `index` is inside `div` (after its opening fence, up to its closing one). */
function insideDiv(index: number, div: SplitContext['outerDivs'][number] | undefined): boolean {
  return div !== undefined && div.open < index && (div.close === null || index <= div.close)
}

/** The 0-based line closing the front matter, or -1 (also when it is never closed). */
function frontMatterLastLine(count: number, lineText: (index: number) => string): number {
  if (!/^---[ \t]*$/.test(lineText(0))) return -1
  for (let index = 1; index < count; index++) if (/^---[ \t]*$/.test(lineText(index))) return index
  // Unclosed: no front matter for the parser, but no piece starts in it either.
  return count
}

/**
 * A copy of `node` and everything below it with positions moved down by
 * `lines` lines and `offset` characters. Iterative: hostile input nests
 * thousands of levels deep (the nesting check reports that later).
 */
function shifted<T extends Nodes>(node: T, lines: number, offset: number): T {
  const top = shiftedShallow(node, lines, offset)
  const stack: Nodes[] = [top]
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (!('children' in current)) continue
    const children = current.children.map((child) => shiftedShallow(child, lines, offset))
    ;(current as { children: Nodes[] }).children = children
    for (const child of children) stack.push(child)
  }
  return top
}

/** `node` itself with its and every descendant's position moved (each gets a new position object). Iterative, as `shifted`. */
function shiftedInPlace<T extends Nodes>(node: T, lines: number, offset: number): T {
  const stack: Nodes[] = [node]
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current.position !== undefined) current.position = shiftPosition(current.position, lines, offset)
    if ('children' in current) for (const child of current.children) stack.push(child)
  }
  return node
}

/** A copy of `node` with its position moved; its children are still the original's. */
function shiftedShallow<T extends Nodes>(node: T, lines: number, offset: number): T {
  const copy = { ...node }
  if (node.position !== undefined) copy.position = shiftPosition(node.position, lines, offset)
  return copy
}

function shiftPosition(position: Position, lines: number, offset: number): Position {
  return { start: shiftPoint(position.start, lines, offset), end: shiftPoint(position.end, lines, offset) }
}

function shiftPoint(point: Point, lines: number, offset: number): Point {
  return { line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset }
}

/** The end of the document, where the parser ends the root. */
function endPoint(text: string, lineBreaks: number): Point {
  // Not /[^\r\n]*$/: unanchored, it retries from every character and costs ~0.1 s on a 1,000-slide deck.
  const lastLine = text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1)
  return { line: lineBreaks + 1, column: lastLine.length + 1, offset: text.length }
}
