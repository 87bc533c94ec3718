import type { VFile } from 'vfile'
import { createBudget, report } from '../diagnostics/index.js'
import { withTemplateLayouts } from './template-layout.js'
import { inlineText, type Deck, type ImageAssets } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import { chromeOf } from './chrome.js'
import { themeFaces, type LayoutContext } from './context.js'
import { layoutContentSlide, titleOf } from './content-slide.js'
import { CANVAS, contentAreaOf } from './geometry.js'
import type { Chrome, LaidOutDeck, LaidOutSlide } from './laid-out.js'
import { slideBanners } from './slide-classification.js'
import { backgroundOf, styleExtras } from './slide-style.js'
import { sectionTitle, titleSlideParts, type TitleParts } from './titles.js'
import { templateSectionTitle, templateTitleSlideParts } from './template-titles.js'
import { createLayoutCache, type LayoutCache } from './layout-cache.js'
import { layoutSlidesCached, type SlideLayoutCache } from './slide-cache.js'

export type * from './laid-out.js'
export { highlightCode } from './highlight.js'
export { THEME_LOGO_KEY } from './geometry.js'
export { knownWidths, measuredWidthCount, MEASUREMENT_REVISION, seedWidths, type WidthTable } from './font-metrics.js'
export { createLayoutCache, type LayoutCache } from './layout-cache.js'
export { createSlideLayoutCache, type SlideLayoutCache } from './slide-cache.js'

/** Options of `layoutDeck`. */
export interface LayoutOptions {
  /**
   * Report every shrink, split and overflow as an error rather than a
   * warning (`layar build --strict`, for authors who fix fit by hand).
   * Default `false`.
   */
  strict?: boolean
  /** Faces, widths and measured text kept between builds (see `LayoutCache`); default: a fresh one, used by this build only. */
  cache?: LayoutCache
  /** This deck's laid-out slides from its last layout, reused where a slide's input is unchanged (see `SlideLayoutCache`); default none. */
  slides?: SlideLayoutCache | null
}

/**
 * Lays out a deck for both renderers: measures every text with the theme's
 * real font metrics, places titles, text, tables, images and code on the
 * 960 × 540 pt canvas, and makes each body fit as `meta.fit` allows: shrink
 * the text down to the theme's `minBody`, then (`split`, the default) cut
 * the slide into continuation slides (see `layoutContentSlide`). So the
 * laid-out deck can hold more slides than the parsed one. What it had to do
 * is reported on `file`: `fit-shrunk`, `fit-split` and `fit-overflow`
 * warnings (errors with `strict`) at the slide's position, and
 * `chrome-too-long` at the front matter for a footer, organisation or
 * classification that cannot fit its place even shrunk.
 *
 * @param deck the parsed deck
 * @param theme the validated theme
 * @param assets the images the deck uses, keyed by `Image.path`
 * @param file the content file, for diagnostics
 * @param options see `LayoutOptions`; default `{ strict: false }`
 * @throws TypeError if a theme font package is not installed
 */
export function layoutDeck(deck: Deck, theme: Theme, assets: ImageAssets, file: VFile, options: LayoutOptions = {}): LaidOutDeck {
  const cache = options.cache ?? createLayoutCache()
  const ctx: LayoutContext = { theme, faces: themeFaces(theme, cache), assets, area: contentAreaOf(deck.meta, theme), cache }
  const reporting = { file, strict: options.strict ?? false }
  // Past the slide budget (reported once, an error) the remaining slides are not laid out.
  const budget = createBudget(file)
  const slides: LaidOutSlide[] = []
  layoutSlidesCached(
    options.slides ?? null,
    deck,
    { theme, assets, strict: reporting.strict, file },
    (slide) => {
      // Measured paragraphs are kept for one slide (fit measures them at several sizes): kept for the whole deck, they outlived layout (see LayoutCache.prepared).
      cache.prepared = new WeakMap()
      return withTemplateLayouts(layoutSlide(slide), theme, assets)
    },
    (slide, laid) => {
      slides.push(...laid)
      return budget.spend('slides', laid.length, slide.position)
    },
    cache.drawnAs,
  )
  return { meta: deck.meta, canvas: { ...CANVAS }, chrome: fittedChrome(deck, ctx, reporting), slides }

  /** The title slide's parts: in the template's title layout placeholders when it has a title and a subtitle (or body) box. */
  function titleParts(position: Deck['slides'][number]['position']): TitleParts {
    const layout = theme.template?.layouts.title
    const title = layout?.titleText ?? null
    const subtitle = layout?.bodies[0]?.text ?? null
    if (title === null || subtitle === null) return titleSlideParts(deck.meta, position, ctx)
    return templateTitleSlideParts(deck.meta, position, ctx, title, subtitle)
  }

  function layoutSlide(slide: Deck['slides'][number]): LaidOutSlide[] {
    switch (slide.type) {
      case 'title': {
        const { overflows, ...parts } = titleParts(slide.position)
        if (overflows) titleOf({ text: parts.title, overflows }, deck.meta.title, slide.position, reporting)
        return [{ layout: 'title', ...parts, notes: slide.notes, position: slide.position }]
      }
      case 'section': {
        const templateTitle = theme.template?.layouts.section.titleText ?? null
        const fitted = templateTitle === null ? sectionTitle(slide.title, ctx) : templateSectionTitle(slide.title, ctx, templateTitle)
        const title = titleOf(fitted, inlineText(slide.title), slide.position, reporting)
        const colors = { title: theme.colors.sectionText, body: null, chrome: theme.colors.sectionText }
        const extras = {
          ...styleExtras(slide.style, backgroundOf(slide.style, colors, ctx, deck.meta, file, slide.position)),
          ...slideBanners(slide.style, deck.meta, ctx, file, slide.position),
        }
        return [{ layout: 'section', title, notes: slide.notes, ...extras, position: slide.position }]
      }
      case 'content':
        return layoutContentSlide(slide, deck.meta, ctx, reporting)
    }
  }
}

const PART_NAMES = { banner: 'classification banner', footer: 'footer', organization: 'organization' } as const

/** The chrome, with a `chrome-too-long` report (at the front matter, i.e. the title slide) for each text that cannot fit. */
function fittedChrome(deck: Deck, ctx: LayoutContext, reporting: { file: VFile; strict: boolean }): Chrome {
  const { chrome, overflows } = chromeOf(deck.meta, ctx.theme, ctx.faces, ctx.assets)
  const position = deck.slides.find((slide) => slide.type === 'title')?.position ?? deck.slides[0]?.position
  for (const overflow of overflows) {
    const params = { part: PART_NAMES[overflow.part], text: overflow.text, size: overflow.fontSize }
    const message = report(reporting.file, 'chrome-too-long', params, position ?? FILE_START)
    if (reporting.strict) message.fatal = true
  }
  return chrome
}

const FILE_START = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
