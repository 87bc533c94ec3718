import type { Text as MdText } from 'mdast'
import type { State } from './state.js'
import { sourcedText, textSlice, type SourcedText } from './text-source.js'

/** A place in the nodes being cut: character `offset` of the text of node `index`. */
export interface Place {
  index: number
  offset: number
}

/** What a finder cut out of the text at a place and the nodes after it. */
export interface Cut<T> {
  /** The text from the place the finder was given up to the construct. */
  before: MdText | null
  found: T
  /** Just after the construct, in the text node it closes in; the rest of that text is searched again. */
  end: Place
}

/**
 * The nodes being cut, each text's sourced text and each bracket's partner,
 * worked out once for the whole walk (a finder that read the nodes after
 * its opening again for every opening cost time growing with their product).
 */
export interface Cutting<N> {
  nodes: ReadonlyArray<N | MdText>
  /** The sourced text of node `index`, which must be a text node. */
  text: (index: number) => SourcedText
  /**
   * Where the unescaped `[` at `open` is closed: the `]` that brings the
   * brackets opened since back to none, counting unescaped brackets in
   * text nodes only (other nodes are inside or outside as a whole); null
   * when it is never closed.
   */
  closing: (open: Place) => Place | null
}

/**
 * Replaces every construct `find` recognises in `nodes` with what it found,
 * keeping the text around it. Inline notes and bracketed spans share this
 * walk: both open in one text node and may close several nodes later.
 *
 * Note: each text node is sourced once and each bracket matched once, so
 * the walk costs time in proportion to the nodes' text, however many
 * constructs or unclosed openings it holds.
 *
 * @param nodes the phrasing content to cut
 * @param marker the text every opening contains; a text without it from the place on is kept as is
 * @param find the construct opening in the text at `at` (first at or after it), or `null`
 */
export function cutOut<N extends { type: string }, T>(nodes: ReadonlyArray<N | MdText>, state: State, marker: string, find: (at: Place, cutting: Cutting<N>) => Cut<T> | null): Array<N | MdText | T> {
  const cutting = cuttingOf(nodes, state)
  const out: Array<N | MdText | T> = []
  let at: Place = { index: 0, offset: 0 }
  while (at.index < nodes.length) {
    const node = nodes[at.index] as N | MdText
    const cut = isText(node) && node.value.includes(marker, at.offset) ? find(at, cutting) : null
    if (cut === null) {
      out.push(at.offset === 0 ? node : textSlice(cutting.text(at.index), at.offset, (node as MdText).value.length, state))
      at = { index: at.index + 1, offset: 0 }
      continue
    }
    if (cut.before !== null) out.push(cut.before)
    out.push(cut.found)
    const closedIn = nodes[cut.end.index]
    at = closedIn !== undefined && isText(closedIn) && cut.end.offset < closedIn.value.length ? cut.end : { index: cut.end.index + 1, offset: 0 }
  }
  return out
}

function isText(node: { type: string }): node is MdText {
  return node.type === 'text'
}

function cuttingOf<N extends { type: string }>(nodes: ReadonlyArray<N | MdText>, state: State): Cutting<N> {
  const texts: Array<SourcedText | undefined> = []
  const text = (index: number): SourcedText => {
    const known = texts[index]
    if (known !== undefined) return known
    const sourced = sourcedText(nodes[index] as MdText, state)
    texts[index] = sourced
    return sourced
  }
  let partners: Array<Map<number, Place> | undefined> | null = null
  const closing = (open: Place): Place | null => {
    partners ??= bracketPartners(nodes, text)
    return partners[open.index]?.get(open.offset) ?? null
  }
  return { nodes, text, closing }
}

/** For each text node's index, its unescaped `[` by offset and the `]` closing each, found with one stack. */
function bracketPartners(nodes: ReadonlyArray<{ type: string }>, text: (index: number) => SourcedText): Array<Map<number, Place> | undefined> {
  const partners: Array<Map<number, Place> | undefined> = []
  const open: Place[] = []
  nodes.forEach((node, index) => {
    if (!isText(node) || (!node.value.includes('[') && !node.value.includes(']'))) return
    const sourced = text(index)
    for (let offset = 0; offset < sourced.value.length; offset++) {
      if (sourced.escaped[offset] === true) continue
      const char = sourced.value[offset]
      if (char === '[') open.push({ index, offset })
      else if (char === ']') {
        const opener = open.pop()
        if (opener === undefined) continue
        const map = partners[opener.index] ?? new Map<number, Place>()
        partners[opener.index] = map
        map.set(opener.offset, { index, offset })
      }
    }
  })
  return partners
}
