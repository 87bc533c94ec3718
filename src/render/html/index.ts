import { toHtml } from 'hast-util-to-html'
import type { LaidOutDeck } from '../../layout/laid-out.js'
import { createLayoutCache, type LayoutCache } from '../../layout/layout-cache.js'
import type { ImageAssets } from '../../model/index.js'
import type { Theme } from '../../theme/index.js'
import { chromeToHast } from './chrome.js'
import type { RenderContext } from './context.js'
import { markTextDirection } from './direction.js'
import { documentToHast } from './document.js'
import { fontFacesCss } from './fonts.js'
import { createHtmlCache, type HtmlCache } from './html-cache.js'
import { revealAssets } from './reveal-assets.js'
import { slideToHast } from './slide.js'
import { themeToCss } from './theme-css.js'

export { REVEAL_CONFIG } from './document.js'
export { createHtmlCache, type HtmlCache } from './html-cache.js'

/** The caches `deckToHtml` reads and fills: the layout's (the font files it embeds) and its own. */
export interface HtmlCaches {
  layout: LayoutCache
  html: HtmlCache
}

/**
 * The laid-out deck as one self-contained reveal.js HTML page (fonts,
 * images, reveal.js and its notes plugin inlined), which works offline from
 * file://. One top-level `<section>` per laid-out slide, everything placed
 * where the layout put it.
 *
 * @param deck the laid-out deck (sizes and positions decided)
 * @param theme the theme the deck was laid out with
 * @param assets the bytes of every image the deck uses, keyed by `Image.path`
 * @param caches what outlives the build (default: fresh caches, used by this call only)
 * @throws TypeError if an image is missing from `assets` or theme data is not valid CSS material.
 */
export function deckToHtml(deck: LaidOutDeck, theme: Theme, assets: ImageAssets, caches: HtmlCaches = { layout: createLayoutCache(), html: createHtmlCache() }): string {
  const ctx: RenderContext = { theme, assets, fragments: true, fonts: new Map(), cache: caches.html }
  const total = deck.slides.length
  const slides = deck.slides.map((slide, index) => {
    // A slide marked on its own shows its banners in place of the deck's; a slide with its own footer (`::: footer`) shows it.
    const banners = slide.layout === 'title' ? undefined : slide.banners
    const withBanners = banners === undefined ? deck.chrome : { ...deck.chrome, bannerTop: banners.top, bannerBottom: banners.bottom }
    const chrome = 'footer' in slide && slide.footer !== undefined ? { ...withBanners, footer: slide.footer } : withBanners
    const color = slide.layout === 'title' ? undefined : slide.background?.text?.chrome
    return markTextDirection(slideToHast(slide, chromeToHast(chrome, index, total, ctx, color), ctx))
  })
  // Font faces come last: rendering the slides records which faces and code points are drawn.
  const css = `${fontFacesCss(theme, ctx.fonts, caches.layout)}\n${themeToCss(theme)}`
  return toHtml(documentToHast({ meta: deck.meta, css, slides, reveal: revealAssets(caches.html) }))
}
