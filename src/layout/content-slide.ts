import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import { inlineText, type Block, type ContentSlide, type DeckMeta, type FitMode, type Position } from '../model/index.js'
import type { LayoutContext } from './context.js'
import { continuationSuffix, continuationTitle } from './continuation.js'
import { bodySizesAt, fitBody, smallestBodySize, type FittedBody } from './fit.js'
import { TOLERANCE } from './geometry.js'
import type { Region } from './frames.js'
import type { BodyLayout, Frame, PlacedText } from './laid-out.js'
import { withBuilds } from './builds.js'
import { slideBanners } from './slide-classification.js'
import { backgroundOf, smallerContext, styleExtras } from './slide-style.js'
import { splitBlocks } from './split-body.js'
import { contentTitle, type FittedTitle } from './titles.js'
import { footnoteFrame, regionAboveNotes, slideFootnotes } from './footnotes.js'
import { asideFrame, regionAboveAside, slideAsideOf, slideFooterOf } from './slide-furniture.js'

/** How fit problems are reported. */
export interface FitReporting {
  file: VFile
  /** Every shrink, split and overflow becomes an error (`layar build --strict`). */
  strict: boolean
}

/**
 * Lays out a content slide, in one or more parts. In this order:
 * 1. the body fits at the theme's sizes;
 * 2. it fits when its text shrinks, 1 pt at a time: down to `minBody` with
 *    `shrink`; with `split` only down to 85 % of the body size (never below
 *    `minBody`), see `smallestBodySize`;
 * 3. (`split`) it is cut into continuation slides at the theme's full body
 *    size, not at the shrunk one: a slide that needs small print reads
 *    better at the normal size over more slides. A part that still
 *    overflows (an uncuttable piece) shrinks on its own, down to `minBody`.
 * Later parts carry the title with a localised suffix and no notes (the
 * notes stay on the first part: the model keeps notes per slide, not per
 * block). Columns are never cut: a columns block moves or shrinks whole,
 * and a slide that cannot be split (one uncuttable piece, or a code line too
 * wide) shrinks down to `minBody` as in `shrink` mode.
 *
 * Every shrink, split and overflow is reported at the slide's position.
 */
export function layoutContentSlide(slide: ContentSlide, meta: DeckMeta, themeCtx: LayoutContext, reporting: FitReporting): BodyLayout[] {
  const ctx = slide.style?.smaller === true ? smallerContext(themeCtx) : themeCtx
  const name = slide.title === null ? '(untitled)' : inlineText(slide.title)
  const title = slide.title === null ? null : titleOf(contentTitle(slide.title, ctx), name, slide.position, reporting)
  const notes = slideFootnotes(slide.footnotes ?? [], ctx, ctx.area.w)
  const fullRegion = regionBelow(title, ctx)
  const aside = slideAsideOf(slide, ctx, ctx.area.w)
  const region = regionAboveAside(regionAboveNotes(fullRegion, notes), aside)
  // The body's frames with their click-by-click builds (a continuation shows its first on entry), then the footnotes and the aside, always shown.
  const withNotes = (blocks: readonly Block[], fitted: FittedBody, below: Region, continued = false): FittedBody => {
    const frames = withBuilds(fitted.frames, { incremental: meta.incremental, continued })
    const added = [footnoteFrame(notes, slide.title, blocks, ctx, below), asideFrame(aside, ctx, regionAboveNotes(below, notes))].filter((frame) => frame !== null)
    return { ...fitted, frames: [...frames, ...added] }
  }
  const body = fitBody(slide.blocks, ctx, region, meta.fit)
  const layout = layoutName(slide.blocks)
  const colors = { title: ctx.theme.layouts[layout].title, body: ctx.theme.colors.text, chrome: ctx.theme.colors.muted }
  const footer = slideFooterOf(slide, meta, ctx, reporting.file)
  const extras = {
    ...styleExtras(slide.style, backgroundOf(slide.style, colors, ctx, meta, reporting.file, slide.position)),
    ...slideBanners(slide.style, meta, ctx, reporting.file, slide.position),
    ...(footer === undefined ? {} : { footer }),
  }
  const single = (fitted: FittedBody): BodyLayout[] => {
    reportBody(fitted, name, meta.fit, slide.position, reporting)
    reportClamped(fitted.frames, reporting)
    return [{ ...bodyLayout(slide.blocks, title, withNotes(slide.blocks, fitted, fullRegion), slide), ...extras }]
  }
  if (meta.fit !== 'split' || body.fit.type !== 'overflows') return single(body)
  // Splitting cannot cure a code line too wide, nor a body that is one uncuttable piece: shrink to `minBody` instead.
  if (body.heightOverflow <= TOLERANCE) return single(fitBody(slide.blocks, ctx, region, 'shrink'))
  const suffix = continuationSuffix(meta.lang)
  const nextTitle = slide.title === null ? null : contentTitle(continuationTitle(slide.title, meta.lang), ctx).text
  const nextFullRegion = regionBelow(nextTitle, ctx)
  const nextRegion = regionAboveAside(regionAboveNotes(nextFullRegion, notes), aside)
  const size = ctx.theme.sizes.body
  const parts = splitBlocks(slide.blocks, ctx, bodySizesAt(ctx.theme, size), { first: region, rest: nextRegion })
  if (parts.length < 2) return single(fitBody(slide.blocks, ctx, region, 'shrink'))
  const floor = smallestBodySize(ctx.theme, 'split')
  emit(reporting, () => report(reporting.file, 'fit-split', { title: name, floor, size, count: parts.length, suffix, strict: reporting.strict }, slide.position))
  return parts.map((blocks, i) => {
    const fitted = fitBody(blocks, ctx, i === 0 ? region : nextRegion, 'shrink')
    reportBody(fitted, i === 0 ? name : `${name} ${suffix}`, 'split', slide.position, reporting)
    reportClamped(fitted.frames, reporting)
    const part = bodyLayout(blocks, i === 0 ? title : nextTitle, withNotes(blocks, fitted, i === 0 ? fullRegion : nextFullRegion, i > 0), slide)
    return { ...part, notes: i === 0 ? slide.notes : [], ...extras, continuation: { part: i + 1, of: parts.length } }
  })
}

