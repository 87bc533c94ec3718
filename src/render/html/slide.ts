import type { Element } from 'hast'
import { h } from 'hastscript'
import type { BodyLayout, LaidOutSlide, SectionLayout, TitleLayout } from '../../layout/laid-out.js'
import type { RenderContext, TextFace } from './context.js'
import { frameToHast } from './frames/index.js'
import { notesToHast } from './notes.js'
import { placedTextToHast } from './placed-text.js'
import { cssColor } from './units.js'

const HEADING: TextFace = { role: 'heading', weight: 700, style: 'normal' }
const BODY: TextFace = { role: 'body', weight: 400, style: 'normal' }

/**
 * One laid-out slide as a top-level reveal.js `<section>` of exactly
 * 1280 × 720 px, its background colour from the theme by slide kind.
 * `chrome` is the slide's banners, footer and number (see `chromeToHast`).
 */
export function slideToHast(slide: LaidOutSlide, chrome: Element[], ctx: RenderContext): Element {
  const { colors } = ctx.theme
  const background = slide.layout === 'title' ? colors.titleSlideBackground
    : slide.layout === 'section' ? colors.sectionBackground
    : ctx.theme.layouts[slide.layout].background
  const content = slide.layout === 'title' ? titleContent(slide, ctx)
    : slide.layout === 'section' ? sectionContent(slide, ctx)
    : bodyContent(slide, ctx)
  return h(
    'section',
    {
      className: ['layar-slide', `layar-kind-${slide.layout}`],
      dataLayout: slide.layout,
      dataBackgroundColor: cssColor(background),
      // Also set here so the slide box is right before reveal.js's CSS or layout runs.
      style: 'width:1280px;height:720px;top:0;left:0;padding:0',
    },
    [...chrome, ...content, ...notesToHast(slide.notes, ctx)],
  )
}

function titleContent(slide: TitleLayout, ctx: RenderContext): Element[] {
  const parts = [placedTextToHast(slide.title, ctx, { tagName: 'h1', className: 'layar-title', face: HEADING })]
  if (slide.subtitle) {
    parts.push(placedTextToHast(slide.subtitle, ctx, { tagName: 'p', className: 'layar-subtitle', face: BODY }))
  }
  if (slide.byline) {
    parts.push(placedTextToHast(slide.byline, ctx, { tagName: 'p', className: 'layar-byline', face: BODY }))
  }
  return parts
}

function sectionContent(slide: SectionLayout, ctx: RenderContext): Element[] {
  return [placedTextToHast(slide.title, ctx, { tagName: 'h2', className: 'layar-title', face: HEADING })]
}

function bodyContent(slide: BodyLayout, ctx: RenderContext): Element[] {
  const parts: Element[] = []
  if (slide.title) parts.push(placedTextToHast(slide.title, ctx, { tagName: 'h2', className: 'layar-title', face: HEADING }))
  for (const frame of slide.frames) parts.push(frameToHast(frame, ctx))
  return parts
}
