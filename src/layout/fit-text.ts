import type { Paragraph } from '../model/index.js'
import type { LayoutContext } from './context.js'
import { round2, roundBox } from './geometry.js'
import type { TextFrame } from './laid-out.js'
import { naturalWidth } from './measure.js'
import { preparedInlines } from './runs.js'
import { textBlocksHeight, textMetrics } from './text-frame.js'
import { mathLineMetrics } from './math-lines.js'

/** How far `.r-fit-text` may grow text: at most this many times the body size. */
const MAX_SCALE = 4

/**
 * A Quarto `.r-fit-text` paragraph: one line at the largest size (in 0.5 pt
 * steps) whose width fits the region, as reveal.js's fit-text does, but never
 * smaller than the body size, larger than `MAX_SCALE` times it, nor taller
 * than half the region (so the rest of the slide keeps room). Text too long
 * for one line at the body size wraps at the body size.
 *
 * @param bodySize the body size of this fit attempt
 */
export function fitTextFrame(paragraph: Paragraph, ctx: LayoutContext, bodySize: number, region: { x: number; w: number; h: number }, y: number): TextFrame {
  const prepared = preparedInlines(paragraph.children, { text: ctx.faces.body, mono: ctx.faces.mono }, { bold: false, italic: false })
  const perPoint = naturalWidth(prepared, 100) / 100
  const byWidth = perPoint > 0 ? region.w / perPoint : bodySize
  const byHeight = region.h / 2 / ctx.theme.lineSpacing
  const size = Math.max(bodySize, Math.floor(Math.min(byWidth * 0.995, byHeight, bodySize * MAX_SCALE) * 2) / 2)
  const metrics = textMetrics(ctx.theme, size)
  return {
    type: 'text',
    box: roundBox({ x: region.x, y, w: region.w, h: textBlocksHeight([paragraph], ctx.faces, metrics, region.w) }),
    fontSize: size,
    lineHeight: round2(metrics.lineHeight),
    paragraphSpacing: round2(metrics.paragraphSpacing),
    listIndent: metrics.listIndent,
    blocks: [paragraph],
    ...mathLineMetrics([paragraph], ctx.faces.body.regular),
  }
}
