import type { PhrasingContent } from 'mdast'
import type { Position } from '../model/index.js'
import { cutOut, type Cut, type Cutting, type Place } from './cut-out.js'
import type { State } from './state.js'
import { positionIn, textSlice } from './text-source.js'

/** pandoc's inline note `^[…]`, cut out of the phrasing content around it. */
export interface InlineNoteNode {
  type: 'inlineNote'
  children: PhrasingContent[]
  position: Position
}

/**
 * Finds pandoc's inline notes `^[text with *marks*]` in phrasing content.
 * CommonMark reads `[…]` without a link definition as plain text, so the
 * opening `^[` and the closing `]` are in text nodes, possibly with
 * emphasis, code or links between them; brackets inside count, escaped
 * ones (`\[`, `\]`) do not. An opening that is never closed stays text.
 *
 * Written by hand: micromark-extension-footnote had inline notes but is
 * deprecated (its successor, micromark-extension-gfm-footnote, has none),
 * and no maintained extension parses them.
 */
export function withInlineNotes(nodes: readonly PhrasingContent[], state: State): Array<PhrasingContent | InlineNoteNode> {
  return cutOut(nodes, state, '^[', (at, cutting) => openNote(at, cutting, state))
}

function openNote(at: Place, cutting: Cutting<PhrasingContent>, state: State): Cut<InlineNoteNode> | null {
  const text = cutting.text(at.index)
  for (let open = text.value.indexOf('^[', at.offset); open !== -1; open = text.value.indexOf('^[', open + 1)) {
    if (text.escaped[open] === true || text.escaped[open + 1] === true) continue
    const close = cutting.closing({ index: at.index, offset: open + 1 })
    if (close === null) continue
    const before = open > at.offset ? textSlice(text, at.offset, open, state) : null
    const start = positionIn(text, open, open + 2, state).start
    const closeText = cutting.text(close.index)
    const end = positionIn(closeText, close.offset, close.offset + 1, state).end
    return { before, found: { type: 'inlineNote', children: noteChildren(cutting, open + 2, close, at.index, state), position: { start, end } }, end: { index: close.index, offset: close.offset + 1 } }
  }
  return null
}

/**
 * The content of a note from character `from` of node `index` to its `]`:
 * the text around the brackets in their nodes, whole nodes between (text
 * nodes too, as written).
 */
function noteChildren(cutting: Cutting<PhrasingContent>, from: number, close: Place, index: number, state: State): PhrasingContent[] {
  const text = cutting.text(index)
  if (close.index === index) return close.offset > from ? [textSlice(text, from, close.offset, state)] : []
  const children: PhrasingContent[] = from < text.value.length ? [textSlice(text, from, text.value.length, state)] : []
  for (let k = index + 1; k < close.index; k++) {
    const node = cutting.nodes[k]
    if (node !== undefined) children.push(node)
  }
  if (close.offset > 0) children.push(textSlice(cutting.text(close.index), 0, close.offset, state))
  return children
}
