import type { Block, Inline, Paragraph } from '../model/index.js'
import type { LayoutContext } from './context.js'
import { linesOf } from './placed-text.js'

/**
 * Whether `block` must not end a split part when `next` follows it
 * (keep-with-next): a heading shown as a bold paragraph (a heading below
 * the slide level, or a paragraph that is bold throughout), and a lead-in
 * paragraph ending with a colon ("… as follows:") before a list, table,
 * code block, formula or image. Either belongs to what follows it, so a
 * part that ends with one leaves its reader with a title and nothing under it.
 */
export function keepsWithNext(block: Block, next: Block | undefined): boolean {
  if (next === undefined || block.type !== 'paragraph') return false
  if (isHeadingLike(block)) return true
  return endsWithColon(block.children) && next.type !== 'paragraph' && next.type !== 'blockquote' && next.type !== 'columns'
}

/**
 * How many blocks at the end of `head` keep with what follows them (the
 * first block of `rest`, or the block after them in `head`): a heading, then
 * a lead-in, counts two.
 */
export function keptTail(head: readonly Block[], rest: Block | undefined): number {
  let count = 0
  let next = rest
  for (let i = head.length - 1; i >= 0; i--) {
    const block = head[i] as Block
    if (!keepsWithNext(block, next)) break
    count++
    next = block
  }
  return count
}

/** A paragraph whose visible text is all bold: how parse shows a heading inside a slide. */
function isHeadingLike(paragraph: Paragraph): boolean {
  const visible = paragraph.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  return visible.length > 0 && visible.every((node) => node.type === 'strong')
}

function endsWithColon(inlines: readonly Inline[]): boolean {
  const last = inlines.at(-1)
  if (last === undefined) return false
  if (last.type === 'text') return /:\s*$/u.test(last.value)
  if (last.type === 'strong' || last.type === 'emphasis') return endsWithColon(last.children)
  return false
}

/**
 * Whether a paragraph cut in two at a sentence leaves a single line on
 * either side (an orphan at the bottom of one part or a widow at the top of
 * the next), at body size `size` in a frame `width` pt wide.
 */
export function lonelyLine(head: Paragraph, tail: Paragraph, ctx: LayoutContext, size: number, width: number): 'orphan' | 'widow' | null {
  const lines = (p: Paragraph): number => linesOf(p.children, { text: ctx.faces.body, mono: ctx.faces.mono }, { bold: false, italic: false }, size, Math.max(1, width))
  if (lines(head) < 2) return 'orphan'
  if (lines(tail) < 2) return 'widow'
  return null
}
