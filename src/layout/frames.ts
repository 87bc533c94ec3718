import type { Block, Columns, FlowBlock, FragmentStyle, Image } from '../model/index.js'
import type { BodySizes, LayoutContext } from './context.js'
import { calloutFrame } from './callout-frame.js'
import { codeFrame } from './code-frame.js'
import { hasHeadedColumns } from './column-heading.js'
import { fitTextFrame } from './fit-text.js'
import { round2, roundBox } from './geometry.js'
import { captionFor, imageFrame, MIN_IMAGE_HEIGHT, wantedSize } from './image-frame.js'
import type { Frame, PlacedText, TextFrame } from './laid-out.js'
import { mathFrame } from './math-frame.js'
import { tableFrame, tableFrameHeight } from './table-frame.js'
import { textBlocksHeight, textMetrics, type TextBlock } from './text-frame.js'
import { mathLineMetrics } from './math-lines.js'

/** The frames of a stack of blocks and how much room they needed. */
export interface Stack {
  frames: Frame[]
  /** Height the frames take as placed. */
  height: number
  /** Least height the blocks need (images at their smallest readable size). */
  required: number
  /** Points by which the widest code line is too wide; 0 if none is. */
  widthOverflow: number
}

/** A box to stack blocks in: top-left corner, width and the height available. */
export interface Region {
  x: number
  y: number
  w: number
  h: number
}

/** A stack unit with its blocks' pause step and fragment style (see `Block`). */
type Unit = UnitBody & { step: number; fragment?: FragmentStyle }

type UnitBody =
  | { type: 'fixed'; place: (y: number) => { frames: Frame[]; height: number; widthOverflow: number } }
  | { type: 'image'; image: Image }
  | { type: 'columns'; columns: Columns }

/**
 * Groups blocks into stack units: runs of text blocks become one text frame.
 * `headed`: the first block is the column's heading (see `hasHeadedColumns`),
 * which its text frame records.
 */
function unitsOf(blocks: readonly Block[], ctx: LayoutContext, sizes: BodySizes, region: Region, headed: boolean): Unit[] {
  const units: Unit[] = []
  let text: TextBlock[] = []
  let textStep: Pick<Unit, 'step' | 'fragment'> = { step: 0 }
  const flushText = (): void => {
    if (text.length === 0) return
    const group = text
    const heading = headed && units.length === 0 && group[0] === blocks[0]
    units.push({ type: 'fixed', ...textStep, place: (y) => placeTextFrame(group, ctx, sizes.body, region, y, heading) })
    text = []
  }
  for (const block of blocks) {
    const step: Pick<Unit, 'step' | 'fragment'> = block.fragment === undefined ? { step: block.step ?? 0 } : { step: block.step ?? 0, fragment: block.fragment }
    // A pause ends a text frame: what follows it appears as its own frame.
    if (step.step !== textStep.step || step.fragment !== textStep.fragment) flushText()
    textStep = step
    if (block.type === 'paragraph' && block.fitText === true) {
      flushText()
      units.push({ type: 'fixed', ...step, place: (y) => single(fitTextFrame(block, ctx, sizes.body, region, y)) })
      continue
    }
    if (block.type === 'paragraph' || block.type === 'list' || block.type === 'blockquote' || block.type === 'definitionList') {
      text.push(block)
      continue
    }
    flushText()
    if (block.type === 'image') units.push({ type: 'image', ...step, image: block })
    else if (block.type === 'columns') units.push({ type: 'columns', ...step, columns: block })
    else if (block.type === 'math') units.push({ type: 'fixed', ...step, place: (y) => single(mathFrame(block, sizes.body, region.x, y, region.w)) })
    else if (block.type === 'table') {
      units.push({
        type: 'fixed',
        ...step,
        place: (y) => {
          const frame = tableFrame(block, ctx.faces, ctx.theme, sizes.table, region.x, y, region.w)
          return { frames: [frame], height: tableFrameHeight(frame), widthOverflow: 0 }
        },
      })
    } else if (block.type === 'callout') {
      units.push({ type: 'fixed', ...step, place: (y) => single(calloutFrame(block, ctx.faces, ctx.theme, sizes.body, region.x, y, region.w)) })
    } else {
      units.push({
        ...step,
        type: 'fixed',
        place: (y) => {
          const placed = codeFrame(block, ctx.faces, ctx.theme, sizes.code, region.x, y, region.w)
          return { frames: [placed.frame], height: placed.frame.box.h, widthOverflow: placed.widthOverflow }
        },
      })
    }
  }
  flushText()
  return units
}

function single(frame: Frame): { frames: Frame[]; height: number; widthOverflow: number } {
  return { frames: [frame], height: frame.box.h, widthOverflow: 0 }
}

function placeTextFrame(blocks: TextBlock[], ctx: LayoutContext, size: number, region: Region, y: number, heading: boolean): { frames: Frame[]; height: number; widthOverflow: number } {
  const metrics = textMetrics(ctx.theme, size)
  const height = textBlocksHeight(blocks, ctx.faces, metrics, region.w)
  const first = blocks[0]
  const frame: TextFrame = {
    type: 'text',
    box: roundBox({ x: region.x, y, w: region.w, h: height }),
    fontSize: size,
    lineHeight: round2(metrics.lineHeight),
    paragraphSpacing: round2(metrics.paragraphSpacing),
    listIndent: metrics.listIndent,
    blocks,
    ...mathLineMetrics(blocks, ctx.faces.body.regular),
    ...(heading && first !== undefined ? { heading: { height: round2(textBlocksHeight([first], ctx.faces, metrics, region.w)) } } : {}),
  }
  return single(frame)
}

