import type { DeckMeta, Inline, Position } from '../model/index.js'
import type { TemplateTextBox } from '../theme/index.js'
import type { LayoutContext } from './context.js'
import { CANVAS, round2 } from './geometry.js'
import type { Box, PlacedText } from './laid-out.js'
import { placeText } from './placed-text.js'
import type { TextFonts } from './runs.js'
import {
  BOLD,
  headingFonts,
  moveTo,
  PLAIN,
  sizeForHeight,
  sizeForLines,
  textInlines,
  TITLE_MIN_SCALE,
  TITLE_SLIDE_MAX_LINES,
  type FittedTitle,
  type TitleParts,
} from './titles.js'

/** Subtitle and byline shrink in these steps, down to this share, when the template's subtitle box cannot hold them. */
const STACK_STEP = 0.05
const STACK_MIN_SCALE = 0.6

/**
 * The room a template placeholder leaves for text on a slide: its box inside
 * its insets, kept inside the slide and between the top and bottom of the
 * content area (clear of banners and the footer band). A box that leaves no
 * room there stands as the content area's height.
 */
export function templateTextRoom(text: TemplateTextBox, ctx: LayoutContext): Box {
  const { box, insets } = text
  const x = Math.max(0, box.x + insets.left)
  const right = Math.min(CANVAS.width, box.x + box.w - insets.right)
  const top = Math.max(ctx.area.top, box.y + insets.top)
  const bottom = Math.min(ctx.area.bottom, box.y + box.h - insets.bottom)
  const w = right - x > 1 ? right - x : ctx.area.w
  return bottom - top > 1 ? { x: round2(x), y: round2(top), w: round2(w), h: round2(bottom - top) } : { x: round2(x), y: ctx.area.top, w: round2(w), h: ctx.area.bottom - ctx.area.top }
}

/** Where content `height` tall starts in `room` anchored as the placeholder says (at the top when it is taller than the room). */
function anchoredY(room: Box, height: number, anchor: TemplateTextBox['anchor']): number {
  const free = room.h - height
  if (free <= 0 || anchor === 'top') return room.y
  return anchor === 'middle' ? room.y + free / 2 : room.y + free
}

/**
 * A section divider's title in the template's section layout title
 * placeholder: aligned and anchored as the placeholder is, up to three
 * lines before it shrinks, then shrinking until it fits the placeholder.
 */
export function templateSectionTitle(inlines: Inline[], ctx: LayoutContext, text: TemplateTextBox): FittedTitle {
  const room = templateTextRoom(text, ctx)
  const fonts = headingFonts(ctx)
  const wanted = ctx.theme.sizes.sectionTitle
  const preferred = sizeForLines(inlines, fonts, wanted, room.w, TITLE_SLIDE_MAX_LINES) ?? Math.ceil(wanted * TITLE_MIN_SCALE)
  const { size, overflows } = sizeForHeight(inlines, fonts, preferred, room.w, room.h, ctx)
  const placed = placeText(inlines, { fonts, base: BOLD, size, lineSpacing: ctx.theme.lineSpacing, x: room.x, y: 0, w: room.w, align: text.align })
  return { text: moveTo(placed, anchoredY(room, placed.box.h, text.anchor)), overflows }
}

/**
 * The title slide on the template's title layout: the title in its title
 * placeholder (`ctrTitle`), the subtitle and the byline stacked in its
 * subtitle placeholder, as pandoc fills them, each aligned and anchored as
 * its placeholder is. The title shrinks as on layar's own title slide;
 * subtitle and byline shrink together (down to 60 %) when the subtitle
 * placeholder cannot hold them.
 *
 * @param title where the title goes
 * @param subtitle where the subtitle and byline go
 */
export function templateTitleSlideParts(meta: DeckMeta, position: Position, ctx: LayoutContext, title: TemplateTextBox, subtitle: TemplateTextBox): TitleParts {
  const { theme } = ctx
  const titleRoom = templateTextRoom(title, ctx)
  const fonts = headingFonts(ctx)
  const titleInlines = textInlines([meta.title], position)
  const preferred = sizeForLines(titleInlines, fonts, theme.sizes.titleSlideTitle, titleRoom.w, TITLE_SLIDE_MAX_LINES) ?? Math.ceil(theme.sizes.titleSlideTitle * TITLE_MIN_SCALE)
  const fitted = sizeForHeight(titleInlines, fonts, preferred, titleRoom.w, titleRoom.h, ctx)
  const placedTitle = placeText(titleInlines, { fonts, base: BOLD, size: fitted.size, lineSpacing: theme.lineSpacing, x: titleRoom.x, y: 0, w: titleRoom.w, align: title.align })
  const stack = subtitleStack(meta, position, ctx, subtitle)
  return { title: moveTo(placedTitle, anchoredY(titleRoom, placedTitle.box.h, title.anchor)), ...stack, overflows: fitted.overflows }
}

/** Subtitle and byline in the subtitle placeholder, at the largest share of their sizes (from 100 % down to 60 %) that fits. */
function subtitleStack(meta: DeckMeta, position: Position, ctx: LayoutContext, text: TemplateTextBox): Pick<TitleParts, 'subtitle' | 'byline'> {
  const { theme } = ctx
  const room = templateTextRoom(text, ctx)
  const bodyFonts: TextFonts = { text: ctx.faces.body, mono: ctx.faces.mono }
  const affiliations = meta.affiliations.length === 0 ? null : meta.affiliations.join('; ')
  const bylineLines = [meta.author, affiliations, meta.organization, meta.date].filter((v): v is string => v !== null && v !== '')
  const common = { fonts: bodyFonts, base: PLAIN, lineSpacing: theme.lineSpacing, x: room.x, y: 0, w: room.w, align: text.align }
  const place = (scale: number): { subtitle: PlacedText | null; byline: PlacedText | null; height: number } => {
    const subtitle = meta.subtitle === null || meta.subtitle === '' ? null : placeText(textInlines([meta.subtitle], position), { ...common, size: Math.round(theme.sizes.subtitle * scale) })
    const byline = bylineLines.length === 0 ? null : placeText(textInlines(bylineLines, position), { ...common, size: Math.round(theme.sizes.body * 0.8 * scale) })
    const gap = subtitle !== null && byline !== null ? theme.gap : 0
    return { subtitle, byline, height: (subtitle?.box.h ?? 0) + gap + (byline?.box.h ?? 0) }
  }
  let scale = 1
  let stack = place(scale)
  while (stack.height > room.h && scale - STACK_STEP >= STACK_MIN_SCALE - 1e-9) {
    scale -= STACK_STEP
    stack = place(scale)
  }
  const y = anchoredY(room, stack.height, text.anchor)
  const subtitle = stack.subtitle === null ? null : moveTo(stack.subtitle, y)
  const byline = stack.byline === null ? null : moveTo(stack.byline, y + stack.height - stack.byline.box.h)
  return { subtitle, byline }
}
