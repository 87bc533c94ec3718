import type { Block, CalloutKind } from '../../model/index.js'
import { callout, isCalloutName } from './callout.js'
import { report } from '../../diagnostics/index.js'
import type { ContainerDirective } from '../mdast-directive.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'
import { columns } from './columns.js'
import { plainDiv } from './plain-div.js'
import { ignoredAttributes } from './directive-attributes.js'
import { noteBlocksFrom } from './flatten.js'
import { slideFurniture } from './furniture.js'
import { directiveFragment } from '../fragments.js'

/**
 * A container directive (`::: notes`, `:::: columns`, `::: incremental`, …).
 * Speaker notes go to the current slide's notes, wherever they appear.
 * Unknown directives are unwrapped, with a warning, so their content stays.
 */
export function containerDirective(node: ContainerDirective, state: State): Block[] {
  if (directiveFragment(node, state) !== null) {
    // Only a `.fragment` div at the top level of a slide is a step (see `slidesFromMdast`).
    report(state.file, 'fragment-not-stepped', undefined, positionOf(node))
    return state.blocks(node.children)
  }
  switch (node.name) {
    case 'notes':
      ignoredAttributes(node, state)
      state.notes.push(...noteBlocksFrom(withoutFootnotes(state, 'speaker notes', () => state.blocks(node.children)), state, 'speaker notes'))
      return []
    case 'columns':
      ignoredAttributes(node, state)
      return columns(node, state)
    case 'column':
      report(state.file, 'columns-structure', { detail: 'a `column` must sit directly inside `columns`' }, positionOf(node))
      return state.blocks(node.children)
    case 'incremental':
    case 'nonincremental':
      ignoredAttributes(node, state)
      return withIncremental(state.blocks(node.children), node.name === 'incremental')
    case 'div':
      return plainDiv(node, state)
    case 'footer':
    case 'aside':
      if (state.slide === null) break
      slideFurniture(node, state.slide, state)
      return []
    case 'r-fit-text':
      ignoredAttributes(node, state)
      // Quarto sets each paragraph of the div on one line, as large as fits; other blocks stay as they are.
      return state.blocks(node.children).map((block) => (block.type === 'paragraph' ? { ...block, fitText: true as const } : block))
    default:
      if (isCalloutName(node.name)) return callout(node, node.name.slice('callout-'.length) as CalloutKind, state)
  }
  report(state.file, 'directive-unknown', { name: node.name, shownAs: 'normal content' }, positionOf(node))
  return state.blocks(node.children)
}

/** Converts with footnote marks refused (speaker notes have no slide foot to put them at). */
function withoutFootnotes(state: State, where: string, convert: () => Block[]): Block[] {
  const outer = state.footnotes
  state.footnotes = where
  try {
    return convert()
  } finally {
    state.footnotes = outer
  }
}

/**
 * Sets `incremental` on every list inside that has no setting yet (an inner
 * `::: nonincremental` was applied first and wins), as pandoc does.
 */
export function withIncremental(blocks: Block[], incremental: boolean): Block[] {
  for (const block of blocks) {
    switch (block.type) {
      case 'list':
        if (block.incremental === null) block.incremental = incremental
        for (const item of block.children) withIncremental(item.children, incremental)
        break
      case 'blockquote':
        withIncremental(block.children, incremental)
        break
      case 'definitionList':
        for (const item of block.children) for (const definition of item.definitions) withIncremental(definition, incremental)
        break
      case 'columns':
        for (const column of block.children) withIncremental(column.children, incremental)
        break
      default:
        break
    }
  }
  return blocks
}
