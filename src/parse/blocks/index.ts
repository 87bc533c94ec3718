import type { BlockContent, DefinitionContent, FrontmatterContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Block } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'
import { blockquote } from './blockquote.js'
import { code } from './code.js'
import { containerDirective } from './container-directive.js'
import { definitionList } from './definition-list.js'
import { heading } from './heading.js'
import { html } from './html.js'
import { list } from './list.js'
import { mathBlockFromMdast } from '../math/math-nodes.js'
import { definition, footnoteDefinition, leafDirective, thematicBreak, yaml } from './other.js'
import { paragraph } from './paragraph.js'
import { table } from './table.js'

/** mdast nodes that appear as flow content. */
export type MdastBlock = BlockContent | DefinitionContent | FrontmatterContent

/** Converts one kind of mdast flow node into model blocks. */
export type BlockHandler<N extends MdastBlock> = (node: N, state: State) => Block[]

/** One handler per mdast flow node type; a new node type fails to compile until it is handled. */
export const blockHandlers = {
  blockquote,
  code,
  containerDirective,
  definition,
  definitionList,
  footnoteDefinition,
  heading,
  html,
  leafDirective,
  list,
  math: (node, state) => [mathBlockFromMdast(node, state)],
  paragraph,
  table,
  thematicBreak,
  yaml,
} satisfies { [K in MdastBlock['type']]: BlockHandler<Extract<MdastBlock, { type: K }>> }

/**
 * Converts flow content to model blocks, in order.
 *
 * @param nodes mdast children of the root or of a container
 * @param state the conversion state
 */
export function blocksFromMdast(nodes: readonly RootContent[], state: State): Block[] {
  return nodes.flatMap((node) => {
    if (node.type in blockHandlers) {
      const handler = blockHandlers[node.type as MdastBlock['type']] as BlockHandler<MdastBlock>
      return handler(node as MdastBlock, state)
    }
    return strayNode(node, state)
  })
}

/**
 * Phrasing or table parts where blocks belong never come out of
 * remark-parse, but the mdast types allow them: keep their text, with a warning.
 */
function strayNode(node: RootContent, state: State): Block[] {
  const position = positionOf(node)
  report(state.file, 'unsupported-node', { node: `${node.type} node`, shownAs: 'a paragraph' }, position)
  return [{ type: 'paragraph', children: [{ type: 'text', value: toString(node), position }], position }]
}
