import type { List as MdList, ListItem as MdListItem } from 'mdast'
import type { Block, List, ListItem } from '../../model/index.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'
import { textBlocksFrom } from './flatten.js'

/** A bullet or ordered list; ordered lists keep their start number, task items their state. */
export function list(node: MdList, state: State): Block[] {
  return [listFromMdast(node, state)]
}

/** The model list of an mdast list (also used for lists nested in items). */
export function listFromMdast(node: MdList, state: State): List {
  const children = node.children.map((item) => listItem(item, state))
  const position = positionOf(node)
  if (node.ordered === true) return { type: 'list', ordered: true, start: node.start ?? 1, incremental: null, children, position }
  return { type: 'list', ordered: false, incremental: null, children, position }
}

function listItem(node: MdListItem, state: State): ListItem {
  return {
    type: 'listItem',
    checked: node.checked ?? null,
    children: textBlocksFrom(state.blocks(node.children), state, 'a list item'),
    position: positionOf(node),
  }
}
