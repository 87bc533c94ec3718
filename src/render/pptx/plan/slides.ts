import type { BodyLayout, ChromeText, LaidOutSlide, PlacedText, SectionLayout, TitleLayout } from '../../../layout/laid-out.js'
import type { ImageAssets } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { ChromeLine, LayoutPlan } from './master-types.js'
import type { MasterName, ShapePlan, SlidePlan, SlideTitle } from './types.js'
import { shapesFromFrame } from './frames.js'
import { collapseWhitespace } from '../../../layout/whitespace.js'
import { xmlSafe } from './text-safety.js'
import { pictureMime } from './image-frame.js'
import { backgroundOf, chromeColorOf, masterOfLayout, masterOfSlide, titleColorOf } from './masters.js'
import { notesToParagraphs } from './notes.js'
import { bodyPlaceholders } from './slide-placeholders.js'
import { paragraphFromPlacedText, shapeFromPlacedText } from './placed-text.js'
import { slideBannerShapes } from './slide-banners.js'

/** What every slide's plan needs besides its slide. */
export interface SlideContext {
  theme: Theme
  assets: ImageAssets
  /** The layouts layar writes (`layoutsFromDeck`): which placeholders a slide's layout has. */
  layouts: readonly LayoutPlan[]
  /** The deck's footer (`null` for none), in the content slides' colour. */
  footer: ChromeLine | null
}

/** The plan of one laid-out slide. */
export function slideToPlan(slide: LaidOutSlide, context: SlideContext): SlidePlan {
  switch (slide.layout) {
    case 'title':
      return titleSlide(slide, context)
    case 'section':
      return sectionSlide(slide, context)
    default:
      return bodySlide(slide, context)
  }
}

function slideTitle(placed: PlacedText, master: MasterName, theme: Theme, type: SlideTitle['type'] = 'title', color = titleColorOf(master, theme)): SlideTitle {
  const style = { fontFace: theme.fonts.heading.office, color, bold: true, italic: false }
  return { type, box: { ...placed.box }, paragraph: paragraphFromPlacedText(placed, style, theme) }
}

/** The footer in the colour of the slide's kind (the slide's own text colour on title and section slides). */
function footerOf(master: MasterName, context: SlideContext): ChromeLine | null {
  return context.footer === null ? null : { ...context.footer, box: { ...context.footer.box }, color: chromeColorOf(master, context.theme) }
}

/** A slide's own footer (Quarto's `::: footer`) in the deck footer's place and colour. */
function ownFooter(footer: ChromeText, master: MasterName, theme: Theme): ChromeLine {
  const text = collapseWhitespace(xmlSafe(footer.text), true).text.replace(/ $/, '')
  return { box: { ...footer.box }, text, fontFace: theme.fonts.body.office, fontSize: footer.fontSize, color: chromeColorOf(master, theme), bold: false, align: footer.align }
}

function titleSlide(slide: TitleLayout, context: SlideContext): SlidePlan {
  const { theme } = context
  const master = masterOfLayout.title
  const style = { fontFace: theme.fonts.body.office, color: theme.colors.titleSlideText, bold: false, italic: false }
  const shapes: ShapePlan[] = []
  if (slide.subtitle !== null) shapes.push({ ...shapeFromPlacedText('Subtitle', slide.subtitle, style, 'middle', theme), placeholder: { type: 'subTitle', idx: 1, autofit: false } })
  if (slide.byline !== null) shapes.push(shapeFromPlacedText('Byline', slide.byline, style, 'middle', theme))
  return { master, title: slideTitle(slide.title, master, theme, 'ctrTitle'), footer: footerOf(master, context), shapes, notes: notesToParagraphs(slide.notes) }
}

function sectionSlide(slide: SectionLayout, context: SlideContext): SlidePlan {
  const master = masterOfLayout.section
  const chrome = slide.background?.text?.chrome
  return {
    master,
    title: slideTitle(slide.title, master, context.theme, 'title', slide.background?.text?.title),
    footer: recolored(footerOf(master, context), chrome),
    shapes: slideBannerShapes(slide, context.theme),
    notes: notesToParagraphs(slide.notes),
    ...backgroundPlan(slide, context.assets),
    ...(chrome === undefined || chrome === chromeColorOf(master, context.theme) ? {} : { chromeColor: chrome }),
  }
}

