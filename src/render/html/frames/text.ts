import type { Element } from 'hast'
import { h } from 'hastscript'
import type { TextFrame } from '../../../layout/laid-out.js'
import { paragraphLineHeight } from '../../../layout/math-lines.js'
import type { Inline } from '../../../model/index.js'
import { textBlocksToHast } from '../blocks/index.js'
import type { RenderContext } from '../context.js'
import { boxStyle, fontStyle, px } from '../units.js'

/**
 * A text frame: paragraphs, lists and blockquotes top-anchored in the box.
 * Paragraph spacing and list indent are CSS custom properties the theme
 * CSS uses for margins, indents and hanging markers.
 */
export function text(frame: TextFrame, ctx: RenderContext): Element {
  const style = [
    boxStyle(frame.box),
    fontStyle(frame.fontSize, frame.lineHeight),
    `--layar-space:${px(frame.paragraphSpacing)}`,
    `--layar-indent:${px(frame.listIndent)}`,
  ].join(';')
  const face = { role: 'body', weight: 400, style: 'normal' } as const
  const { baselineDrop } = frame
  const lineHeightOf = baselineDrop === undefined ? undefined : (inlines: readonly Inline[]): number => paragraphLineHeight(inlines, frame.fontSize, frame.lineHeight, baselineDrop)
  return h('div', { className: ['layar-abs', 'layar-text'], style }, textBlocksToHast(frame.blocks, ctx, face, lineHeightOf))
}
