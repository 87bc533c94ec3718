import type { BodyLayout, LaidOutSlide, PlacedText, SectionLayout, TitleLayout } from '../../../layout/laid-out.js'
import type { ImageAssets } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { MasterName, ShapePlan, SlidePlan, SlideTitle } from './types.js'
import { shapesFromFrame } from './frames.js'
import { pictureMime } from './image-frame.js'
import { masterOfLayout, titleColorOf } from './masters.js'
import { notesToParagraphs } from './notes.js'
import { paragraphFromPlacedText, shapeFromPlacedText } from './placed-text.js'

/** The plan of one laid-out slide. */
export function slideToPlan(slide: LaidOutSlide, theme: Theme, assets: ImageAssets): SlidePlan {
  switch (slide.layout) {
    case 'title':
      return titleSlide(slide, theme)
    case 'section':
      return sectionSlide(slide, theme, assets)
    default:
      return bodySlide(slide, theme, assets)
  }
}

function slideTitle(placed: PlacedText, master: MasterName, theme: Theme): SlideTitle {
  const style = { fontFace: theme.fonts.heading.office, color: titleColorOf(master, theme), bold: true, italic: false }
  return { box: { ...placed.box }, paragraph: paragraphFromPlacedText(placed, style, theme) }
}

function titleSlide(slide: TitleLayout, theme: Theme): SlidePlan {
  const master = masterOfLayout.title
  const style = { fontFace: theme.fonts.body.office, color: theme.colors.titleSlideText, bold: false, italic: false }
  const shapes: ShapePlan[] = []
  if (slide.subtitle !== null) shapes.push(shapeFromPlacedText('Subtitle', slide.subtitle, style, 'middle', theme))
  if (slide.byline !== null) shapes.push(shapeFromPlacedText('Byline', slide.byline, style, 'middle', theme))
  return { master, title: slideTitle(slide.title, master, theme), shapes, notes: notesToParagraphs(slide.notes) }
}

function sectionSlide(slide: SectionLayout, theme: Theme, assets: ImageAssets): SlidePlan {
  const master = masterOfLayout.section
  return { master, title: slideTitle(slide.title, master, theme), shapes: [], notes: notesToParagraphs(slide.notes), ...backgroundPlan(slide, assets) }
}

function bodySlide(slide: BodyLayout, theme: Theme, assets: ImageAssets): SlidePlan {
  const master = masterOfLayout[slide.layout]
  const shapes = slide.frames.flatMap((frame, index) => shapesFromFrame(frame, { theme, assets, number: index + 1 }))
  return {
    master,
    title: slide.title === null ? null : slideTitle(slide.title, master, theme),
    shapes,
    notes: notesToParagraphs(slide.notes),
    ...backgroundPlan(slide, assets),
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