/** The placed title, reporting a title too long for its room even at the smallest size. */
export function titleOf(fitted: FittedTitle, name: string, position: Position, reporting: FitReporting): PlacedText {
  if (fitted.overflows) {
    emit(reporting, () => report(reporting.file, 'title-too-long', { title: name, size: fitted.text.fontSize }, position))
  }
  return fitted.text
}

/** The body region under a title (or from the top of the content area without one). */
function regionBelow(title: PlacedText | null, ctx: LayoutContext): Region {
  const { area, theme } = ctx
  const top = title === null ? area.top : title.box.y + title.box.h + theme.gap
  return { x: area.x, y: top, w: area.w, h: area.bottom - top }
}

function bodyLayout(blocks: readonly Block[], title: PlacedText | null, body: FittedBody, slide: ContentSlide): BodyLayout {
  return { layout: layoutName(blocks), title, frames: body.frames, fit: body.fit, notes: slide.notes, position: slide.position }
}

function layoutName(blocks: readonly Block[]): BodyLayout['layout'] {
  if (blocks.some((block) => block.type === 'columns')) return 'twoColumn'
  if (blocks.length === 1 && blocks[0]?.type === 'image') return 'image'
  return 'content'
}

function reportBody(body: FittedBody, title: string, mode: FitMode, position: Position, reporting: FitReporting): void {
  const { file } = reporting
  if (body.fit.type === 'shrunk') {
    const { from, to } = body.fit
    emit(reporting, () => report(file, 'fit-shrunk', { title, from, to, strict: reporting.strict }, position))
  } else if (body.fit.type === 'overflows') {
    const detail = body.overflowDetail ?? `${body.fit.overflow} pt too tall`
    emit(reporting, () => report(file, 'fit-overflow', { title, detail, mode }, position))
  }
}

/** Reports each image whose asked-for size did not fit its room, at the image. */
function reportClamped(frames: readonly Frame[], reporting: FitReporting): void {
  for (const frame of frames) {
    if ((frame.type !== 'image' && frame.type !== 'image-placeholder') || frame.clamped === undefined) continue
    const { clamped, box } = frame
    const asked = `${Math.round(clamped.w)} × ${Math.round(clamped.h)}`
    const shown = `${Math.round(box.w)} × ${Math.round(box.h)}`
    emit(reporting, () => report(reporting.file, 'image-size-clamped', { asked, shown }, frame.image.position))
  }
}

/** Reports through `send`; in strict mode the message becomes an error (fatal), whatever the catalog's severity. */
function emit(reporting: FitReporting, send: () => ReturnType<VFile['message']>): void {
  const message = send()
  if (reporting.strict) message.fatal = true
}
