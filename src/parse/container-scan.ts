/**
 * A line-by-line model of CommonMark's containers (block quotes and list
 * items), just precise enough to bound two shapes where micromark's time
 * grows faster than the text (issue 21):
 *
 * - Nesting. `mdast-util-from-markdown` walks every list's events once per
 *   enclosing list, and a line inside n list items carries about n events, so
 *   a line n levels deep costs about n² (a 400-level list of 82 KB: 2 s; the
 *   time per character grows with the depth). Lazy and blank lines inside deep
 *   containers cost the depth each too.
 * - Lazy continuation lines (a paragraph in a quote or list item that goes on
 *   without its `>` or indentation): for each one, micromark walks back over
 *   the whole paragraph so far (20,000 such lines in one paragraph: 14 s).
 *
 * The model errs on the side of counting more: a thematic break such as
 * `* * *` counts as list markers, and any unindented text after a paragraph
 * line in a container counts as lazy.
 */

/** Most quotes and list items open around one line. Slides show four or five; 50 keeps the parse time per character near plain text's. */
export const MAX_CONTAINER_DEPTH = 50
/** Most lines a paragraph in a quote or list item may reach before a lazy continuation line: the parser's work grows with the square of this. */
export const MAX_LAZY_PARAGRAPH_LINES = 2_000

/** An open container: a block quote, or a list item whose content starts `width` columns into its parent's. */
type Container = { quote: true } | { quote: false; width: number }

/** What the scan keeps between lines; make one with `containerState()`. */
export interface ContainerState {
  stack: Container[]
  /** The open code fence, with the number of containers it sits in; null outside fenced code. */
  fence: { marker: string; depth: number } | null
  /** Lines of the paragraph open after the previous line; 0 when none is open. */
  paragraphLines: number
}

/** How one line was read: where its content starts, what it is, and where it passes a bound (null when it does not). */
export interface LineShape {
  contentStart: number
  kind: 'blank' | 'code' | 'text'
  /** Blocks the line starts: each quote or list item it opens, and the paragraph, heading or code it begins (see `block-count.ts`). */
  starts: number
  over: { rule: 'markdown-containers-too-deep' | 'markdown-lazy-lines-too-many'; index: number } | null
}

export function containerState(): ContainerState {
  return { stack: [], fence: null, paragraphLines: 0 }
}

/** A reading position in a line: index, column (tabs stop every 4), and columns left of a tab partly read. */
interface Cursor {
  text: string
  index: number
  column: number
  spare: number
}

/** Columns of white space ahead of the cursor. */
function indentation(cursor: Cursor): number {
  let columns = cursor.spare
  let column = cursor.column + cursor.spare
  for (let i = cursor.index; i < cursor.text.length; i++) {
    const char = cursor.text[i]
    if (char === ' ') columns += 1
    else if (char === '\t') columns += 4 - (column % 4)
    else break
    column = cursor.column + columns
  }
  return columns
}

/** Moves the cursor over `columns` columns of white space (there must be that many); a tab read in part leaves the rest as spare. */
function advance(cursor: Cursor, columns: number): void {
  let left = columns
  const fromSpare = Math.min(left, cursor.spare)
  cursor.spare -= fromSpare
  cursor.column += fromSpare
  left -= fromSpare
  while (left > 0) {
    const width = cursor.text[cursor.index] === '\t' ? 4 - (cursor.column % 4) : 1
    cursor.index++
    if (width > left) {
      cursor.spare = width - left
      cursor.column += left
      return
    }
    cursor.column += width
    left -= width
  }
}

/** After a `>`: one optional space (or a column of a tab). */
function afterQuoteMarker(cursor: Cursor): void {
  cursor.index++
  cursor.column++
  if (indentation(cursor) > 0) advance(cursor, 1)
}

const thematicBreak = /^(?:([-*_])[ \t]*)(?:\1[ \t]*){2,}$/

