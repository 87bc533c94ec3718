import type { Blockquote } from 'mdast'
import type { Block } from '../../model/index.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'
import { textBlocksFrom } from './flatten.js'

/** A quotation; blocks other than paragraphs and lists inside it are turned into text, with a warning. */
export function blockquote(node: Blockquote, state: State): Block[] {
  const children = textBlocksFrom(state.blocks(node.children), state, 'a block quote')
  return [{ type: 'blockquote', children, position: positionOf(node) }]
}