/** The footer in the colour the slide's own background needs (`SlideBackground.text.chrome`), if it needs one. */
function recolored(footer: ChromeLine | null, color: string | undefined): ChromeLine | null {
  return footer === null || color === undefined ? footer : { ...footer, color }
}

function bodySlide(slide: BodyLayout, context: SlideContext): SlidePlan {
  const { theme, assets } = context
  const master = masterOfSlide(slide)
  const text = slide.background?.text
  // On a slide whose own background needs other text colours, its frames draw body text in the colour layout chose.
  const frameTheme = text?.body == null ? theme : { ...theme, colors: { ...theme.colors, text: text.body } }
  const drawn = slide.frames.map((frame, index) => {
    // A callout keeps the theme's text colour: it is drawn on its own light fill.
    const shapes = shapesFromFrame(frame, { theme: frame.type === 'callout' ? theme : frameTheme, assets, number: index + 1 })
    const { step, fragment } = frame
    if (step === undefined) return { frame, shapes }
    return { frame, shapes: shapes.map((shape): ShapePlan => (fragment === undefined ? { ...shape, step } : { ...shape, step, fragment })) }
  })
  const layout = context.layouts.find((candidate) => candidate.source === master)
  if (layout === undefined) throw new Error(`pptx plan: no layout for ${master}.`)
  // An untitled slide uses the content slides' layout background; its own kind's colour, where it differs, is its own background.
  const own = backgroundOf(masterOfLayout[slide.layout], theme)
  const kindBackground: Pick<SlidePlan, 'background'> = own === layout.background ? {} : { background: { type: 'color', color: own } }
  return {
    master,
    title: slide.title === null ? null : slideTitle(slide.title, master, theme, 'title', text?.title),
    footer: recolored(slide.footer === undefined ? footerOf(master, context) : ownFooter(slide.footer, master, theme), text?.chrome),
    shapes: [...bodyPlaceholders(drawn, layout, slide.fit.type !== 'overflows'), ...slideBannerShapes(slide, theme)],
    notes: notesToParagraphs(slide.notes),
    ...kindBackground,
    ...backgroundPlan(slide, assets),
    ...(text === undefined || text.chrome === chromeColorOf(master, theme) ? {} : { chromeColor: text.chrome }),
  }
}

/**
 * The slide's own background, when its heading set one: the picture if there
 * is one (PowerPoint fills a background with one thing), else the colour.
 */
function backgroundPlan(slide: BodyLayout | SectionLayout, assets: ImageAssets): Pick<SlidePlan, 'background'> {
  const background = slide.background
  if (background === undefined) return {}
  const picture = background.image
  const asset = picture === null ? undefined : assets[picture.path]
  const transparency = picture === null ? 0 : Math.round((1 - picture.opacity) * 100)
  if (picture !== null && asset !== undefined && picture.fit === 'contain') {
    return { background: { type: 'picture', color: background.color, box: { ...picture.box }, path: picture.path, mime: pictureMime(asset), transparency } }
  }
  if (picture !== null && asset !== undefined) {
    const { box } = picture
    const fraction = (value: number, of: number): number => Math.round((value / of) * 100000) / 100000
    const crop = {
      l: fraction(-box.x, box.w),
      t: fraction(-box.y, box.h),
      r: fraction(box.x + box.w - CANVAS_WIDTH, box.w),
      b: fraction(box.y + box.h - CANVAS_HEIGHT, box.h),
    }
    return { background: { type: 'image', path: picture.path, mime: pictureMime(asset), crop, transparency } }
  }
  return background.color === null ? {} : { background: { type: 'color', color: background.color } }
}

const CANVAS_WIDTH = 960
const CANVAS_HEIGHT = 540
