import type { FootnoteDefinition, PhrasingContent, Root, RootContent } from 'mdast'
import type { Footnote, Inline, List, Paragraph, Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import { textBlocksOf } from './blocks/flatten.js'
import { positionOf } from './position.js'
import type { State } from './state.js'

/**
 * The footnotes of the slide being converted: numbered from 1 in the order
 * they are first marked, as pandoc's reveal.js output shows them under
 * each slide. `ids` maps a `[^id]` label to its number, so a note marked
 * twice on one slide is listed once.
 */
export interface FootnoteCollector {
  ids: Map<string, number>
  notes: Footnote[]
}

/** Where footnote marks currently go: a slide's collector, or the name of a place that has none (`speaker notes`). */
export type FootnoteTarget = FootnoteCollector | string

/** A fresh collector for a content slide. */
export function footnoteCollector(): FootnoteCollector {
  return { ids: new Map(), notes: [] }
}

/** Every `[^id]:` definition by identifier (the first of a label wins, as in GFM). */
export function collectFootnoteDefinitions(tree: Root): Map<string, FootnoteDefinition> {
  const into = new Map<string, FootnoteDefinition>()
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'footnoteDefinition' && !into.has(node.identifier)) into.set(node.identifier, node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return into
}

/**
 * A `[^id]` mark: its number on the slide (the note is added on first use).
 * Outside a slide body, the note's text in brackets, with a warning.
 */
export function footnoteReference(definition: FootnoteDefinition, position: Position, state: State): Inline[] {
  state.usedFootnotes.add(definition.identifier)
  const target = state.footnotes
  if (typeof target !== 'string') {
    const known = target.ids.get(definition.identifier)
    if (known !== undefined) return [{ type: 'footnoteReference', number: known, position }]
    const number = target.notes.length + 1
    target.ids.set(definition.identifier, number)
    // Reserve the number first: marks inside the note are refused, not numbered.
    const note: Footnote = { number, children: [], position: positionOf(definition) }
    target.notes.push(note)
    note.children = insideNote(state, () => inlinesOfBlocks(definition.children, state))
    return [{ type: 'footnoteReference', number, position }]
  }
  report(state.file, 'footnote-misplaced', { where: target }, position)
  return bracketed(insideNote(state, () => inlinesOfBlocks(definition.children, state)), position)
}

/** An inline note `^[…]`: numbered like a `[^id]` mark, never shared. */
export function inlineNote(children: readonly PhrasingContent[], position: Position, state: State, convert: (nodes: readonly PhrasingContent[]) => Inline[]): Inline[] {
  const target = state.footnotes
  if (typeof target !== 'string') {
    const number = target.notes.length + 1
    const note: Footnote = { number, children: [], position }
    target.notes.push(note)
    note.children = insideNote(state, () => convert(children))
    return [{ type: 'footnoteReference', number, position }]
  }
  report(state.file, 'footnote-misplaced', { where: target }, position)
  return bracketed(insideNote(state, () => convert(children)), position)
}

/** Reports every definition no mark used (call once the whole deck is converted). */
export function reportUnusedFootnotes(state: State): void {
  for (const [id, definition] of state.footnoteDefinitions) {
    if (state.usedFootnotes.has(id)) continue
    report(state.file, 'footnote-unused', { label: definition.label ?? id }, positionOf(definition))
  }
}

function insideNote(state: State, convert: () => Inline[]): Inline[] {
  const outer = state.footnotes
  state.footnotes = 'a footnote'
  try {
    return convert()
  } finally {
    state.footnotes = outer
  }
}

/** A note's blocks as one run of text: paragraphs and list items joined by line breaks. */
function inlinesOfBlocks(children: FootnoteDefinition['children'], state: State): Inline[] {
  const blocks = textBlocksOf(children, state, 'a footnote')
  const out: Inline[] = []
  const add = (block: Paragraph | List, prefix: string): void => {
    if (block.type === 'paragraph') {
      if (out.length > 0) out.push({ type: 'break', position: block.position })
      if (prefix !== '') out.push({ type: 'text', value: prefix, position: block.position })
      out.push(...block.children)
      return
    }
    block.children.forEach((item, index) => {
      const marker = block.ordered ? `${block.start + index}. ` : '• '
      item.children.forEach((child, k) => add(child, k === 0 ? marker : ''))
    })
  }
  for (const block of blocks) add(block, '')
  return out
}

function bracketed(children: Inline[], position: Position): Inline[] {
  return [{ type: 'text', value: ' (', position }, ...children, { type: 'text', value: ')', position }]
}
