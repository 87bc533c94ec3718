import type { Definition, FootnoteDefinition, ThematicBreak, Yaml } from 'mdast'
import type { LeafDirective } from '../mdast-directive.js'
import type { Block } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { positionOf } from '../position.js'
import { sourceOf, type State } from '../state.js'

/**
 * A link reference definition shows nothing (as in any Markdown renderer):
 * its URL already went into the links that use it.
 */
export function definition(_node: Definition): Block[] {
  return []
}

/** Front matter is read by `front-matter.ts`, not shown as content. */
export function yaml(_node: Yaml): Block[] {
  return []
}

/**
 * A footnote definition shows nothing where it is written: its text goes to
 * the bottom of each slide that marks it (`footnotes.ts`); one that no mark
 * uses is reported once the deck is read.
 */
export function footnoteDefinition(_node: FootnoteDefinition): Block[] {
  return []
}

/**
 * A `---` inside a list, quote or directive cannot start a slide there.
 * (Top-level breaks are handled by `slides.ts`.)
 */
export function thematicBreak(node: ThematicBreak, state: State): Block[] {
  report(state.file, 'unsupported-node', { node: 'thematic break inside another block', shownAs: 'nothing, since only a top-level `---` starts a slide' }, positionOf(node))
  return []
}

/**
 * layar has no leaf directives, and pandoc has no such syntax, so a line like
 * `::name` is text the author wrote: give it back as written.
 */
export function leafDirective(node: LeafDirective, state: State): Block[] {
  return literalParagraph(node, state)
}

function literalParagraph(node: LeafDirective, state: State): Block[] {
  const position = positionOf(node)
  return [{ type: 'paragraph', children: [{ type: 'text', value: sourceOf(state, node), position }], position }]
}
