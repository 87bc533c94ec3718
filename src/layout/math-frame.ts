import type { MathBlock } from '../model/index.js'
import { round2, roundBox } from './geometry.js'
import type { MathFrame } from './laid-out.js'

/** Space above and below a display formula, in em of its size (about what a paragraph gap gives text). */
export const MATH_MARGIN_EM = 0.25

/**
 * Display math `width` pt wide at `size` pt: as tall as the typeset formula
 * plus a quarter em above and below. A formula wider than the box is set
 * smaller, just enough to fit (like a picture, it is never cut or wrapped).
 */
export function mathFrame(math: MathBlock, size: number, x: number, y: number, width: number): MathFrame {
  const { typeset } = math
  const fontSize = typeset.width * size > width ? Math.floor((width / typeset.width) * 100) / 100 : size
  const h = (typeset.height + typeset.depth + 2 * MATH_MARGIN_EM) * fontSize
  const formula = { w: typeset.width * fontSize, h: (typeset.height + typeset.depth) * fontSize }
  return {
    type: 'math',
    box: roundBox({ x, y, w: width, h }),
    formula: roundBox({ x: x + (width - formula.w) / 2, y: y + MATH_MARGIN_EM * fontSize, ...formula }),
    fontSize: round2(fontSize),
    math,
  }
}
