import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { CodeFrame, CodeToken } from '../../../layout/laid-out.js'
import type { RenderContext } from '../context.js'
import { useFont } from '../context.js'
import { boxStyle, cssColor, fontStyle, px } from '../units.js'

/**
 * A code block as `pre > code`, one line per source line, tokens coloured
 * with inline `color` (a `null` colour inherits the theme's code text).
 */
export function code(frame: CodeFrame, ctx: RenderContext): Element {
  const style = `${boxStyle(frame.box)};${fontStyle(frame.fontSize, frame.lineHeight)};padding:${px(frame.padding)}`
  const content: ElementContent[] = []
  frame.lines.forEach((line, i) => {
    if (i > 0) content.push({ type: 'text', value: '\n' })
    content.push(...line.map((token) => tokenToHast(token, ctx)))
  })
  // A pre drops one trailing newline, so a last empty line needs one more to keep its height.
  const last = frame.lines.at(-1)
  if (frame.lines.length > 1 && last !== undefined && last.every((token) => token.text === '')) {
    content.push({ type: 'text', value: '\n' })
  }
  const codeProperties = frame.lang === null ? {} : { className: [`language-${frame.lang}`] }
  return h('pre', { className: ['layar-abs', 'layar-code'], style }, [h('code', codeProperties, content)])
}

function tokenToHast(token: CodeToken, ctx: RenderContext): ElementContent {
  useFont(ctx.fonts, { role: 'mono', weight: 400, style: 'normal' }, token.text)
  if (token.color === null) return { type: 'text', value: token.text }
  return h('span', { style: `color:${cssColor(token.color)}` }, token.text)
}
