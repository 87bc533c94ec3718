import type { Element } from 'hast'
import { h } from 'hastscript'
import type { Box, CalloutFrame } from '../../../layout/laid-out.js'
import type { RenderContext } from '../context.js'
import { placedTextToHast } from '../placed-text.js'
import { boxStyle, cssColor, px } from '../units.js'
import { text } from './text.js'

/**
 * A Quarto callout: its filled box, the coloured bar along its left edge,
 * its bold title and its text, each where the layout put it (children are
 * placed relative to the box). Its kind is a class, as in Quarto's HTML.
 */
export function callout(frame: CalloutFrame, ctx: RenderContext): Element {
  const outer = frame.box
  const bar = h('div', { className: ['layar-abs', 'layar-callout-bar'], style: `left:0;top:0;width:${px(frame.barWidth)};height:100%;background:#${frame.barColor}` })
  const title = placedTextToHast({ ...frame.title, box: relative(frame.title.box, outer) }, ctx, {
    tagName: 'div',
    className: 'layar-callout-title',
    face: { role: 'body', weight: 700, style: 'normal' },
  })
  // Inline, so decks without callouts keep their exact CSS.
  title.properties['style'] = `${String(title.properties['style'])};font-weight:700`
  const children: Element[] = [bar, title]
  if (frame.body !== null) children.push(text({ ...frame.body, box: relative(frame.body.box, outer) }, ctx))
  // The theme's text colour, which reads on the light fill, also on a slide whose own dark background switched its text to light.
  const style = `${boxStyle(outer)};background:#${frame.fill};color:${cssColor(ctx.theme.colors.text)}`
  return h('div', { className: ['layar-abs', 'layar-callout', `callout-${frame.kind}`], role: 'note', style }, children)
}

function relative(box: Box, to: Box): Box {
  return { x: box.x - to.x, y: box.y - to.y, w: box.w, h: box.h }
}
