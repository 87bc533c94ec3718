import type { Block, FitMode } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { BodySizes, LayoutContext } from './context.js'
import { stackBlocks, type Region, type Stack } from './frames.js'
import { round2, TOLERANCE } from './geometry.js'
import type { FitOutcome, Frame } from './laid-out.js'

/** A body laid out at the size fit settled on. */
export interface FittedBody {
  frames: Frame[]
  fit: FitOutcome
  /** Why the body overflows, for the report; `null` unless `fit.type` is `overflows`. */
  overflowDetail: string | null
  /** Points the body is too tall at the last size tried (0 when it fits): only this, not a too-wide code line, can splitting cure. */
  heightOverflow: number
}

/**
 * The body sizes at a body text size: table and code shrink in proportion
 * (to 0.5 pt), code never below `minCode`.
 */
export function bodySizesAt(theme: Theme, body: number): BodySizes {
  const ratio = body / theme.sizes.body
  const half = (value: number): number => Math.round(value * 2) / 2
  return {
    body,
    table: half(theme.sizes.table * ratio),
    code: Math.max(theme.sizes.minCode, half(theme.sizes.code * ratio)),
  }
}

/**
 * In `split` mode a slide shrinks to at most this share of the body size
 * before it is split instead: a slide that needs more than a modest shrink
 * reads better over two slides at the theme's size than on one in small
 * print. `shrink` mode goes down to `minBody`.
 */
export const SPLIT_SHRINK_FLOOR = 0.85

/**
 * The smallest body size fit tries in a mode: the body size (`none`),
 * `minBody` (`shrink`), or the larger of `minBody` and 85 % of the body size,
 * rounded up to a whole point (`split`).
 */
export function smallestBodySize(theme: Theme, mode: FitMode): number {
  const { body, minBody } = theme.sizes
  if (mode === 'none') return body
  if (mode === 'shrink') return Math.min(body, minBody)
  return Math.min(body, Math.max(minBody, Math.ceil(body * SPLIT_SHRINK_FLOOR)))
}

/** How far a stack sticks out of its region: below it, or (code) to the side. */
function overflowOf(stack: Stack, region: Region): { height: number; width: number } {
  return { height: round2(Math.max(0, stack.required - region.h)), width: stack.widthOverflow }
}

function fits(overflow: { height: number; width: number }): boolean {
  return overflow.height <= TOLERANCE && overflow.width <= TOLERANCE
}

/**
 * Lays out a slide body in its region at the theme's sizes and, if it does
 * not fit and the mode allows (`shrink` and `split`), again 1 pt smaller
 * each time down to `smallestBodySize`. The first size that fits wins; if
 * none does, the body stays at that size and overflows (the caller may then
 * split it: see `layoutContentSlide`).
 */
export function fitBody(blocks: readonly Block[], ctx: LayoutContext, region: Region, mode: FitMode): FittedBody {
  const { sizes } = ctx.theme
  const smallest = smallestBodySize(ctx.theme, mode)
  let stack: Stack | null = null
  let overflow = { height: 0, width: 0 }
  let size = sizes.body
  for (; size >= smallest; size--) {
    stack = stackBlocks(blocks, ctx, bodySizesAt(ctx.theme, size), region)
    overflow = overflowOf(stack, region)
    if (fits(overflow)) break
  }
  size = Math.max(size, smallest)
  if (stack === null) return { frames: [], fit: { type: 'fits' }, overflowDetail: null, heightOverflow: 0 }
  if (fits(overflow)) {
    const fit: FitOutcome = size === sizes.body ? { type: 'fits' } : { type: 'shrunk', from: sizes.body, to: size }
    return { frames: stack.frames, fit, overflowDetail: null, heightOverflow: 0 }
  }
  const parts: string[] = []
  if (overflow.height > TOLERANCE) parts.push(`${overflow.height} pt too tall`)
  if (overflow.width > TOLERANCE) parts.push(`a code line ${overflow.width} pt too wide`)
  return {
    frames: stack.frames,
    fit: { type: 'overflows', overflow: Math.max(overflow.height, overflow.width) },
    overflowDetail: `${parts.join(' and ')} at ${size} pt`,
    heightOverflow: overflow.height,
  }
}
