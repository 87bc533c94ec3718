import type { Block, Paragraph } from '../model/index.js'
import type { BodySizes, LayoutContext } from './context.js'
import { stackBlocks, type Region } from './frames.js'
import { TOLERANCE } from './geometry.js'
import { keptTail, lonelyLine } from './keep-together.js'
import { cutsOf, type Cut } from './split-blocks.js'

/**
 * A coarser boundary wins over a finer one when the slide it ends is at
 * least this full: a paragraph moves whole to the next slide rather than
 * being cut between sentences, unless that would leave this slide more than
 * half empty.
 */
const MIN_FILL = 0.5

/** Where the parts of a split slide go: the first under the slide's own title, the rest under the continuation title. */
export interface SplitRegions {
  first: Region
  rest: Region
}

/**
 * Cuts a slide body into parts that each fit their region at `sizes`,
 * filling each part greedily and cutting at the best boundary (see `RANK`).
 * Every part holds something, so this always ends; a piece that cannot be
 * cut and does not fit an empty slide (an image, columns, one list item, a
 * very long sentence) gets a part of its own, for fit to shrink.
 *
 * @returns the parts, in order; together they hold every block's content once
 */
export function splitBlocks(blocks: readonly Block[], ctx: LayoutContext, sizes: BodySizes, regions: SplitRegions): Block[][] {
  const parts: Block[][] = []
  let rest: Block[] = [...blocks]
  while (rest.length > 0) {
    const { head, tail } = takeFitting(rest, ctx, sizes, parts.length === 0 ? regions.first : regions.rest)
    parts.push(head)
    rest = tail
  }
  return parts
}

interface Option {
  rank: number
  head: Block[]
  tail: Block[]
  fill: number
  /** False for a cut that breaks a rule (a part ending with a heading or lead-in, a lonely line), taken only when nothing else fits. */
  ok: boolean
}

/**
 * The first `k` blocks as a part, less any heading or lead-in at its end
 * (they move on with what they introduce); all `k` when only such blocks
 * are there (a part must hold something).
 */
function wholeBlocksOption(blocks: readonly Block[], k: number, fill: (head: readonly Block[]) => number | null): Option {
  const before = blocks.slice(0, k)
  const head = before.slice(0, k - keptTail(before, blocks[k]))
  if (head.length === 0) return { rank: 0, head: before, tail: blocks.slice(k), fill: fill(before) ?? 0, ok: false }
  return { rank: 0, head, tail: blocks.slice(head.length), fill: fill(head) ?? 0, ok: true }
}

type Found = { cut: Cut; head: Block; fill: number; index: number }

/**
 * `found`, or the nearest earlier sentence cut of the same paragraph that
 * leaves at least two lines on both sides; `null` when there is none.
 */
function withoutLonelyLine(
  pool: readonly Cut[],
  found: Found,
  fill: (head: Block) => number | null,
  ctx: LayoutContext,
  sizes: BodySizes,
  region: Region,
): Found | null {
  for (let index = found.index; index >= 0; index--) {
    const cut = pool[index] as Cut
    const head = index === found.index ? found.head : cut.head()
    const lonely = lonelyLine(head as Paragraph, cut.tail() as Paragraph, ctx, sizes.body, region.w)
    if (lonely === 'orphan') return null
    if (lonely === null) return { cut, head, fill: index === found.index ? found.fill : (fill(head) ?? 0), index }
  }
  return null
}

