import type { Element } from 'hast'
import { h } from 'hastscript'
import type { NoteBlock } from '../../model/index.js'
import { textBlocksToHast } from './blocks/index.js'
import type { RenderContext } from './context.js'

/**
 * Speaker notes as `<aside class="notes">` (what reveal.js's notes plugin
 * shows in the speaker view), or nothing when the slide has none.
 * Note: notes never hold fragments and their text does not count towards
 * the embedded fonts (the speaker view uses its own).
 */
export function notesToHast(notes: readonly NoteBlock[], ctx: RenderContext): Element[] {
  if (notes.length === 0) return []
  const notesCtx: RenderContext = { ...ctx, fragments: false, fonts: new Map() }
  const face = { role: 'body', weight: 400, style: 'normal' } as const
  return [h('aside', { className: ['notes'] }, textBlocksToHast(notes, notesCtx, face))]
}
