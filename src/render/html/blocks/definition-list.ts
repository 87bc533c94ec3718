import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { DefinitionList } from '../../../model/index.js'
import { inlinesToHast } from '../inline.js'
import { lineHeightStyle } from './paragraph.js'
import type { TextState } from './types.js'

/**
 * A definition list as `<dl>`: each term a bold `<dt>` (spaced like a
 * paragraph), its definitions `<dd>`s one list indent in, as the layout
 * measured them. Styled inline, so decks without definition lists keep
 * their exact CSS.
 */
export function definitionList(node: DefinitionList, state: TextState): ElementContent[] {
  const bold = { ...state.face, weight: 700 } as const
  const items = node.children.flatMap((item) => [
    h('dt', { style: ['font-weight:700;margin:0 0 var(--layar-space) 0', lineHeightStyle(item.term, state).style].filter(Boolean).join(';') }, inlinesToHast(item.term, bold, state.ctx.fonts)),
    ...item.definitions.map((definition) => h('dd', { style: 'margin:0 0 0 var(--layar-indent)' }, state.all(definition, state))),
  ])
  return [h('dl', { style: 'margin:0' }, items)]
}
