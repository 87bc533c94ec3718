import type { LaidOutDeck } from '../../../layout/laid-out.js'
import { contentAreaOf } from '../../../layout/geometry.js'
import { CAPTION_SCALE } from '../../../layout/image-frame.js'
import type { Theme } from '../../../theme/index.js'
import type { LayoutPlan, LayoutType, PlaceholderPlan, PlaceholderText } from './master-types.js'
import type { MasterName, PlanBox } from './types.js'
import { backgroundOf, chromeColorOf, chromeLine, contentBoxBelow, hasColumnHeadings, titlePlaceholder } from './masters.js'
import { footerPlaceholders } from './slide-master.js'

/**
 * The slide layouts of the package, named and typed as PowerPoint names them,
 * in part order: first the ones pptxgenjs draws slides on (its empty
 * `DEFAULT` first, then `MASTER_ORDER`: image slides use Picture with
 * Caption, slides with headed columns Comparison), then Title Only, which no
 * slide of a layar deck uses but a user may pick. Each has
 * its placeholders at the boxes layout measured (the first such slide's
 * title, the content area below it), the date, footer and slide-number
 * placeholders, and the organisation in its chrome colour.
 */
export function layoutsFromDeck(deck: LaidOutDeck, theme: Theme): LayoutPlan[] {
  const layout = (source: MasterName | 'DEFAULT' | null, name: string, type: LayoutType, bodies: (ctx: LayoutContext) => PlaceholderPlan[]): LayoutPlan => {
    const master: MasterName = source === null || source === 'DEFAULT' ? 'CONTENT' : source
    const title = titlePlaceholder(master, deck, theme)
    const context: LayoutContext = { deck, theme, master, title: title.box }
    const organization = deck.chrome.organization
    return {
      source,
      name,
      type,
      background: backgroundOf(master, theme),
      placeholders: [...bodies(context), ...footerPlaceholders(deck, theme, master)],
      shapes: organization === null ? [] : [chromeLine(organization, theme, chromeColorOf(master, theme), false)],
    }
  }
  return [
    layout('DEFAULT', 'Blank', 'blank', () => []),
    layout('TITLE', 'Title Slide', 'title', (c) => [titleOf(c, 'ctrTitle'), subtitleOf(c)]),
    layout('SECTION', 'Section Header', 'secHead', (c) => [titleOf(c, 'title'), body(c, 'body', 1, contentBoxBelow(c.title, deck, theme), sectionText(c))]),
    layout('CONTENT', 'Title and Content', 'obj', (c) => [titleOf(c, 'title'), body(c, 'obj', 1, contentBoxBelow(c.title, deck, theme))]),
    layout('TWO_COLUMN', 'Two Content', 'twoObj', (c) => [titleOf(c, 'title'), ...halves(contentBoxBelow(c.title, deck, theme), theme.gap).map((box, i) => body(c, 'obj', i + 1, box))]),
    layout('IMAGE', 'Picture with Caption', 'picTx', pictureWithCaption),
    layout('UNTITLED', 'Content', 'objOnly', (c) => [body(c, 'obj', 1, contentArea(deck, theme))]),
    layout('COMPARISON', 'Comparison', 'twoTxTwoObj', comparison),
    layout(null, 'Title Only', 'titleOnly', (c) => [titleOf(c, 'title')]),
  ]
}

interface LayoutContext {
  deck: LaidOutDeck
  theme: Theme
  master: MasterName
  title: PlanBox
}

function contentArea(deck: LaidOutDeck, theme: Theme): PlanBox {
  const area = contentAreaOf(deck.meta, theme)
  return { x: area.x, y: area.top, w: area.w, h: area.bottom - area.top }
}

/** Two columns side by side with `gap` between, as layout places a columns block of two. */
function halves(box: PlanBox, gap: number): [PlanBox, PlanBox] {
  const w = (box.w - gap) / 2
  return [{ ...box, w }, { ...box, x: box.x + w + gap, w }]
}

function titleOf({ deck, theme, master }: LayoutContext, type: 'title' | 'ctrTitle'): PlaceholderPlan {
  const title = titlePlaceholder(master, deck, theme)
  const text: PlaceholderText = { fontFace: title.fontFace, fontSize: title.fontSize, color: title.color, bold: true, align: title.align, anchor: 'middle' }
  return { type, idx: null, name: 'Title 1', box: { ...title.box }, text }
}

