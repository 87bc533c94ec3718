import type { PhrasingContent, Text as MdText } from 'mdast'
import type { InlineNoteNode } from '../../src/parse/inline-notes.js'
import { parseAttributes } from '../../src/parse/attributes.js'
import type { SpanNode } from '../../src/parse/spans.js'
import type { State } from '../../src/parse/state.js'
import { positionIn, sourcedText, textSlice, type SourcedText } from '../../src/parse/text-source.js'

/**
 * The walk that cut inline notes and bracketed spans out of phrasing content
 * before their cost was bounded (it shifted a queue and read the nodes after
 * every opening again), kept as the oracle the bounded walk must agree with.
 */

type Piece = PhrasingContent | InlineNoteNode

/** The earlier `withInlineNotes`. */
export function oldWithInlineNotes(nodes: readonly PhrasingContent[], state: State): Array<PhrasingContent | InlineNoteNode> {
  return cutOut(nodes, (node, rest) => (node.type === 'text' && node.value.includes('^[') ? openNote(node, rest, state) : null))
}

/** The earlier `withSpans`. */
export function oldWithSpans(nodes: readonly Piece[], state: State): Array<Piece | SpanNode> {
  return cutOut(nodes, (node, rest) => (node.type === 'text' && node.value.includes('[') ? openSpan(node, rest, state) : null))
}

interface Cut<T> {
  /** The text before the construct in the node it opens in. */
  before: MdText | null
  found: T
  /** How many nodes after the opening one the construct took (the last one's rest is `after`). */
  consumed: number
  /** The text after the construct in the node it closes in; it is searched again. */
  after: MdText | null
}

/**
 * Replaces every construct `find` recognises in `nodes` with what it found,
 * keeping the text around it. Inline notes and bracketed spans share this
 * walk: both open in one text node and may close several nodes later.
 *
 * @param find the construct opening in `node`, given the nodes after it, or `null`
 */
function cutOut<N, T>(nodes: ReadonlyArray<N | MdText>, find: (node: N | MdText, rest: ReadonlyArray<N | MdText>) => Cut<T> | null): Array<N | MdText | T> {
  const queue = [...nodes]
  const out: Array<N | MdText | T> = []
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    const cut = find(node, queue)
    if (cut === null) {
      out.push(node)
      continue
    }
    if (cut.before !== null) out.push(cut.before)
    out.push(cut.found)
    queue.splice(0, cut.consumed, ...(cut.after === null ? [] : [cut.after]))
  }
  return out
}

function openNote(node: MdText, rest: readonly PhrasingContent[], state: State): Cut<InlineNoteNode> | null {
  const text = sourcedText(node, state)
  for (let open = text.value.indexOf('^['); open !== -1; open = text.value.indexOf('^[', open + 1)) {
    if (text.escaped[open] === true || text.escaped[open + 1] === true) continue
    const before = open > 0 ? textSlice(text, 0, open, state) : null
    const start = positionIn(text, open, open + 2, state).start
    const same = closeIn(text, open + 2, 1)
    if (same.index !== -1) {
      const inner = same.index > open + 2 ? [textSlice(text, open + 2, same.index, state)] : []
      const end = positionIn(text, same.index, same.index + 1, state).end
      const after = same.index + 1 < text.value.length ? textSlice(text, same.index + 1, text.value.length, state) : null
      return { before, found: { type: 'inlineNote', children: inner, position: { start, end } }, consumed: 0, after }
    }
    const children: PhrasingContent[] = open + 2 < text.value.length ? [textSlice(text, open + 2, text.value.length, state)] : []
    let depth = same.depth
    for (let k = 0; k < rest.length; k++) {
      const next = rest[k]
      if (next === undefined) break
      if (next.type !== 'text') {
        children.push(next)
        continue
      }
      const nextText = sourcedText(next, state)
      const close = closeIn(nextText, 0, depth)
      depth = close.depth
      if (close.index === -1) {
        children.push(next)
        continue
      }
      if (close.index > 0) children.push(textSlice(nextText, 0, close.index, state))
      const end = positionIn(nextText, close.index, close.index + 1, state).end
      const after = close.index + 1 < nextText.value.length ? textSlice(nextText, close.index + 1, nextText.value.length, state) : null
      return { before, found: { type: 'inlineNote', children, position: { start, end } }, consumed: k + 1, after }
    }
  }
  return null
}

/** The index of the `]` that brings `depth` open brackets to 0, from `from` on, or -1 and the depth at the end. */
function closeIn(text: SourcedText, from: number, depth: number): { index: number; depth: number } {
  let open = depth
  for (let i = from; i < text.value.length; i++) {
    if (text.escaped[i] === true) continue
    if (text.value[i] === '[') open++
    else if (text.value[i] === ']' && --open === 0) return { index: i, depth: 0 }
  }
  return { index: -1, depth: open }
}

function openSpan(node: MdText, rest: readonly Piece[], state: State): Cut<SpanNode> | null {
  const text = sourcedText(node, state)
  for (let open = text.value.indexOf('['); open !== -1; open = text.value.indexOf('[', open + 1)) {
    if (text.escaped[open] === true || (open > 0 && /[\^!]/.test(text.value[open - 1] ?? ''))) continue
    const start = positionIn(text, open, open + 1, state).start
    const before = open > 0 ? textSlice(text, 0, open, state) : null
    let depth = 1
    const children: Piece[] = []
    for (let k = -1; k < rest.length; k++) {
      const piece = k === -1 ? node : rest[k]
      if (piece === undefined) break
      if (piece.type !== 'text') {
        children.push(piece)
        continue
      }
      const current = k === -1 ? text : sourcedText(piece, state)
      const from = k === -1 ? open + 1 : 0
      const close = closeIn(current, from, depth)
      depth = close.depth
      if (close.index === -1) {
        if (current.value.length > from) children.push(textSlice(current, from, current.value.length, state))
        continue
      }
      const read = current.value[close.index + 1] === '{' ? parseAttributes(current.value, close.index + 1) : null
      if (read === null || !read.ok) break
      if (close.index > from) children.push(textSlice(current, from, close.index, state))
      const end = positionIn(current, read.end - 1, read.end, state).end
      const after = read.end < current.value.length ? textSlice(current, read.end, current.value.length, state) : null
      return { before, found: { type: 'bracketedSpan', attributes: read.attributes, children, position: { start, end } }, consumed: k + 1, after }
    }
  }
  return null
}

