import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import type { BackgroundImage, DeckMeta, Position, SlideStyle } from '../model/index.js'
import { contrastRatio } from '../theme/contrast.js'
import type { LayoutContext } from './context.js'
import { bodySizesAt } from './fit.js'
import { CANVAS, round2, roundBox, verticalsOf } from './geometry.js'
import type { BackgroundPicture, BodyLayout, Box, SlideBackground } from './laid-out.js'

/** Share of the theme's body size a `.smaller` slide starts from (reveal.js and Quarto make such slides smaller too). */
export const SMALLER_STEP = 0.8

/**
 * The layout context of a `.smaller` slide: the theme with its body, table
 * and code sizes one step down (never below `minBody`/`minCode`), so fit,
 * shrink and split all start from there.
 */
export function smallerContext(ctx: LayoutContext): LayoutContext {
  const { sizes } = ctx.theme
  const body = Math.max(sizes.minBody, Math.round(sizes.body * SMALLER_STEP))
  const scaled = bodySizesAt(ctx.theme, body)
  return { ...ctx, theme: { ...ctx.theme, sizes: { ...sizes, body, table: scaled.table, code: scaled.code } } }
}

/** The colours text is drawn in on a slide of this kind, to check against its own background. */
export interface SlideTextColors {
  title: string
  body: string | null
  chrome: string
}

/**
 * What a slide draws behind everything, from its style; undefined when the
 * theme's background stays. A background colour is checked against the
 * slide's text colours (WCAG AA: 4.5:1, 3:1 for the large title) and each
 * pair below that is reported at the slide. A picture's colours are not
 * checked: they vary across it.
 *
 * @param style the slide's style (from its heading's attributes)
 * @param text the text colours drawn on this kind of slide
 */
export function backgroundOf(style: SlideStyle | undefined, text: SlideTextColors, ctx: LayoutContext, meta: DeckMeta, file: VFile, position: Position): SlideBackground | undefined {
  if (style === undefined || (style.backgroundColor === null && style.backgroundImage === null)) return undefined
  const readable = style.backgroundColor === null ? text : readableText(style.backgroundColor, text, ctx)
  if (style.backgroundColor !== null) {
    checkContrast(style.backgroundColor, readable, ctx, file, position)
    // The organisation line is a shape of the PPTX's slide master, so it keeps the theme's chrome colour on every slide.
    if (meta.organization !== null) checkPart(style.backgroundColor, { part: 'organisation line (drawn in the theme colour on every slide)', color: text.chrome, minimum: 4.5 }, file, position)
  }
  const image = style.backgroundImage === null ? null : pictureOf(style.backgroundImage, ctx, betweenChrome(meta, ctx))
  const switched = readable.title !== text.title || readable.body !== text.body || readable.chrome !== text.chrome
  return { color: style.backgroundColor, image, ...(switched ? { text: { title: readable.title, body: readable.body, chrome: readable.chrome } } : {}) }
}

/**
 * The title and body colours for a slide's own background colour: the
 * theme's where they reach WCAG AA on it, else the theme colour that reads
 * best on it (its background, section or title-slide text: a dark slide in
 * a light theme gets the theme's light text, as reveal.js and Quarto switch
 * to their light text on `has-dark-background` slides). The footer and slide
 * number switch the same way (both outputs draw them per slide).
 */
function readableText(background: string, text: SlideTextColors, ctx: LayoutContext): SlideTextColors {
  const { colors, sizes } = ctx.theme
  const candidates = [colors.text, colors.title, colors.background, colors.sectionText, colors.titleSlideText]
  const best = (current: string, minimum: number): string => {
    if (contrastRatio(current, background) >= minimum) return current
    return candidates.reduce((kept, candidate) => (contrastRatio(candidate, background) > contrastRatio(kept, background) ? candidate : kept), current)
  }
  return { title: best(text.title, sizes.title >= 24 ? 3 : 4.5), body: text.body === null ? null : best(text.body, 4.5), chrome: best(text.chrome, 4.5) }
}

/**
 * Where the picture goes: `cover` overfills the slide (the part outside is
 * cropped) and `stretch` is the slide, both behind the chrome; `contain` fits
 * between the chrome strips (banners, footer band), so that a picture drawn
 * as a shape in the PPTX never hides them.
 */
function pictureOf(background: BackgroundImage, ctx: LayoutContext, room: Box): BackgroundPicture | null {
  const path = background.image.path
  const asset = path === null ? undefined : ctx.assets[path]
  if (path === null || asset === undefined) return null
  const canvas = { x: 0, y: 0, w: CANVAS.width, h: CANVAS.height }
  const common = { path, fit: background.fit, align: { ...background.align }, opacity: background.opacity }
  if (background.fit === 'stretch') return { ...common, box: canvas, clip: canvas }
  const within = background.fit === 'cover' ? canvas : room
  const scale = background.fit === 'cover'
    ? Math.max(within.w / asset.width, within.h / asset.height)
    : Math.min(within.w / asset.width, within.h / asset.height)
  const w = asset.width * scale
  const h = asset.height * scale
  const box = roundBox({ x: within.x + (within.w - w) * background.align.x, y: within.y + (within.h - h) * background.align.y, w, h })
  return { ...common, box, clip: background.fit === 'cover' ? canvas : box }
}

/** The full-width band between the chrome strips at the top and bottom of a slide. */
function betweenChrome(meta: DeckMeta, ctx: LayoutContext): Box {
  const { theme } = ctx
  const { banner, bandTop } = verticalsOf(meta, theme)
  const top = theme.chrome.footer === 'top' ? bandTop + theme.footerHeight : banner
  const bottom = theme.chrome.footer === 'top' ? CANVAS.height - banner : bandTop
  return { x: 0, y: top, w: CANVAS.width, h: bottom - top }
}

function checkContrast(background: string, text: SlideTextColors, ctx: LayoutContext, file: VFile, position: Position): void {
  const { sizes } = ctx.theme
  const pairs: Array<{ part: string; color: string; minimum: number }> = [{ part: 'title', color: text.title, minimum: sizes.title >= 24 ? 3 : 4.5 }]
  if (text.body !== null) pairs.push({ part: 'body text', color: text.body, minimum: 4.5 })
  pairs.push({ part: 'footer and slide number', color: text.chrome, minimum: 4.5 })
  for (const pair of pairs) checkPart(background, pair, file, position)
}

function checkPart(background: string, pair: { part: string; color: string; minimum: number }, file: VFile, position: Position): void {
  const ratio = contrastRatio(pair.color, background)
  if (ratio >= pair.minimum) return
  const params = { part: pair.part, ratio: String(round2(ratio)), foreground: pair.color, background, minimum: String(pair.minimum) }
  report(file, 'background-contrast', params, position)
}

/** The optional slide fields a style adds (only those that are set, so slides without attributes stay as they were). */
export function styleExtras(style: SlideStyle | undefined, background: SlideBackground | undefined): Pick<BodyLayout, 'background' | 'htmlOnly'> {
  const extras: Pick<BodyLayout, 'background' | 'htmlOnly'> = {}
  if (background !== undefined) extras.background = background
  if (style !== undefined && style.htmlOnly.length > 0) extras.htmlOnly = style.htmlOnly.map((attribute) => ({ ...attribute }))
  return extras
}
