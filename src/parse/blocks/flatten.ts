import type { RootContent } from 'mdast'
import type { Block, FlowBlock, Inline, List, NoteBlock, Paragraph, Position } from '../../model/index.js'
import { allRows } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { mergeText } from '../inline.js'
import { inlineMath } from '../math/math-nodes.js'
import type { State } from '../state.js'

/**
 * Keeps the blocks speaker notes can hold (paragraphs, lists, quotes) and
 * turns every other block into paragraphs of its text, with a warning.
 *
 * @param blocks converted blocks
 * @param where the container, for messages (`speaker notes`)
 */
export function noteBlocksFrom(blocks: readonly Block[], state: State, where: string): NoteBlock[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' || block.type === 'list' || block.type === 'blockquote'
      ? [block]
      : asText(block, state, where, (inner) => noteBlocksFrom(inner, state, where)),
  )
}

/**
 * Keeps paragraphs and lists (what list items and quotes hold); quotes are
 * unwrapped and other blocks turned into paragraphs of text, with a warning.
 */
/**
 * Converts a container's children (a list item, a quote, a footnote) whose
 * blocks will be kept as text (see `textBlocksFrom`), with `state.textOnly`
 * set meanwhile, so that what is flattened is reported once, as what it becomes.
 */
export function textOnlyBlocks(nodes: readonly RootContent[], state: State): Block[] {
  const outer = state.textOnly
  state.textOnly = true
  try {
    return state.blocks(nodes)
  } finally {
    state.textOnly = outer
  }
}

/** `textOnlyBlocks`, then `textBlocksFrom`. */
export function textBlocksOf(nodes: readonly RootContent[], state: State, where: string): Array<Paragraph | List> {
  return textBlocksFrom(textOnlyBlocks(nodes, state), state, where)
}

export function textBlocksFrom(blocks: readonly Block[], state: State, where: string): Array<Paragraph | List> {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph' || block.type === 'list') return [block]
    if (block.type === 'blockquote') {
      report(state.file, 'unsupported-node', { node: `block quote in ${where}`, shownAs: 'its paragraphs' }, block.position)
      return block.children
    }
    return asText(block, state, where, (inner) => textBlocksFrom(inner, state, where))
  })
}

/** Keeps what a column can hold; columns inside a column are unwrapped, with a warning. */
export function flowBlocksFrom(blocks: readonly Block[], state: State): FlowBlock[] {
  return blocks.flatMap((block) => {
    if (block.type !== 'columns') return [block]
    report(state.file, 'columns-structure', { detail: 'columns cannot be nested inside a column' }, block.position)
    return flowBlocksFrom(block.children.flatMap((column) => column.children), state)
  })
}

function asText<T>(
  block: Exclude<Block, NoteBlock>,
  state: State,
  where: string,
  inner: (blocks: readonly Block[]) => T[],
): Array<T | Paragraph> {
  const place = block.position
  switch (block.type) {
    case 'code':
      report(state.file, 'unsupported-node', { node: `code block in ${where}`, shownAs: 'plain text' }, place)
      return [paragraph(linesOf(block.value, place), place)]
    case 'table':
      report(state.file, 'unsupported-node', { node: `table in ${where}`, shownAs: 'one paragraph per row' }, place)
      return allRows(block).map((row) =>
        paragraph(
          mergeText(row.children.flatMap((cell, index) => (index === 0 ? cell.children : [text(' | ', cell.position), ...cell.children]))),
          row.position,
        ),
      )
    case 'image':
      report(state.file, 'unsupported-node', { node: `picture in ${where}`, shownAs: 'its alt text' }, place)
      return [paragraph([text(block.alt === '' ? block.src : block.alt, place)], place)]
    case 'math':
      // Text keeps to its line height, so the formula is set in text style, in a paragraph of its own.
      return [paragraph([inlineMath(block.tex, place, state)], place)]
    case 'definitionList':
      // Notes and list items hold text blocks only: each term becomes a bold paragraph, its definitions follow.
      return block.children.flatMap((item) => [
        paragraph([{ type: 'strong', children: item.term, position: item.position }], item.position),
        ...inner(item.definitions.flat()),
      ])
    case 'columns':
      report(state.file, 'unsupported-node', { node: `columns block in ${where}`, shownAs: 'its blocks one after another' }, place)
      return inner(block.children.flatMap((column) => column.children))
    case 'callout':
      report(state.file, 'unsupported-node', { node: `callout in ${where}`, shownAs: 'its title in bold and its text' }, place)
      return [paragraph([{ type: 'strong', children: block.title, position: place }], place), ...inner(block.children)]
  }
}

/** Text lines joined by line breaks, so a code block keeps its lines as text. */
function linesOf(value: string, place: Position): Inline[] {
  return value.split('\n').flatMap((line, index) => (index === 0 ? [text(line, place)] : [{ type: 'break', position: place } as const, text(line, place)]))
}

function text(value: string, position: Position): Inline {
  return { type: 'text', value, position }
}

function paragraph(children: Inline[], position: Position): Paragraph {
  return { type: 'paragraph', children, position }
}
