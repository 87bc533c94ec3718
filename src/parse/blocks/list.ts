import type { List as MdList, ListItem as MdListItem } from 'mdast'
import type { Block, Code, List, ListItem } from '../../model/index.js'
import { positionOf, spanOf } from '../position.js'
import type { State } from '../state.js'
import { textBlocksFrom, textOnlyBlocks } from './flatten.js'
import { indented, trailingCode } from './hoist-code.js'

/**
 * A bullet or ordered list; ordered lists keep their start number, task items their state.
 * Code that ends a list item is drawn as code under the item (`hoist-code.ts`):
 * the list ends there and goes on after the code, counting on.
 */
export function list(node: MdList, state: State): Block[] {
  const out: Block[] = []
  let items: ListItem[] = []
  let before = 0
  const flush = (): void => {
    if (items.length === 0) return
    out.push(modelList(node, items, before))
    before += items.length
    items = []
  }
  for (const item of node.children) {
    const blocks = textOnlyBlocks(item.children, state)
    const cut = trailingCode(blocks)
    items.push(listItem(item, cut === null ? blocks : blocks.slice(0, cut), state))
    if (cut === null) continue
    flush()
    out.push(...blocks.slice(cut).map((code) => indented(code as Code)))
  }
  if (out.length === 0) return [modelList(node, items, 0, positionOf(node))]
  flush()
  return out
}

/** The model list of the items of `node` from its `before`-th on. */
function modelList(node: MdList, children: ListItem[], before: number, whole?: List['position']): List {
  const first = children[0]
  const last = children.at(-1)
  const position = whole ?? spanOf(first?.position ?? positionOf(node), last?.position ?? positionOf(node))
  if (node.ordered === true) return { type: 'list', ordered: true, start: (node.start ?? 1) + before, incremental: null, children, position }
  return { type: 'list', ordered: false, incremental: null, children, position }
}

function listItem(node: MdListItem, blocks: readonly Block[], state: State): ListItem {
  return {
    type: 'listItem',
    checked: node.checked ?? null,
    children: textBlocksFrom(blocks, state, 'a list item'),
    position: positionOf(node),
  }
}
