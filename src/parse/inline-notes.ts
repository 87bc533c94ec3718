import type { PhrasingContent, Text as MdText } from 'mdast'
import type { Position } from '../model/index.js'
import { cutOut, type Cut } from './cut-out.js'
import type { State } from './state.js'
import { positionIn, sourcedText, textSlice, type SourcedText } from './text-source.js'

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
  return cutOut(nodes, (node, rest) => (node.type === 'text' && node.value.includes('^[') ? openNote(node, rest, state) : null))
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
