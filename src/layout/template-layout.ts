import type { ImageAssets } from '../model/index.js'
import type { TemplateSlideKindName, Theme } from '../theme/index.js'
import type { LaidOutSlide, SlideTemplate } from './laid-out.js'

/**
 * Which of the template's layouts a laid-out slide is built on (by its kind:
 * a content slide without a title is `untitled`), and what that layout draws
 * under it, pictures only where their bytes are an image layar can show.
 * Slides are returned as they are when the theme has no template.
 */
export function withTemplateLayouts(slides: LaidOutSlide[], theme: Theme, assets: ImageAssets): LaidOutSlide[] {
  const template = theme.template
  if (template === undefined) return slides
  return slides.map((slide) => {
    const kind: TemplateSlideKindName = slide.layout !== 'title' && slide.layout !== 'section' && slide.title === null ? 'untitled' : slide.layout
    const layout = template.layouts[kind]
    const decorations = layout.decorations
      .filter((decoration) => decoration.type === 'band' || assets[decoration.key] !== undefined)
      .map((decoration) => ({ ...decoration, box: { ...decoration.box } }))
    const placed: SlideTemplate = { kind, layout: layout.name, decorations }
    return { ...slide, template: placed }
  })
}
