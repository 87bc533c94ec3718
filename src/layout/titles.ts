import type { DeckMeta, Inline, Position } from '../model/index.js'
import type { LayoutContext } from './context.js'
import type { PlacedText } from './laid-out.js'
import { linesOf, placeText } from './placed-text.js'
import type { BaseStyle, TextFonts } from './runs.js'

/** Titles never shrink below this share of their theme size. */
const TITLE_MIN_SCALE = 0.7
/** The title slide's title may wrap to this many lines before it shrinks. */
const TITLE_SLIDE_MAX_LINES = 3

const BOLD: BaseStyle = { bold: true, italic: false }
const PLAIN: BaseStyle = { bold: false, italic: false }

function headingFonts(ctx: LayoutContext): TextFonts {
  return { text: ctx.faces.heading, mono: ctx.faces.mono }
}

/**
 * The largest size from `size` down to 70 % of it (1 pt steps) at which the
 * text takes at most `maxLines` lines; the smallest tried if none does.
 */
function sizeForLines(inlines: readonly Inline[], fonts: TextFonts, size: number, width: number, maxLines: number): number | null {
  const floor = Math.ceil(size * TITLE_MIN_SCALE)
  for (let s = size; s >= floor; s--) {
    if (linesOf(inlines, fonts, BOLD, s, width) <= maxLines) return s
  }
  return null
}

/**
 * A content slide's title at the top of the content area. A title longer
 * than one line shrinks (down to 70 %); if it still wraps, it keeps its size
 * and the title box grows to hold its lines, pushing the body down.
 */
export function contentTitle(inlines: Inline[], ctx: LayoutContext): PlacedText {
  const { theme, area } = ctx
  const fonts = headingFonts(ctx)
  const size = sizeForLines(inlines, fonts, theme.sizes.title, area.w, 1) ?? theme.sizes.title
  return placeText(inlines, {
    fonts, base: BOLD, size, lineSpacing: theme.lineSpacing,
    x: area.x, y: area.top, w: area.w, align: 'left', minHeight: theme.titleHeight,
  })
}

/** A section divider's title: left-aligned, centred vertically in the content area. */
export function sectionTitle(inlines: Inline[], ctx: LayoutContext): PlacedText {
  const { theme, area } = ctx
  const fonts = headingFonts(ctx)
  const size = sizeForLines(inlines, fonts, theme.sizes.sectionTitle, area.w, TITLE_SLIDE_MAX_LINES) ?? theme.sizes.sectionTitle
  const placed = placeText(inlines, { fonts, base: BOLD, size, lineSpacing: theme.lineSpacing, x: area.x, y: 0, w: area.w, align: 'left' })
  return moveTo(placed, area.top + (area.bottom - area.top - placed.box.h) / 2)
}

/** The title slide's parts, stacked and centred vertically in the content area. */
export interface TitleParts {
  title: PlacedText
  subtitle: PlacedText | null
  byline: PlacedText | null
}

/**
 * The title slide from front matter: the title (up to three lines, then
 * shrinking to 70 %), the subtitle, and a byline of author, organisation and
 * date, one per line, all centred.
 */
export function titleSlideParts(meta: DeckMeta, position: Position, ctx: LayoutContext): TitleParts {
  const { theme, area } = ctx
  const fonts = headingFonts(ctx)
  const bodyFonts: TextFonts = { text: ctx.faces.body, mono: ctx.faces.mono }
  const titleInlines = textInlines([meta.title], position)
  const titleSize =
    sizeForLines(titleInlines, fonts, theme.sizes.titleSlideTitle, area.w, TITLE_SLIDE_MAX_LINES) ?? Math.ceil(theme.sizes.titleSlideTitle * TITLE_MIN_SCALE)
  const common = { lineSpacing: theme.lineSpacing, x: area.x, y: 0, w: area.w, align: 'center' as const }
  const title = placeText(titleInlines, { ...common, fonts, base: BOLD, size: titleSize })
  const subtitle =
    meta.subtitle === null || meta.subtitle === ''
      ? null
      : placeText(textInlines([meta.subtitle], position), { ...common, fonts: bodyFonts, base: PLAIN, size: theme.sizes.subtitle })
  const bylineLines = [meta.author, meta.organization, meta.date].filter((v): v is string => v !== null && v !== '')
  const byline =
    bylineLines.length === 0
      ? null
      : placeText(textInlines(bylineLines, position), { ...common, fonts: bodyFonts, base: PLAIN, size: Math.round(theme.sizes.body * 0.8) })
  const parts = [title, subtitle, byline].filter((p): p is PlacedText => p !== null)
  const total = parts.reduce((sum, p) => sum + p.box.h, 0) + theme.gap * 2 * (parts.length - 1)
  let y = area.top + (area.bottom - area.top - total) / 2
  const placed = parts.map((part) => {
    const moved = moveTo(part, y)
    y += part.box.h + theme.gap * 2
    return moved
  })
  return {
    title: placed[0] ?? title,
    subtitle: subtitle === null ? null : (placed[1] ?? subtitle),
    byline: byline === null ? null : (placed.at(-1) ?? byline),
  }
}

/** Lines of plain text as inlines, joined by hard breaks. */
function textInlines(lines: readonly string[], position: Position): Inline[] {
  const out: Inline[] = []
  lines.forEach((value, i) => {
    if (i > 0) out.push({ type: 'break', position })
    out.push({ type: 'text', value, position })
  })
  return out
}

function moveTo(placed: PlacedText, y: number): PlacedText {
  return { ...placed, box: { ...placed.box, y: Math.round(y * 100) / 100 } }
}
