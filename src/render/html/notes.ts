import type { Element } from 'hast'
import { h } from 'hastscript'
import type { Inline, NoteBlock } from '../../model/index.js'
import { textBlocksToHast } from './blocks/index.js'
import type { RenderContext } from './context.js'

/**
 * Speaker notes as `<aside class="notes">` (what reveal.js's notes plugin
 * shows in the speaker view), or nothing when the slide has none.
 * Note: notes never hold fragments and their text does not count towards
 * the embedded fonts (the speaker view uses its own). Formulas show their
 * TeX between dollars, as the PPTX notes do: the presenter reads the source.
 */
export function notesToHast(notes: readonly NoteBlock[], ctx: RenderContext): Element[] {
  if (notes.length === 0) return []
  const notesCtx: RenderContext = { ...ctx, fragments: false, fonts: new Map() }
  const face = { role: 'body', weight: 400, style: 'normal' } as const
  return [h('aside', { className: ['notes'] }, textBlocksToHast(notes.map(texSourceBlock), notesCtx, face))]
}

function texSourceBlock(block: NoteBlock): NoteBlock {
  switch (block.type) {
    case 'paragraph':
      return { ...block, children: texSource(block.children) }
    case 'list':
      return { ...block, children: block.children.map((item) => ({ ...item, children: item.children.map((child) => texSourceBlock(child) as typeof child) })) }
    case 'blockquote':
      return { ...block, children: block.children.map((child) => texSourceBlock(child) as typeof child) }
  }
}

function texSource(inlines: readonly Inline[]): Inline[] {
  return inlines.map((node): Inline => {
    if (node.type === 'inlineMath') return { type: 'text', value: `$${node.tex}$`, position: node.position }
    if ('children' in node) return { ...node, children: texSource(node.children) }
    return node
  })
}