/**
 * Stacks blocks top-down in a region with the theme's gap between frames.
 * Text, tables and code take the height they measure; images and columns
 * share what is left (an image never grows past its natural size, and
 * counts at least `MIN_IMAGE_HEIGHT` towards what the stack requires).
 */
export function stackBlocks(blocks: readonly Block[], ctx: LayoutContext, sizes: BodySizes, region: Region, headed = false): Stack {
  const { gap } = ctx.theme
  const units = unitsOf(blocks, ctx, sizes, region, headed)
  // Measure the fixed units once at y = 0 to learn what room the flexible ones get.
  const fixedHeights = units.map((unit) => (unit.type === 'fixed' ? unit.place(0).height : 0))
  const captions = units.map((unit) => (unit.type === 'image' ? captionFor(unit.image, ctx.faces, ctx.theme, sizes.body, region.x, region.w) : null))
  const captionRoom = captions.reduce((sum, c) => sum + (c === null ? 0 : c.box.h + gap / 2), 0)
  const flexible = units.filter((unit) => unit.type !== 'fixed').length
  const fixed = fixedHeights.reduce((a, b) => a + b, 0) + captionRoom + gap * Math.max(0, units.length - 1)
  const share = flexible === 0 ? 0 : Math.max(0, region.h - fixed) / flexible
  const frames: Frame[] = []
  let y = region.y
  let required = fixed
  let widthOverflow = 0
  units.forEach((unit, i) => {
    if (i > 0) y += gap
    const placed = placeUnit(unit, captions[i] ?? null, ctx, sizes, { x: region.x, y, w: region.w, h: share }, region)
    const build = unit.fragment === undefined ? { step: unit.step } : { step: unit.step, fragment: unit.fragment }
    frames.push(...(unit.step > 0 ? placed.frames.map((frame) => ({ ...frame, ...build })) : placed.frames))
    y += placed.height
    required += placed.required
    widthOverflow = Math.max(widthOverflow, placed.widthOverflow)
  })
  return { frames, height: y - region.y, required, widthOverflow }
}

function placeUnit(unit: Unit, caption: PlacedText | null, ctx: LayoutContext, sizes: BodySizes, box: Region, whole: Region): Stack {
  switch (unit.type) {
    case 'fixed': {
      const placed = unit.place(box.y)
      return { frames: placed.frames, height: placed.height, required: 0, widthOverflow: placed.widthOverflow }
    }
    case 'image': {
      const room = { w: whole.w, h: whole.h, em: sizes.body }
      const asked = wantedSize(unit.image, ctx.assets, room)
      const wanted = asked.h * Math.min(1, box.w / asked.w)
      const frame = imageFrame(unit.image, ctx, caption, box, ctx.theme.gap / 2, room)
      const captionHeight = caption === null ? 0 : caption.box.h + ctx.theme.gap / 2
      return { frames: [frame], height: frame.box.h + captionHeight, required: Math.min(wanted, MIN_IMAGE_HEIGHT), widthOverflow: 0 }
    }
    case 'columns':
      return placeColumns(unit.columns, ctx, sizes, box)
  }
}

/**
 * Columns side by side with the theme's gap between, each stacked on its own:
 * a column with a `width` gets that share of the room, the others share the
 * rest equally (shares adding up to more than the room are scaled down).
 */
function placeColumns(columns: Columns, ctx: LayoutContext, sizes: BodySizes, box: Region): Stack {
  const { gap } = ctx.theme
  const count = Math.max(1, columns.children.length)
  const room = box.w - gap * (count - 1)
  const widths = columnWidths(columns, room)
  const headed = hasHeadedColumns(columns)
  let x = box.x
  const stacks = columns.children.map((column, i) => {
    const w = widths[i] ?? 0
    const stack = stackBlocks(column.children satisfies FlowBlock[], ctx, sizes, { x, y: box.y, w, h: box.h }, headed)
    x += w + gap
    return stack
  })
  return {
    frames: stacks.flatMap((s) => s.frames),
    height: Math.max(0, ...stacks.map((s) => s.height)),
    required: Math.max(0, ...stacks.map((s) => s.required)),
    widthOverflow: Math.max(0, ...stacks.map((s) => s.widthOverflow)),
  }
}

/** Each column's width in points, from its share (see `placeColumns`). */
function columnWidths(columns: Columns, room: number): number[] {
  const given = columns.children.reduce((sum, column) => sum + (column.width ?? 0), 0)
  const open = columns.children.filter((column) => column.width === undefined).length
  const scale = given > 1 || (open === 0 && given > 0) ? 1 / given : 1
  const left = open === 0 ? 0 : Math.max(0, 1 - given * scale) / open
  return columns.children.map((column) => room * (column.width === undefined ? left : column.width * scale))
}
