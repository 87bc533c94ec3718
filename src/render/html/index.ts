import { toHtml } from 'hast-util-to-html'
import type { LaidOutDeck } from '../../layout/laid-out.js'
import { createLayoutCache, type LayoutCache } from '../../layout/layout-cache.js'
import { assetsKey } from '../../layout/slide-cache.js'
import type { ImageAssets } from '../../model/index.js'
import type { Theme } from '../../theme/index.js'
import { chromeToHast } from './chrome.js'
import type { FontUsage, RenderContext } from './context.js'
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
  // What every section is drawn with besides its slide, its number and its chrome.
  const drawnWith = JSON.stringify([theme, assetsKey(assets, caches.html.digests), total])
  const slides = deck.slides.map((slide, index): string => {
    // A slide marked on its own shows its banners in place of the deck's; a slide with its own footer (`::: footer`) shows it.
    const banners = slide.layout === 'title' ? undefined : slide.banners
    const withBanners = banners === undefined ? deck.chrome : { ...deck.chrome, bannerTop: banners.top, bannerBottom: banners.bottom }
    const chrome = 'footer' in slide && slide.footer !== undefined ? { ...withBanners, footer: slide.footer } : withBanners
    const color = slide.layout === 'title' ? undefined : slide.background?.text?.chrome
    const key = `${index}|${JSON.stringify(chrome)}|${color ?? ''}|${drawnWith}`
    // A slide that only moved in the file draws as the one it was copied from.
    const drawing = caches.layout.drawnAs.get(slide) ?? slide
    let section = caches.html.sections.get(drawing)
    if (section?.key !== key) {
      const fonts: FontUsage = new Map()
      const own = { ...ctx, fonts }
      section = { key, html: toHtml(markTextDirection(slideToHast(slide, chromeToHast(chrome, index, total, own, color), own))), fonts }
      caches.html.sections.set(drawing, section)
    }
    mergeFonts(ctx.fonts, section.fonts)
    return section.html
  })
  // Font faces come last: rendering the slides records which faces and code points are drawn.
  const css = `${fontFacesCss(theme, ctx.fonts, caches.layout)}\n${themeToCss(theme)}`
  const shell = pageShell(deck, css, caches.html)
  // Sections are serialised on their own (each as the page would serialise it) and put in as they are.
  return `${shell.before}${slides.join('')}${shell.after}`
}

/**
 * The page around the slides, serialised: the same while the front matter
 * and the CSS are (reveal.js and the fonts make it most of the page's
 * bytes, and serialising it cost more than a changed slide). Made once with
 * a unique comment where the slides go, and cut there.
 */
function pageShell(deck: LaidOutDeck, css: string, cache: HtmlCache): { before: string; after: string } {
  const key = `${JSON.stringify(deck.meta)}\n${css}`
  if (cache.shell?.key === key) return cache.shell
  // A comment the page holds once, ours: the theme's CSS or the front matter could hold the same text, then the next is tried
  // (a counter, not a random UUID: node:crypto costs ~5-10 ms of a cold build, and nothing else in it needs crypto).
  for (let attempt = 0; ; attempt++) {
    const mark = `<!--layar-slides-${attempt}-->`
    const page = toHtml(documentToHast({ meta: deck.meta, css, slides: [{ type: 'raw', value: mark }], reveal: revealAssets(cache) }), { allowDangerousHtml: true })
    const at = page.indexOf(mark)
    if (at !== page.lastIndexOf(mark)) continue
    cache.shell = { key, before: page.slice(0, at), after: page.slice(at + mark.length) }
    return cache.shell
  }
}

/** Adds `more`'s code points to `fonts`, in order, so the page records them as drawing every slide in turn would. */
function mergeFonts(fonts: FontUsage, more: FontUsage): void {
  for (const [face, points] of more) {
    const known = fonts.get(face)
    if (known === undefined) fonts.set(face, new Set(points))
    else for (const point of points) known.add(point)
  }
}
