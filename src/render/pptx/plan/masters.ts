import type { ChromeText, LaidOutDeck, LaidOutSlide } from '../../../layout/laid-out.js'
import { contentAreaOf } from '../../../layout/geometry.js'
import { collapseWhitespace } from '../../../layout/whitespace.js'
import { chromeTextColor } from '../../../theme/contrast.js'
import type { Theme } from '../../../theme/index.js'
import type { ChromeLine } from './master-types.js'
import type { MasterName, MasterPlan, PlanBox, TitlePlaceholder } from './types.js'
import { xmlSafe } from './text-safety.js'

/** The pptxgenjs layout each slide layout uses (untitled body slides use `UNTITLED`, see `masterOfSlide`). */
export const masterOfLayout = {
  title: 'TITLE',
  section: 'SECTION',
  content: 'CONTENT',
  twoColumn: 'TWO_COLUMN',
  image: 'IMAGE',
} as const satisfies { [K in LaidOutSlide['layout']]: MasterName }

/**
 * The pptxgenjs layout of a slide: its layout's, `UNTITLED` for a body slide
 * without a title (a layout without a title placeholder), `COMPARISON` for a
 * titled two-column slide with headed columns.
 */
export function masterOfSlide(slide: LaidOutSlide): MasterName {
  if (slide.layout !== 'title' && slide.layout !== 'section' && slide.title === null) return 'UNTITLED'
  if (slide.layout === 'twoColumn' && hasColumnHeadings(slide)) return 'COMPARISON'
  return masterOfLayout[slide.layout]
}

/** Whether a body slide's columns open with headings (layout marks their text frames). */
export function hasColumnHeadings(slide: LaidOutSlide): boolean {
  return slide.layout !== 'title' && slide.layout !== 'section' && slide.frames.some((frame) => frame.type === 'text' && frame.heading !== undefined)
}

/** The pptxgenjs layouts in definition order (pptxgenjs writes its own empty `DEFAULT` layout before them). */
export const MASTER_ORDER: readonly MasterName[] = ['TITLE', 'SECTION', 'CONTENT', 'TWO_COLUMN', 'IMAGE', 'UNTITLED', 'COMPARISON']

/**
 * The layouts pptxgenjs draws slides on: background, a title placeholder
 * whose default box is the first such slide's title box, and the slide
 * number. Their parts are then replaced by layar's (`layoutsFromDeck`).
 */
export function mastersFromDeck(deck: LaidOutDeck, theme: Theme): MasterPlan[] {
  return MASTER_ORDER.map((name) => ({
    name,
    background: backgroundOf(name, theme),
    title: titlePlaceholder(name, deck, theme),
    slideNumber: {
      box: { ...deck.chrome.slideNumber.box },
      fontSize: deck.chrome.slideNumber.fontSize,
      color: chromeColorOf(name, theme),
      fontFace: theme.fonts.body.office,
      align: deck.chrome.slideNumber.align,
    },
  }))
}

/** The theme's `layouts:` entry of each body master (untitled slides take the content slides' colours). */
const layoutOfMaster = { CONTENT: 'content', TWO_COLUMN: 'twoColumn', IMAGE: 'image', UNTITLED: 'content', COMPARISON: 'twoColumn' } as const

/** The background of the slides of a pptxgenjs layout. */
export function backgroundOf(name: MasterName, theme: Theme): string {
  if (name === 'TITLE') return theme.colors.titleSlideBackground
  if (name === 'SECTION') return theme.colors.sectionBackground
  return theme.layouts[layoutOfMaster[name]].background
}

/** The colour of title text on a master. */
export function titleColorOf(name: MasterName, theme: Theme): string {
  if (name === 'TITLE') return theme.colors.titleSlideText
  if (name === 'SECTION') return theme.colors.sectionText
  return theme.layouts[layoutOfMaster[name]].title
}

/** The title box and style of a pptxgenjs layout: the first such slide's title, else where layout puts titles. */
export function titlePlaceholder(name: MasterName, deck: LaidOutDeck, theme: Theme): TitlePlaceholder {
  const bodyName = name === 'UNTITLED' ? 'CONTENT' : name === 'COMPARISON' ? 'TWO_COLUMN' : name
  const slide = deck.slides.find((candidate) => masterOfLayout[candidate.layout] === bodyName && candidate.title !== null)
  const placed = slide?.title ?? null
  const fallback: PlanBox = {
    x: theme.margins.left,
    // Where layout puts a title: below the banner, the footer band (if on top) and the logo's strip.
    y: contentAreaOf(deck.meta, theme).top,
    w: deck.canvas.width - theme.margins.left - theme.margins.right,
    h: theme.titleHeight,
  }
  return {
    box: placed === null ? fallback : { ...placed.box },
    fontFace: theme.fonts.heading.office,
    fontSize: placed?.fontSize ?? defaultTitleSize(name, theme),
    color: titleColorOf(name, theme),
    align: placed?.align ?? (name === 'TITLE' || name === 'SECTION' ? 'center' : 'left'),
  }
}

function defaultTitleSize(name: MasterName, theme: Theme): number {
  if (name === 'TITLE') return theme.sizes.titleSlideTitle
  if (name === 'SECTION') return theme.sizes.sectionTitle
  return theme.sizes.title
}

/** Footer, organisation and slide-number colour: muted on light slides, the slide's own text colour on dark title/section slides. */
export function chromeColorOf(name: MasterName, theme: Theme): string {
  return chromeTextColor(theme, name === 'TITLE' ? 'title' : name === 'SECTION' ? 'section' : 'body')
}

/** A chrome text (footer, organisation, banner marking) as one unwrapped line. */
export function chromeLine(text: ChromeText, theme: Theme, color: string, bold: boolean): ChromeLine {
  return {
    box: { ...text.box },
    // Collapsed as layout measured it and the HTML shows it.
    text: collapseWhitespace(xmlSafe(text.text), true).text.replace(/ $/, ''),
    fontSize: text.fontSize,
    fontFace: theme.fonts.body.office,
    color,
    bold,
    align: text.align,
  }
}

/** The content area below a title box: from the title's bottom plus the theme's gap to the bottom of the content area. */
export function contentBoxBelow(title: PlanBox, deck: LaidOutDeck, theme: Theme): PlanBox {
  const area = contentAreaOf(deck.meta, theme)
  const y = title.y + title.h + theme.gap
  return { x: area.x, y, w: area.w, h: Math.max(theme.sizes.body, area.bottom - y) }
}
