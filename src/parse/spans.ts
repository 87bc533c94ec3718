import type { PhrasingContent } from 'mdast'
import type { Inline, Position, Span } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import { parseAttributes, type Attributes } from './attributes.js'
import type { InlineNoteNode } from './inline-notes.js'
import { cutOut, type Cut, type Cutting, type Place } from './cut-out.js'
import { fragmentFromClasses, noteFragmentSpan } from './fragments.js'
import type { State } from './state.js'
import { positionIn, textSlice } from './text-source.js'

type Piece = PhrasingContent | InlineNoteNode

/** pandoc's bracketed span `[text]{attributes}`, cut out of the phrasing content around it. */
export interface SpanNode {
  type: 'bracketedSpan'
  attributes: Attributes
  children: Piece[]
  position: Position
}

/**
 * Finds bracketed spans. CommonMark reads `[text]` without a link
 * definition as plain text, so `[` and `]{…}` are in text nodes, possibly
 * with marks between them; the `{…}` must follow the `]` at once and be a
 * readable attribute block (`attributes.ts`). Written by hand for the same
 * reason as inline notes: no maintained micromark extension reads them.
 */
export function withSpans(nodes: readonly Piece[], state: State): Array<Piece | SpanNode> {
  return cutOut(nodes, state, '[', (at, cutting) => openSpan(at, cutting, state))
}

function openSpan(at: Place, cutting: Cutting<Piece>, state: State): Cut<SpanNode> | null {
  const text = cutting.text(at.index)
  for (let open = text.value.indexOf('[', at.offset); open !== -1; open = text.value.indexOf('[', open + 1)) {
    if (text.escaped[open] === true || (open > at.offset && /[\^!]/.test(text.value[open - 1] ?? ''))) continue
    const close = cutting.closing({ index: at.index, offset: open })
    if (close === null) continue
    const closeText = cutting.text(close.index)
    const read = closeText.value[close.offset + 1] === '{' ? parseAttributes(closeText.value, close.offset + 1) : null
    if (read === null || !read.ok) continue
    const start = positionIn(text, open, open + 1, state).start
    const before = open > at.offset ? textSlice(text, at.offset, open, state) : null
    const end = positionIn(closeText, read.end - 1, read.end, state).end
    const found: SpanNode = { type: 'bracketedSpan', attributes: read.attributes, children: spanChildren(cutting, { index: at.index, offset: open + 1 }, close, state), position: { start, end } }
    return { before, found, end: { index: close.index, offset: read.end } }
  }
  return null
}

/** The pieces between a span's `[` and its `]`: whole nodes between, the text around the brackets in their nodes. */
function spanChildren(cutting: Cutting<Piece>, from: Place, to: Place, state: State): Piece[] {
  const children: Piece[] = []
  for (let index = from.index; index <= to.index; index++) {
    const piece = cutting.nodes[index]
    if (piece === undefined) break
    if (piece.type !== 'text') {
      children.push(piece)
      continue
    }
    const current = cutting.text(index)
    const first = index === from.index ? from.offset : 0
    const last = index === to.index ? to.offset : current.value.length
    if (last > first) children.push(textSlice(current, first, last, state))
  }
  return children
}

const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: '000000', white: 'FFFFFF', red: 'FF0000', green: '008000', blue: '0000FF', yellow: 'FFFF00',
  orange: 'FFA500', purple: '800080', gray: '808080', grey: '808080', navy: '000080', maroon: '800000',
  teal: '008080', olive: '808000', silver: 'C0C0C0', darkred: '8B0000', darkgreen: '006400', darkblue: '00008B',
}

/**
 * The span's looks from its attributes: `.smallcaps`, `.underline`, `.mark`,
 * `style="color: …"` (hex or a basic colour name) and `lang=…`. A
 * `.fragment` (with its reveal.js style class) is noted on the state for
 * `slides.ts`, which makes a whole-paragraph span a click. Everything else
 * (other classes, keys and style properties) is reported, and the text is kept.
 */
export function spanFrom(node: SpanNode, children: Inline[], state: State): Span {
  const { classes, pairs, id } = node.attributes
  const ignored: string[] = []
  if (id !== null) ignored.push(`#${id}`)
  const fragment = fragmentFromClasses(classes)
  for (const name of fragment?.rest ?? classes) if (!['smallcaps', 'underline', 'mark'].includes(name)) ignored.push(`.${name}`)
  let color: string | null = null
  let lang: string | null = null
  for (const { key, value } of pairs) {
    if (key === 'lang' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) lang = value
    else if (key === 'style') {
      for (const declaration of value.split(';').map((part) => part.trim()).filter((part) => part !== '')) {
        const match = /^color\s*:\s*(.+)$/i.exec(declaration)
        const hex = match === null ? null : colorOf(match[1]?.trim() ?? '')
        if (hex === null) ignored.push(`style "${declaration}"`)
        else color = hex
      }
    } else ignored.push(`${key}="${value}"`)
  }
  if (ignored.length > 0) report(state.file, 'span-attributes-ignored', { attributes: ignored.join(', ') }, node.position)
  const span: Span = {
    type: 'span',
    smallCaps: classes.includes('smallcaps'),
    underline: classes.includes('underline'),
    highlight: classes.includes('mark'),
    color,
    lang,
    children,
    position: node.position,
  }
  if (fragment !== null) noteFragmentSpan(span, { fragment: fragment.fragment, position: node.position }, state)
  return span
}

function colorOf(value: string): string | null {
  const named = NAMED_COLORS[value.toLowerCase()]
  if (named !== undefined) return named
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1]
  if (hex === undefined) return null
  return (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase()
}
