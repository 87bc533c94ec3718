import type { Element } from 'hast'
import type { MathFrame } from '../../../layout/laid-out.js'
import { mathFrameToHast } from '../math.js'
import { px } from '../units.js'

/** Display math, centred in its frame. */
export function math(frame: MathFrame): Element {
  return mathFrameToHast(frame, px(frame.fontSize))
}
