import type { Element } from 'hast'
import { h } from 'hastscript'
import type { BodyLayout, LaidOutSlide, SectionLayout, TitleLayout } from '../../layout/laid-out.js'
import type { RenderContext, TextFace } from './context.js'
import { frameToHast } from './frames/index.js'
import { notesToHast } from './notes.js'
import { placedTextToHast } from './placed-text.js'
import { dataUrl } from './data-url.js'
import { boxStyle, cssColor } from './units.js'

const HEADING: TextFace = { role: 'heading', weight: 700, style: 'normal' }
const BODY: TextFace = { role: 'body', weight: 400, style: 'normal' }

/**
 * One laid-out slide as a top-level reveal.js `<section>` of exactly
 * 1280 × 720 px, its background colour from the theme by slide kind.
 * `chrome` is the slide's banners, footer and number (see `chromeToHast`).
 */
export function slideToHast(slide: LaidOutSlide, chrome: Element[], ctx: RenderContext): Element {
  const { colors } = ctx.theme
  const background = slide.layout !== 'title' && slide.background?.color != null ? slide.background.color
    : slide.layout === 'title' ? colors.titleSlideBackground
    : slide.layout === 'section' ? colors.sectionBackground
    : ctx.theme.layouts[slide.layout].background
  const own = slide.layout === 'title' ? {} : backgroundProperties(slide, ctx)
  const drawn = slide.layout === 'title' ? titleContent(slide, ctx)
    : slide.layout === 'section' ? sectionContent(slide, ctx)
    : bodyContent(slide, ctx)
  const text = slide.layout === 'title' ? undefined : slide.background?.text
  const content = text === undefined ? drawn : drawn.map((element) => withTitleColor(element, text.title))
  const color = text?.body == null ? '' : `;color:${cssColor(text.body)}`
  return h(
    'section',
    {
      className: ['layar-slide', `layar-kind-${slide.layout}`],
      dataLayout: slide.layout,
      dataBackgroundColor: cssColor(background),
      ...own,
      // Also set here so the slide box is right before reveal.js's CSS or layout runs.
      style: `width:1280px;height:720px;top:0;left:0;padding:0${color}`,
    },
    [...templateDecorations(slide, ctx), ...containedPicture(slide, ctx), ...chrome, ...content, ...notesToHast(slide.notes, ctx)],
  )
}

/** The slide title drawn in the colour layout chose for the slide's own background. */
function withTitleColor(element: Element, color: string): Element {
  const classes = element.properties['className']
  if (!Array.isArray(classes) || !classes.includes('layar-title')) return element
  return { ...element, properties: { ...element.properties, style: `${String(element.properties['style'])};color:${cssColor(color)}` } }
}

/**
 * reveal.js's own attributes for a slide's background picture (the size,
 * position and opacity the layout settled; its colour replaces the theme's above), and its HTML-only attributes (`data-transition`, …).
 */
function backgroundProperties(slide: BodyLayout | SectionLayout, ctx: RenderContext): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const attribute of slide.htmlOnly ?? []) properties[attribute.name] = attribute.value
  const background = slide.background
  if (background === undefined) return properties
  const picture = background.image
  const asset = picture === null ? undefined : ctx.assets[picture.path]
  if (picture === null || asset === undefined || picture.fit === 'contain') return properties
  properties['data-background-image'] = dataUrl(asset, ctx.cache)
  properties['data-background-size'] = picture.fit === 'stretch' ? '100% 100%' : picture.fit
  properties['data-background-position'] = `${round(picture.align.x * 100)}% ${round(picture.align.y * 100)}%`
  properties['data-background-repeat'] = 'no-repeat'
  if (picture.opacity !== 1) properties['data-background-opacity'] = String(picture.opacity)
  return properties
}

/**
 * What the slide's template layout draws (bands and pictures: logos, a full
 * background picture), under everything, where layout placed them; the PPTX
 * gets them from the template's own master and layout.
 */
function templateDecorations(slide: LaidOutSlide, ctx: RenderContext): Element[] {
  return (slide.template?.decorations ?? []).map((decoration) => {
    if (decoration.type === 'band') return h('div', { className: ['layar-abs', 'layar-template-band'], style: `${boxStyle(decoration.box)};background:${cssColor(decoration.color)}` })
    const asset = ctx.assets[decoration.key]
    if (asset === undefined) throw new TypeError(`No image asset for the template picture ${JSON.stringify(decoration.key)}; pass it in assets.`)
    return h('img', { className: ['layar-abs', 'layar-template-picture'], src: dataUrl(asset, ctx.cache), alt: '', style: boxStyle(decoration.box) })
  })
}

/** A `contain` background picture: drawn in its laid-out box under everything, as the PPTX draws it. */
function containedPicture(slide: LaidOutSlide, ctx: RenderContext): Element[] {
  const picture = slide.layout === 'title' ? null : slide.background?.image ?? null
  const asset = picture === null ? undefined : ctx.assets[picture.path]
  if (picture === null || asset === undefined || picture.fit !== 'contain') return []
  const opacity = picture.opacity === 1 ? '' : `;opacity:${picture.opacity}`
  return [h('img', { className: ['layar-abs', 'layar-background'], src: dataUrl(asset, ctx.cache), alt: '', style: `${boxStyle(picture.box)}${opacity}` })]
}

function round(value: number): number {
  return Math.round(value * 100) / 100
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
