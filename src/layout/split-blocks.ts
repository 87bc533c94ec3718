import type { Blockquote, Code, DefinitionList, FlowBlock, List, Paragraph, Position, Table } from '../model/index.js'
import { codeHeadOf, codeTailOf } from './code-slices.js'
import type { LayoutCache } from './layout-cache.js'
import { flatLength, sentenceCuts, sliceInlines } from './split-inlines.js'

/**
 * How good a boundary is, best first: between the children of a quotation,
 * between list items (a nested list stays with its item), table rows or code
 * lines, and last between sentences of a paragraph. (Between top-level
 * blocks, rank 0, is the splitter's own.)
 */
export const RANK = { children: 1, items: 2, sentences: 3 } as const

/**
 * One place a block can be cut in two. The halves are built only when asked,
 * and apart: the splitter tries many heads but keeps one tail per slide,
 * which matters for a very long paragraph or code block.
 */
export interface Cut {
  rank: number
  head: () => FlowBlock
  tail: () => FlowBlock
}

/**
 * The first `limit` places a block can be cut (every place, when it has
 * fewer), in source order (the head grows along the list). Images, display
 * math, callouts and columns have none: they move or shrink whole. The
 * splitter asks for a slide's worth, not for all: made for what remains of
 * a block on every continuation slide, all its cuts would cost time
 * quadratic in its length.
 */
export function cutsOf(block: FlowBlock, cache: LayoutCache, limit = Infinity): Cut[] {
  switch (block.type) {
    case 'paragraph':
      return paragraphCuts(block).slice(0, limit)
    case 'list':
      return listCuts(block, limit)
    case 'blockquote':
      return quoteCuts(block, cache).slice(0, limit)
    case 'definitionList':
      return definitionCuts(block, limit)
    case 'table':
      return tableCuts(block, limit)
    case 'code':
      return codeCuts(block, cache, limit)
    case 'image':
    case 'math':
    case 'callout':
      return []
  }
}

function tailPosition(position: Position, start: Position['start']): Position {
  return { start, end: position.end }
}

function paragraphCuts(paragraph: Paragraph): Cut[] {
  const length = flatLength(paragraph.children)
  return sentenceCuts(paragraph.children).map((cut) => ({
    rank: RANK.sentences,
    head: () => ({ ...paragraph, children: sliceInlines(paragraph.children, 0, cut.end) }),
    tail: () => ({ ...paragraph, children: sliceInlines(paragraph.children, cut.start, length) }),
  }))
}

/** Cuts between items; an ordered list's tail starts at the next number. */
function listCuts(list: List, limit: number): Cut[] {
  const cuts: Cut[] = []
  for (let i = 1; i < list.children.length && cuts.length < limit; i++) {
    cuts.push({
      rank: RANK.items,
      head: (): List => ({ ...list, children: list.children.slice(0, i) }),
      tail: (): List => {
        const first = list.children[i]
        const position = first ? tailPosition(list.position, first.position.start) : list.position
        return list.ordered
          ? { ...list, start: list.start + i, children: list.children.slice(i), position }
          : { ...list, children: list.children.slice(i), position }
      },
    })
  }
  return cuts
}

/** Cuts between a quotation's children, and inside each child at that child's own cuts. */
function quoteCuts(quote: Blockquote, cache: LayoutCache): Cut[] {
  const cuts: Cut[] = []
  quote.children.forEach((child, i) => {
    for (const inner of cutsOf(child, cache)) {
      cuts.push({
        rank: inner.rank,
        head: () => ({ ...quote, children: [...quote.children.slice(0, i), inner.head() as Paragraph | List] }),
        tail: () => {
          const tail = inner.tail() as Paragraph | List
          return { ...quote, children: [tail, ...quote.children.slice(i + 1)], position: tailPosition(quote.position, tail.position.start) }
        },
      })
    }
    if (i + 1 < quote.children.length) {
      cuts.push({
        rank: RANK.children,
        head: () => ({ ...quote, children: quote.children.slice(0, i + 1) }),
        tail: () => ({ ...quote, children: quote.children.slice(i + 1) }),
      })
    }
  })
  return cuts
}

/** Cuts between a definition list's items (a term stays with its definitions). */
function definitionCuts(list: DefinitionList, limit: number): Cut[] {
  const cuts: Cut[] = []
  for (let i = 1; i < list.children.length && cuts.length < limit; i++) {
    cuts.push({
      rank: RANK.items,
      head: (): DefinitionList => ({ ...list, children: list.children.slice(0, i) }),
      tail: (): DefinitionList => {
        const first = list.children[i]
        return { ...list, children: list.children.slice(i), position: first ? tailPosition(list.position, first.position.start) : list.position }
      },
    })
  }
  return cuts
}

/** Cuts between body rows; both halves keep the header row. */
function tableCuts(table: Table, limit: number): Cut[] {
  const cuts: Cut[] = []
  for (let i = 1; i < table.rows.length && cuts.length < limit; i++) {
    cuts.push({
      rank: RANK.items,
      head: (): Table => ({ ...table, rows: table.rows.slice(0, i) }),
      tail: (): Table => {
        const first = table.rows[i]
        return { ...table, rows: table.rows.slice(i), position: first ? tailPosition(table.position, first.position.start) : table.position }
      },
    })
  }
  return cuts
}

/**
 * Cuts between source lines; each half keeps the colours the whole block was
 * highlighted with. Only the first `limit` line ends are looked for: a head
 * is the text before its cut, a tail the text after it (see `codeSliceOf`).
 */
function codeCuts(code: Code, cache: LayoutCache, limit: number): Cut[] {
  const { value } = code
  const cuts: Cut[] = []
  for (let end = value.indexOf('\n'); end !== -1 && cuts.length < limit; end = value.indexOf('\n', end + 1)) {
    const i = cuts.length + 1
    const at = end
    cuts.push({ rank: RANK.items, head: () => codeHeadOf(cache, code, i, value.slice(0, at)), tail: () => codeTailOf(cache, code, i, value.slice(at + 1)) })
  }
  return cuts
}
