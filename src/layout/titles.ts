import type { DeckMeta, Inline, Position } from '../model/index.js'
import type { LayoutContext } from './context.js'
import type { PlacedText } from './laid-out.js'
import { linesOf, placeText } from './placed-text.js'
import type { BaseStyle, TextFonts } from './runs.js'

/** Titles never shrink below this share of their theme size. */
export const TITLE_MIN_SCALE = 0.7
/** The title slide's title may wrap to this many lines before it shrinks. */
export const TITLE_SLIDE_MAX_LINES = 3

/** Titles are set bold, subtitles and bylines plain. */
export const BOLD: BaseStyle = { bold: true, italic: false }
export const PLAIN: BaseStyle = { bold: false, italic: false }

/** The faces titles are measured in: the theme's heading font, and its mono font for code. */
export function headingFonts(ctx: LayoutContext): TextFonts {
  return { text: ctx.faces.heading, mono: ctx.faces.mono }
}

/**
 * The largest size from `size` down to 70 % of it (1 pt steps) at which the
 * text takes at most `maxLines` lines; the smallest tried if none does.
 */
export function sizeForLines(inlines: readonly Inline[], fonts: TextFonts, size: number, width: number, maxLines: number): number | null {
  const floor = Math.ceil(size * TITLE_MIN_SCALE)
  for (let s = size; s >= floor; s--) {
    if (linesOf(inlines, fonts, BOLD, s, width) <= maxLines) return s
  }
  return null
}

/** A title as placed, and whether it is taller than the room it was given even at the smallest size. */
export interface FittedTitle {
  text: PlacedText
  overflows: boolean
}

/**
 * The largest size from `size` down to the theme's smallest body size at which
 * the text's lines fit `maxHeight`, for titles so long that the usual
 * 70 % floor is not enough; `overflows` when even the smallest does not fit.
 */
export function sizeForHeight(inlines: readonly Inline[], fonts: TextFonts, size: number, width: number, maxHeight: number, ctx: LayoutContext): { size: number; overflows: boolean } {
  const smallest = Math.min(size, ctx.theme.sizes.minBody)
  for (let s = size; s >= smallest; s--) {
    if (linesOf(inlines, fonts, BOLD, s, width) * s * ctx.theme.lineSpacing <= maxHeight) return { size: s, overflows: false }
  }
  return { size: smallest, overflows: true }
}

/** A content title may take at most this share of the content area's height. */
const CONTENT_TITLE_MAX_SHARE = 1 / 3

/**
 * A content slide's title at the top of the content area. A title longer
 * than one line shrinks (down to 70 %); if it still wraps, it keeps its size
 * and the title box grows to hold its lines, pushing the body down, up to a
 * third of the content area; beyond that it shrinks further (to the theme's
 * smallest body size), and `overflows` says when even that is not enough.
 */
export function contentTitle(inlines: Inline[], ctx: LayoutContext): FittedTitle {
  const { theme, area } = ctx
  const fonts = headingFonts(ctx)
  const preferred = sizeForLines(inlines, fonts, theme.sizes.title, area.w, 1) ?? theme.sizes.title
  const { size, overflows } = sizeForHeight(inlines, fonts, preferred, area.w, (area.bottom - area.top) * CONTENT_TITLE_MAX_SHARE, ctx)
  const text = placeText(inlines, {
    fonts, base: BOLD, size, lineSpacing: theme.lineSpacing,
    x: area.x, y: area.top, w: area.w, align: 'left', minHeight: theme.titleHeight,
  })
  return { text, overflows }
}

/**
 * A section divider's title: left-aligned, centred vertically in the content
 * area; a title too long for three lines shrinks until it fits the area.
 */
