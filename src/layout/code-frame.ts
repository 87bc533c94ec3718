import type { Code } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { ThemeFaces } from './context.js'
import { round2, roundBox } from './geometry.js'
import { codeLines } from './code-slices.js'
import type { CodeFrame } from './laid-out.js'
import { textWidth } from './measure.js'

/** Inner padding of a code block, in points. */
export const CODE_PADDING = 8

/** A code frame and how far its longest line sticks out of the frame, if at all. */
export interface PlacedCode {
  frame: CodeFrame
  /** Points by which the widest line is wider than the frame's inner width; 0 if it fits. */
  widthOverflow: number
}

/**
 * A code block `width` pt wide at `size` pt: one line per source line (code
 * never wraps), as tall as its lines plus padding. A line too wide for the
 * frame is reported back as `widthOverflow`, for fit to shrink the code.
 * Code from a list item or quote is set in by its `indent` list indents.
 */
export function codeFrame(code: Code, faces: ThemeFaces, theme: Theme, size: number, left: number, y: number, fullWidth: number): PlacedCode {
  const inset = Math.min((code.indent ?? 0) * theme.listIndent, fullWidth / 2)
  const x = left + inset
  const width = fullWidth - inset
  // The faces' cache is the build's layout cache.
  const lines = codeLines(code, theme, faces.mono.regular.cache)
  const lineHeight = size * theme.lineSpacing
  const widest = lines.reduce(
    (max, line) => Math.max(max, textWidth(faces.mono.regular, line.map((token) => token.text).join(''), size)),
    0,
  )
  const frame: CodeFrame = {
    type: 'code',
    box: roundBox({ x, y, w: width, h: lines.length * lineHeight + 2 * CODE_PADDING }),
    fontSize: size,
    lineHeight: round2(lineHeight),
    padding: CODE_PADDING,
    lang: code.lang,
    lines,
  }
  return { frame, widthOverflow: Math.max(0, round2(widest - (width - 2 * CODE_PADDING))) }
}
