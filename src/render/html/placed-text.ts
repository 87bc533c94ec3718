import type { Element } from 'hast'
import { h } from 'hastscript'
import type { PlacedText } from '../../layout/laid-out.js'
import type { RenderContext, TextFace } from './context.js'
import { inlinesToHast } from './inline.js'
import { boxStyle, fontStyle } from './units.js'

/**
 * A run of placed text (title, subtitle, byline, caption) in its box,
 * vertically centred as the rendering agreements say. The inner `span` is
 * the one flex item, so inline children stay one flow of text.
 */
export function placedTextToHast(
  text: PlacedText,
  ctx: RenderContext,
  options: { tagName: string; className: string; face: TextFace },
): Element {
  const style = `${boxStyle(text.box)};${fontStyle(text.fontSize, text.lineHeight)};text-align:${text.align}`
  return h(options.tagName, { className: ['layar-abs', 'layar-placed', options.className], style }, [
    h('span', inlinesToHast(text.inlines, options.face, ctx.fonts)),
  ])
}