export function sectionTitle(inlines: Inline[], ctx: LayoutContext): FittedTitle {
  const { theme, area } = ctx
  const fonts = headingFonts(ctx)
  const room = area.bottom - area.top
  const preferred = sizeForLines(inlines, fonts, theme.sizes.sectionTitle, area.w, TITLE_SLIDE_MAX_LINES) ?? Math.ceil(theme.sizes.sectionTitle * TITLE_MIN_SCALE)
  const { size, overflows } = sizeForHeight(inlines, fonts, preferred, area.w, room, ctx)
  const placed = placeText(inlines, { fonts, base: BOLD, size, lineSpacing: theme.lineSpacing, x: area.x, y: 0, w: area.w, align: 'left' })
  // An overflowing title starts at the top of the area rather than above the slide.
  return { text: moveTo(placed, area.top + Math.max(0, (room - placed.box.h) / 2)), overflows }
}

/** The title slide's parts, stacked and centred vertically in the content area. */
export interface TitleParts {
  title: PlacedText
  subtitle: PlacedText | null
  byline: PlacedText | null
  /** The parts are taller than the content area even with the title at the smallest size. */
  overflows: boolean
}

/**
 * The title slide from front matter: the title (up to three lines, then
 * shrinking to 70 %), the subtitle, and a byline of authors, affiliations,
 * organisation and date, one per line, all centred.
 */
export function titleSlideParts(meta: DeckMeta, position: Position, ctx: LayoutContext): TitleParts {
  const { theme, area } = ctx
  const fonts = headingFonts(ctx)
  const bodyFonts: TextFonts = { text: ctx.faces.body, mono: ctx.faces.mono }
  const titleInlines = textInlines([meta.title], position)
  const common = { lineSpacing: theme.lineSpacing, x: area.x, y: 0, w: area.w, align: 'center' as const }
  const subtitle =
    meta.subtitle === null || meta.subtitle === ''
      ? null
      : placeText(textInlines([meta.subtitle], position), { ...common, fonts: bodyFonts, base: PLAIN, size: theme.sizes.subtitle })
  const affiliations = meta.affiliations.length === 0 ? null : meta.affiliations.join('; ')
  const bylineLines = [meta.author, affiliations, meta.organization, meta.date].filter((v): v is string => v !== null && v !== '')
  const byline =
    bylineLines.length === 0
      ? null
      : placeText(textInlines(bylineLines, position), { ...common, fonts: bodyFonts, base: PLAIN, size: Math.round(theme.sizes.body * 0.8) })
  const others = [subtitle, byline].filter((p): p is PlacedText => p !== null)
  const gaps = theme.gap * 2 * others.length
  const titleRoom = area.bottom - area.top - gaps - others.reduce((sum, p) => sum + p.box.h, 0)
  const preferred =
    sizeForLines(titleInlines, fonts, theme.sizes.titleSlideTitle, area.w, TITLE_SLIDE_MAX_LINES) ?? Math.ceil(theme.sizes.titleSlideTitle * TITLE_MIN_SCALE)
  const { size: titleSize, overflows } = sizeForHeight(titleInlines, fonts, preferred, area.w, titleRoom, ctx)
  const title = placeText(titleInlines, { ...common, fonts, base: BOLD, size: titleSize })
  const parts = [title, ...others]
  const total = parts.reduce((sum, p) => sum + p.box.h, 0) + gaps
  let y = area.top + Math.max(0, (area.bottom - area.top - total) / 2)
  const placed = parts.map((part) => {
    const moved = moveTo(part, y)
    y += part.box.h + theme.gap * 2
    return moved
  })
  return {
    title: placed[0] ?? title,
    subtitle: subtitle === null ? null : (placed[1] ?? subtitle),
    byline: byline === null ? null : (placed.at(-1) ?? byline),
    overflows,
  }
}

/** Lines of plain text as inlines, joined by hard breaks. */
export function textInlines(lines: readonly string[], position: Position): Inline[] {
  const out: Inline[] = []
  lines.forEach((value, i) => {
    if (i > 0) out.push({ type: 'break', position })
    out.push({ type: 'text', value, position })
  })
  return out
}

/** `placed` with its box moved to `y` (rounded to 0.01 pt). */
export function moveTo(placed: PlacedText, y: number): PlacedText {
  return { ...placed, box: { ...placed.box, y: Math.round(y * 100) / 100 } }
}
