import type { BodyLayout, LaidOutSlide, PlacedText, SectionLayout, TitleLayout } from '../../../layout/laid-out.js'
import type { ImageAssets } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { MasterName, ShapePlan, SlidePlan, SlideTitle } from './types.js'
import { shapesFromFrame } from './frames.js'
import { masterOfLayout, titleColorOf } from './masters.js'
import { notesToParagraphs } from './notes.js'
import { paragraphFromPlacedText, shapeFromPlacedText } from './placed-text.js'

/** The plan of one laid-out slide. */
export function slideToPlan(slide: LaidOutSlide, theme: Theme, assets: ImageAssets): SlidePlan {
  switch (slide.layout) {
    case 'title':
      return titleSlide(slide, theme)
    case 'section':
      return sectionSlide(slide, theme)
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

function sectionSlide(slide: SectionLayout, theme: Theme): SlidePlan {
  const master = masterOfLayout.section
  return { master, title: slideTitle(slide.title, master, theme), shapes: [], notes: notesToParagraphs(slide.notes) }
}

function bodySlide(slide: BodyLayout, theme: Theme, assets: ImageAssets): SlidePlan {
  const master = masterOfLayout[slide.layout]
  const shapes = slide.frames.flatMap((frame, index) => shapesFromFrame(frame, { theme, assets, number: index + 1 }))
  return {
    master,
    title: slide.title === null ? null : slideTitle(slide.title, master, theme),
    shapes,
    notes: notesToParagraphs(slide.notes),
  }
}
