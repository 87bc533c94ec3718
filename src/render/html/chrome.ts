import type { Element } from 'hast'
import { h } from 'hastscript'
import type { BannerText, Chrome, ChromeText } from '../../layout/laid-out.js'
import type { RenderContext, TextFace } from './context.js'
import { useFont } from './context.js'
import { dataUrl } from './data-url.js'
import { boxStyle, cssColor, px } from './units.js'

/**
 * The repeated parts of one slide: classification banners, footer,
 * organisation and the slide number as `current/total` (computed here, at
 * build time; reveal.js's own slide number is switched off).
 *
 * @param color the footer's and slide number's colour on this slide when its own background needs another (`SlideBackground.text.chrome`); absent: the theme's
 */
export function chromeToHast(chrome: Chrome, index: number, total: number, ctx: RenderContext, color?: string): Element[] {
  const regular: TextFace = { role: 'body', weight: 400, style: 'normal' }
  const bold: TextFace = { ...regular, weight: 700 }
  const parts: Element[] = []
  if (chrome.bannerTop) parts.push(banner(chrome.bannerTop, 'layar-banner-top', bold, ctx))
  if (chrome.bannerBottom) parts.push(banner(chrome.bannerBottom, 'layar-banner-bottom', bold, ctx))
  if (chrome.footer) parts.push(colored(chromeText(chrome.footer, 'layar-footer', regular, ctx), color))
  if (chrome.organization) parts.push(chromeText(chrome.organization, 'layar-organization', regular, ctx))
  const number = { ...chrome.slideNumber, text: `${index + 1}/${total}` }
  parts.push(colored(chromeText(number, 'layar-slide-number', regular, ctx), color))
  if (chrome.logo) parts.push(logo(chrome.logo, ctx))
  return parts
}

/**
 * The theme's logo, exactly in its box; `alt=""` since it is decoration that
 * repeats on every slide and says nothing a screen reader needs.
 *
 * @throws TypeError if its bytes are not in `assets` (the build adds them under the logo's key).
 */
function logo(placed: NonNullable<Chrome['logo']>, ctx: RenderContext): Element {
  const asset = ctx.assets[placed.key]
  if (!asset) throw new TypeError(`No image asset for the theme logo ${JSON.stringify(placed.key)}; pass it in assets.`)
  return h('img', { className: ['layar-abs', 'layar-logo'], src: dataUrl(asset, ctx.cache), alt: '', style: boxStyle(placed.box) })
}

/** A banner strip in the colours layout chose for its marking level. */
function banner(text: BannerText, className: string, face: TextFace, ctx: RenderContext): Element {
  const element = chromeText(text, `layar-banner ${className}`, face, ctx)
  element.properties['style'] = `${String(element.properties['style'])};background:${cssColor(text.background)};color:${cssColor(text.color)}`
  return element
}

/** The element drawn in `color` when given (the theme CSS colours it otherwise). */
function colored(element: Element, color: string | undefined): Element {
  if (color === undefined) return element
  element.properties['style'] = `${String(element.properties['style'])};color:${cssColor(color)}`
  return element
}

function chromeText(text: ChromeText, className: string, face: TextFace, ctx: RenderContext): Element {
  useFont(ctx.fonts, face, text.text)
  // One line, vertically centred: the box height is the line height.
  const style = `${boxStyle(text.box)};font-size:${px(text.fontSize)};line-height:${px(text.box.h)};text-align:${text.align}`
  return h('div', { className: ['layar-abs', 'layar-chrome', ...className.split(' ')], style }, text.text)
}
