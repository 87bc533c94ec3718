import type { Callout, CalloutKind } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { ThemeFaces } from './context.js'
import { round2, roundBox } from './geometry.js'
import type { CalloutFrame, TextFrame } from './laid-out.js'
import { placeText } from './placed-text.js'
import { textBlocksHeight, textMetrics } from './text-frame.js'
import { mathLineMetrics } from './math-lines.js'

/**
 * The bar colour of each callout kind: Quarto's (Bootstrap's) callout
 * colours, so a deck looks as it does in Quarto. They only draw the bar and
 * tint the fill; text keeps the theme's colours, whose contrast is checked.
 */
export const CALLOUT_COLORS: Readonly<Record<CalloutKind, string>> = {
  note: '0D6EFD',
  tip: '198754',
  warning: 'FFC107',
  important: 'DC3545',
  caution: 'FD7E14',
}

/** How much of the bar colour tints the box over the slide background. */
const TINT = 0.12

/** Width of the coloured bar, in points. */
const BAR_WIDTH = 4

/**
 * A callout as one box at (x, y), `width` pt wide: a coloured bar on the
 * left, a fill of the bar colour faintly over the theme background, inside
 * it (inset by the padding on every side, which clears the bar) the title in
 * bold at the body size, then the text blocks. Its height is what they measure.
 */
export function calloutFrame(callout: Callout, faces: ThemeFaces, theme: Theme, size: number, x: number, y: number, width: number): CalloutFrame {
  const padding = Math.max(BAR_WIDTH + 4, Math.round(theme.gap * 0.75))
  const inner = { x: x + padding, w: Math.max(1, width - 2 * padding) }
  const metrics = textMetrics(theme, size)
  const title = placeText(callout.title, {
    fonts: { text: faces.body, mono: faces.mono },
    base: { bold: true, italic: false },
    size,
    lineSpacing: theme.lineSpacing,
    x: inner.x,
    y: y + padding,
    w: inner.w,
    align: 'left',
  })
  const titleGap = metrics.paragraphSpacing
  let body: TextFrame | null = null
  let height = padding + title.box.h + padding
  if (callout.children.length > 0) {
    const top = title.box.y + title.box.h + titleGap
    const h = textBlocksHeight(callout.children, faces, metrics, inner.w)
    body = {
      type: 'text',
      box: roundBox({ x: inner.x, y: top, w: inner.w, h }),
      fontSize: size,
      lineHeight: round2(metrics.lineHeight),
      paragraphSpacing: round2(metrics.paragraphSpacing),
      listIndent: metrics.listIndent,
      blocks: callout.children,
      ...mathLineMetrics(callout.children, faces.body.regular),
    }
    // The last paragraph's spacing after it already separates the text from the box's edge.
    height = padding + title.box.h + titleGap + h + Math.max(0, padding - metrics.paragraphSpacing)
  }
  const bar = CALLOUT_COLORS[callout.kind]
  return {
    type: 'callout',
    box: roundBox({ x, y, w: width, h: height }),
    kind: callout.kind,
    barColor: bar,
    barWidth: BAR_WIDTH,
    fill: mix(bar, theme.colors.background, TINT),
    padding,
    titleGap: round2(titleGap),
    title,
    body,
    callout,
  }
}

/** `amount` of `color` over `base` (six hex digits each). */
function mix(color: string, base: string, amount: number): string {
  const channel = (hex: string, i: number): number => Number.parseInt(hex.slice(i, i + 2), 16)
  return [0, 2, 4]
    .map((i) => Math.round(channel(color, i) * amount + channel(base, i) * (1 - amount)))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}
