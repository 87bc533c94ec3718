import type { Blockquote } from 'mdast'
import type { Block } from '../../model/index.js'
import { positionOf, spanOf } from '../position.js'
import type { State } from '../state.js'
import { textBlocksFrom, textOnlyBlocks } from './flatten.js'
import { indented } from './hoist-code.js'

/**
 * A quotation. Code inside it is drawn as code, set in like the quote's text,
 * between the parts of the quote before and after it (`hoist-code.ts`);
 * other blocks inside it are turned into text, with a warning.
 */
export function blockquote(node: Blockquote, state: State): Block[] {
  const out: Block[] = []
  let run: Block[] = []
  const flush = (): void => {
    if (run.length === 0) return
    const children = textBlocksFrom(run, state, 'a block quote')
    const first = run[0]
    const last = run.at(-1)
    const position = first !== undefined && last !== undefined ? spanOf(first.position, last.position) : positionOf(node)
    out.push({ type: 'blockquote', children, position })
    run = []
  }
  const blocks = textOnlyBlocks(node.children, state)
  for (const block of blocks) {
    if (block.type !== 'code') {
      run.push(block)
      continue
    }
    flush()
    out.push(indented(block))
  }
  if (out.length === 0) return [{ type: 'blockquote', children: textBlocksFrom(run, state, 'a block quote'), position: positionOf(node) }]
  flush()
  return out
}