/** The list marker at `index` (`-`, `+`, `*`, `1.`, `1)`) followed by white space or the line end: its length, or 0. */
function listMarker(text: string, index: number): number {
  const char = text[index]
  let end = index
  if (char === '-' || char === '+' || char === '*') end = index + 1
  else {
    while (end < text.length && end - index < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++
    if (end === index || (text[end] !== '.' && text[end] !== ')')) return 0
    end++
  }
  const next = text[end]
  if (next !== undefined && next !== ' ' && next !== '\t') return 0
  if ((char === '-' || char === '*') && thematicBreak.test(text.slice(index))) return 0
  return end - index
}

const fenceOpener = /^(`{3,}|~{3,})/
const atxHeading = /^#{1,6}(?:[ \t]|$)/

/**
 * Reads one line (without its line ending) against the containers open
 * before it and updates `state`. Stops at the first bound it passes: a
 * container that would be the `MAX_CONTAINER_DEPTH + 1`th open at once, or a
 * lazy line past `MAX_LAZY_PARAGRAPH_LINES` lines of its paragraph. Time in
 * proportion to the line's length plus the open depth.
 */
export function scanContainerLine(text: string, state: ContainerState): LineShape {
  const cursor: Cursor = { text, index: 0, column: 0, spare: 0 }
  const lastText = lastNonSpace(text)
  let matched = 0
  for (const container of state.stack) {
    const indent = indentation(cursor)
    if (container.quote) {
      if (indent > 3 || text[cursor.index + indentWithin(cursor, indent)] !== '>') break
      advance(cursor, indent)
      afterQuoteMarker(cursor)
    } else if (cursor.index <= lastText) {
      if (indent < container.width) break
      advance(cursor, container.width)
    }
    matched++
  }
  if (state.fence !== null) {
    if (matched >= state.fence.depth) {
      const rest = text.slice(cursor.index).trimStart()
      const close = fenceOpener.exec(rest)?.[1]
      if (close !== undefined && close[0] === state.fence.marker[0] && close.length >= state.fence.marker.length && rest.slice(close.length).trim() === '') state.fence = null
      return { contentStart: cursor.index, kind: 'code', starts: 0, over: null }
    }
    state.fence = null
  }
  const lazyPossible = state.paragraphLines > 0 && matched < state.stack.length
  const opened: Container[] = []
  for (;;) {
    const indent = indentation(cursor)
    if (indent > 3) break
    const at = cursor.index + indentWithin(cursor, indent)
    if (text[at] === '>') {
      advance(cursor, indent)
      afterQuoteMarker(cursor)
      opened.push({ quote: true })
    } else {
      const length = listMarker(text, at)
      if (length === 0) break
      advance(cursor, indent)
      cursor.index += length
      cursor.column += length
      const after = indentation(cursor)
      const spaces = cursor.index >= text.length || text.slice(cursor.index).trim() === '' || after > 4 ? Math.min(after, 1) : after
      advance(cursor, spaces)
      opened.push({ quote: false, width: indent + length + Math.max(spaces, 1) })
    }
    if (matched + opened.length > MAX_CONTAINER_DEPTH) return { contentStart: cursor.index, kind: 'text', starts: opened.length, over: { rule: 'markdown-containers-too-deep', index: at } }
  }
  const content = text.slice(cursor.index)
  const opener = fenceOpener.exec(content.trimStart())?.[1]
  const lazy = lazyPossible && opened.length === 0 && content.trim() !== '' && opener === undefined && !atxHeading.test(content.trimStart())
  const continues = state.paragraphLines > 0 && opened.length === 0 && matched === state.stack.length
  if (!lazy) {
    state.stack.length = matched
    state.stack.push(...opened)
  }
  if (opener !== undefined && indentation(cursor) <= 3) {
    state.fence = { marker: opener, depth: state.stack.length }
    state.paragraphLines = 0
    return { contentStart: cursor.index, kind: 'code', starts: opened.length + 1, over: null }
  }
  if (content.trim() === '') {
    state.paragraphLines = 0
    return { contentStart: cursor.index, kind: 'blank', starts: opened.length, over: null }
  }
  if (lazy) {
    if (state.paragraphLines >= MAX_LAZY_PARAGRAPH_LINES) return { contentStart: cursor.index, kind: 'text', starts: 0, over: { rule: 'markdown-lazy-lines-too-many', index: 0 } }
    state.paragraphLines++
    return { contentStart: cursor.index, kind: 'text', starts: 0, over: null }
  }
  if (atxHeading.test(content.trimStart()) || (state.paragraphLines === 0 && indentation(cursor) > 3)) {
    state.paragraphLines = 0
    return { contentStart: cursor.index, kind: 'text', starts: opened.length + 1, over: null }
  }
  state.paragraphLines = continues ? state.paragraphLines + 1 : 1
  return { contentStart: cursor.index, kind: 'text', starts: opened.length + (continues ? 0 : 1), over: null }
}

/** How many characters `columns` columns of indentation take from the cursor on (they are there). */
function indentWithin(cursor: Cursor, columns: number): number {
  const copy = { ...cursor }
  advance(copy, columns)
  return copy.index - cursor.index
}

/** The index of the line's last character that is not a space or tab; -1 for a blank line. */
function lastNonSpace(text: string): number {
  let i = text.length - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  return i
}
