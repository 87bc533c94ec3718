import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import { inlineText, type ContentSlide, type Deck, type ImageAssets } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import { themeFaces, type LayoutContext } from './context.js'
import { fitBody } from './fit.js'
import { CANVAS, chromeOf, contentAreaOf } from './geometry.js'
import type { BodyLayout, LaidOutDeck, LaidOutSlide } from './laid-out.js'
import { contentTitle, sectionTitle, titleSlideParts } from './titles.js'

export type * from './laid-out.js'
export { highlightCode } from './highlight.js'

/**
 * Lays out a deck for both renderers: measures every text with the theme's
 * real font metrics, places titles, text, tables, images and code on the
 * 960 × 540 pt canvas, and makes each body fit by shrinking its text within
 * the theme's bounds (`meta.fit`). What it had to do is reported on `file`:
 * `fit-shrunk` and `fit-overflow` warnings at the slide's position.
 *
 * @param deck the parsed deck
 * @param theme the validated theme
 * @param assets the images the deck uses, keyed by `Image.path`
 * @param file the content file, for diagnostics
 * @throws TypeError if a theme font package is not installed
 */
export function layoutDeck(deck: Deck, theme: Theme, assets: ImageAssets, file: VFile): LaidOutDeck {
  const ctx: LayoutContext = { theme, faces: themeFaces(theme), assets, area: contentAreaOf(deck.meta, theme) }
  const slides = deck.slides.map((slide): LaidOutSlide => {
    switch (slide.type) {
      case 'title':
        return { layout: 'title', ...titleSlideParts(deck.meta, slide.position, ctx), notes: slide.notes, position: slide.position }
      case 'section':
        return { layout: 'section', title: sectionTitle(slide.title, ctx), notes: slide.notes, position: slide.position }
      case 'content':
        return layoutContentSlide(slide, deck, ctx, file)
    }
  })
  return { meta: deck.meta, canvas: { ...CANVAS }, chrome: chromeOf(deck.meta, theme), slides }
}

function layoutContentSlide(slide: ContentSlide, deck: Deck, ctx: LayoutContext, file: VFile): BodyLayout {
  const { area, theme } = ctx
  const title = slide.title === null ? null : contentTitle(slide.title, ctx)
  const top = title === null ? area.top : title.box.y + title.box.h + theme.gap
  const region = { x: area.x, y: top, w: area.w, h: area.bottom - top }
  const body = fitBody(slide.blocks, ctx, region, deck.meta.fit)
  const name = slide.title === null ? '(untitled)' : inlineText(slide.title)
  if (body.fit.type === 'shrunk') {
    report(file, 'fit-shrunk', { title: name, from: body.fit.from, to: body.fit.to }, slide.position)
  } else if (body.fit.type === 'overflows') {
    report(file, 'fit-overflow', { title: name, detail: body.overflowDetail ?? `${body.fit.overflow} pt too tall` }, slide.position)
  }
  return {
    layout: layoutName(slide),
    title,
    frames: body.frames,
    fit: body.fit,
    notes: slide.notes,
    position: slide.position,
  }
}

function layoutName(slide: ContentSlide): BodyLayout['layout'] {
  if (slide.blocks.some((block) => block.type === 'columns')) return 'twoColumn'
  if (slide.blocks.length === 1 && slide.blocks[0]?.type === 'image') return 'image'
  return 'content'
}