function body(_context: LayoutContext, type: PlaceholderPlan['type'], idx: number, box: PlanBox, text: PlaceholderText | null = null): PlaceholderPlan {
  const name = type === 'obj' ? 'Content Placeholder' : type === 'pic' ? 'Picture Placeholder' : 'Text Placeholder'
  return { type, idx, name: `${name} ${idx + 1}`, box: { ...box }, text }
}

function sectionText({ theme }: LayoutContext): PlaceholderText {
  return { fontFace: theme.fonts.body.office, fontSize: theme.sizes.subtitle, color: theme.colors.sectionText, bold: false, align: 'left', anchor: 'top' }
}

/** The title slide's subtitle placeholder: the first title slide's subtitle box, else two subtitle lines below the title. */
function subtitleOf({ deck, theme, title }: LayoutContext): PlaceholderPlan {
  const slide = deck.slides.find((candidate) => candidate.layout === 'title' && candidate.subtitle !== null)
  const placed = slide?.layout === 'title' ? slide.subtitle : null
  const box = placed?.box ?? { x: title.x, y: title.y + title.h + theme.gap, w: title.w, h: 2 * theme.sizes.subtitle * theme.lineSpacing }
  const text: PlaceholderText = { fontFace: theme.fonts.body.office, fontSize: placed?.fontSize ?? theme.sizes.subtitle, color: theme.colors.titleSlideText, bold: false, align: 'center', anchor: 'middle' }
  return { type: 'subTitle', idx: 1, name: 'Subtitle 2', box: { ...box }, text }
}

/**
 * Comparison: a heading above each of two columns of content, where layout
 * put the first headed columns' headings and text (see `TextFrame.heading`),
 * else two columns of the content area with a line of bold body text on top.
 */
function comparison(context: LayoutContext): PlaceholderPlan[] {
  const { deck, theme } = context
  const area = contentBoxBelow(context.title, deck, theme)
  const bottom = area.y + area.h
  const measured = deck.slides.find((slide) => slide.layout === 'twoColumn' && slide.title !== null && hasColumnHeadings(slide))
  const headed = (measured?.layout === 'twoColumn' ? measured.frames : []).flatMap((frame) =>
    frame.type === 'text' && frame.heading !== undefined ? [{ x: frame.box.x, y: frame.box.y, w: frame.box.w, heading: frame.heading.height }] : [],
  )
  const fallback = theme.sizes.body * theme.lineSpacing + theme.paragraphSpacing * theme.sizes.body
  const columns = headed.length === 2 ? headed.sort((a, b) => a.x - b.x) : halves(area, theme.gap).map((column) => ({ ...column, heading: fallback }))
  const headingText: PlaceholderText = { fontFace: theme.fonts.body.office, fontSize: theme.sizes.body, color: theme.colors.text, bold: true, align: 'left', anchor: 'top' }
  return [
    titleOf(context, 'title'),
    ...columns.flatMap((column, i) => {
      const y = column.y + column.heading
      return [
        body(context, 'body', 2 * i + 1, { x: column.x, y: column.y, w: column.w, h: column.heading }, headingText),
        body(context, 'obj', 2 * i + 2, { x: column.x, y, w: column.w, h: Math.max(theme.sizes.body, bottom - y) }),
      ]
    }),
  ]
}

/**
 * Picture with Caption: the picture over the content area, its caption in a
 * band of two caption lines below, centred in the muted colour at the size
 * layout gives captions (the first image slide's, else the body size scaled as
 * layout scales it), as image slides draw them.
 */
function pictureWithCaption(context: LayoutContext): PlaceholderPlan[] {
  const { deck, theme } = context
  const area = contentBoxBelow(context.title, deck, theme)
  const placed = deck.slides.flatMap((slide) => (slide.layout === 'image' ? slide.frames : [])).find((frame) => frame.type === 'image' && frame.caption !== null)
  const size = placed?.type === 'image' && placed.caption !== null ? placed.caption.fontSize : theme.sizes.body * CAPTION_SCALE
  const caption = 2 * size * theme.lineSpacing
  const picture = { ...area, h: Math.max(theme.sizes.body, area.h - caption - theme.gap / 2) }
  const text: PlaceholderText = { fontFace: theme.fonts.body.office, fontSize: size, color: theme.colors.muted, bold: false, align: 'center', anchor: 'top' }
  return [
    titleOf(context, 'title'),
    body(context, 'pic', 1, picture),
    body(context, 'body', 2, { ...area, y: picture.y + picture.h + theme.gap / 2, h: caption }, text),
  ]
}
