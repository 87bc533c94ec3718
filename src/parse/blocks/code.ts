import type { Code } from 'mdast'
import type { Block } from '../../model/index.js'
import { reportCodeInfo } from '../literal-syntax.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'

/**
 * A fenced or indented code block. `lang` is the info string's first word,
 * reduced to characters a highlighter name can have, so it is safe to use
 * as a class name or lookup key downstream.
 */
export function code(node: Code, state: State): Block[] {
  reportCodeInfo(node.lang, positionOf(node), state)
  const lang = (node.lang ?? '').replace(/[^A-Za-z0-9_+#.-]/g, '')
  return [{ type: 'code', lang: lang === '' ? null : lang, value: node.value, position: positionOf(node) }]
}