/** The most of `blocks` that fits `region`, cut at the best boundary, and what is left. */
function takeFitting(blocks: readonly Block[], ctx: LayoutContext, sizes: BodySizes, region: Region): { head: Block[]; tail: Block[] } {
  const fill = (head: readonly Block[]): number | null => {
    const required = stackBlocks(head, ctx, sizes, region).required
    return required <= region.h + TOLERANCE ? required / Math.max(1, region.h) : null
  }
  // Whole blocks while they fit. A block is measured whole only once its cuts
  // all fit, so a huge block costs about one slide of measuring, not its length.
  let k = 0
  let cuts: Cut[] = []
  let firstMisfit = 0
  for (; k < blocks.length; k++) {
    const block = blocks[k] as Block
    const before = blocks.slice(0, k)
    ;({ cuts, firstMisfit } = cutsToMisfit(block, ctx, (head) => fill([...before, head]) !== null))
    if (firstMisfit < cuts.length || fill([...before, block]) === null) break
  }
  const block = blocks[k]
  if (block === undefined) return { head: [...blocks], tail: [] }
  const before = blocks.slice(0, k)
  const after = blocks.slice(k + 1)
  // Only cuts before the first that fails can fit.
  const candidates = cuts.slice(0, firstMisfit)
  const options: Option[] = []
  if (k > 0) options.push(wholeBlocksOption(blocks, k, fill))
  for (const rank of [...new Set(candidates.map((cut) => cut.rank))].sort((a, b) => a - b)) {
    const pool = candidates.filter((cut) => cut.rank <= rank)
    const found = bestCut(pool, (head) => fill([...before, head]))
    if (!found) continue
    // A sentence cut that leaves one line on either side moves back a sentence, or is a last resort.
    const settled = block.type === 'paragraph' ? withoutLonelyLine(pool, found, (head) => fill([...before, head]), ctx, sizes, region) : found
    const chosen = settled ?? found
    options.push({ rank, head: [...before, chosen.head], tail: [chosen.cut.tail(), ...after], fill: chosen.fill, ok: settled !== null })
  }
  const chosen =
    options.find((option) => option.ok && option.fill >= MIN_FILL) ?? options.filter((option) => option.ok).at(-1) ?? options.at(-1)
  if (chosen) return { head: chosen.head, tail: chosen.tail }
  // Nothing fits even on an empty slide: take the smallest piece there is.
  const first = cuts[0]
  if (first) return { head: [first.head()], tail: [first.tail(), ...after] }
  return { head: [block], tail: after }
}

/** How many cuts `cutsToMisfit` asks for first; a slide rarely holds more list items, rows or code lines. */
const FIRST_CUTS = 64

/**
 * The first cuts of `block`, enough to hold the first that fails to `fit`
 * (all of them when none does), and that one's index (`cuts.length` if
 * none). Asks for 64 cuts, then four times as many while all fit, so a slide
 * costs about its own cuts, not the whole rest of a long list or code block.
 */
function cutsToMisfit(block: Block, ctx: LayoutContext, fits: (head: Block) => boolean): { cuts: Cut[]; firstMisfit: number } {
  if (block.type === 'columns') return { cuts: [], firstMisfit: 0 }
  for (let limit = FIRST_CUTS; ; limit *= 4) {
    const cuts = cutsOf(block, ctx.cache, limit)
    const firstMisfit = gallop(cuts.length, (i) => fits((cuts[i] as Cut).head()))
    if (firstMisfit < cuts.length || cuts.length < limit) return { cuts, firstMisfit }
  }
}

/**
 * The first index in `0 … count` at which `fits` fails (`count` if it never
 * does), for a `fits` that holds up to some index and fails after it:
 * probes 0, 1, 3, 7, … then bisects, so the cost follows the answer, not `count`.
 */
function gallop(count: number, fits: (i: number) => boolean): number {
  let ok = -1
  let step = 1
  let bad = count
  while (ok + step < count) {
    const i = ok + step
    if (!fits(i)) {
      bad = i
      break
    }
    ok = i
    step *= 2
  }
  while (bad - ok > 1) {
    const mid = Math.floor((ok + bad) / 2)
    if (fits(mid)) ok = mid
    else bad = mid
  }
  return bad
}

/** The cut with the largest head that still fits, by binary search over cuts in source order. */
function bestCut(
  cuts: readonly Cut[],
  fill: (head: Block) => number | null,
): Found | null {
  let best: Found | null = null
  let lo = 0
  let hi = cuts.length - 1
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2)
    const cut = cuts[mid]
    if (!cut) break
    const head = cut.head()
    const value = fill(head)
    if (value === null) hi = mid - 1
    else {
      best = { cut, head, fill: value, index: mid }
      lo = mid + 1
    }
  }
  return best
}
