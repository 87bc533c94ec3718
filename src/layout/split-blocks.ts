import type { Blockquote, Code, DefinitionList, FlowBlock, List, Paragraph, Position, Table } from '../model/index.js'
import { codeSliceOf } from './code-slices.js'
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
 * Every place a block can be cut, in source order (the head grows along the
 * list). Images, display math, callouts and columns have none: they move or shrink whole.
 */
export function cutsOf(block: FlowBlock, cache: LayoutCache): Cut[] {
  switch (block.type) {
    case 'paragraph':
      return paragraphCuts(block)
    case 'list':
      return listCuts(block)
    case 'blockquote':
      return quoteCuts(block, cache)
    case 'definitionList':
      return definitionCuts(block)
    case 'table':
      return tableCuts(block)
    case 'code':
      return codeCuts(block, cache)
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
function listCuts(list: List): Cut[] {
  const cuts: Cut[] = []
  for (let i = 1; i < list.children.length; i++) {
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
function definitionCuts(list: DefinitionList): Cut[] {
  const cuts: Cut[] = []
  for (let i = 1; i < list.children.length; i++) {
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
function tableCuts(table: Table): Cut[] {
  const cuts: Cut[] = []
  for (let i = 1; i < table.rows.length; i++) {
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

/** Cuts between source lines; each half keeps the colours the whole block was highlighted with. */
function codeCuts(code: Code, cache: LayoutCache): Cut[] {
  const lines = code.value.split('\n')
  const count = lines.length
  const cuts: Cut[] = []
  for (let i = 1; i < count; i++) {
    cuts.push({ rank: RANK.items, head: () => codeSliceOf(cache, code, 0, i, lines), tail: () => codeSliceOf(cache, code, i, count, lines) })
  }
  return cuts
}
