import type { Block, DefinitionItem } from '../../model/index.js'
import type { DefinitionListNode } from '../definition-lists.js'
import { inlinesFromMdast } from '../inline.js'
import { positionOf, spanOf } from '../position.js'
import type { State } from '../state.js'
import { textBlocksFrom } from './flatten.js'

/**
 * pandoc's definition list (`definition-lists.ts` made the node): each term
 * paragraph opens an item, each item of the list after it is one definition.
 */
export function definitionList(node: DefinitionListNode, state: State): Block[] {
  const items: DefinitionItem[] = []
  for (const child of node.children) {
    if (child.type === 'paragraph') {
      const position = positionOf(child)
      items.push({ type: 'definitionItem', term: inlinesFromMdast(child.children, state, { where: 'definition term' }), definitions: [], position })
      continue
    }
    const item = items.at(-1)
    if (item === undefined) continue
    for (const definition of child.children) item.definitions.push(textBlocksFrom(state.blocks(definition.children), state, 'a definition'))
    item.position = spanOf(item.position, positionOf(child))
  }
  return [{ type: 'definitionList', children: items, position: positionOf(node) }]
}
