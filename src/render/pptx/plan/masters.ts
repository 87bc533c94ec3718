import type { Chrome, ChromeText, LaidOutDeck, LaidOutSlide } from '../../../layout/laid-out.js'
import type { ImageAssets } from '../../../model/index.js'
import { contentAreaOf } from '../../../layout/geometry.js'
import { collapseWhitespace } from '../../../layout/whitespace.js'
import { chromeTextColor } from '../../../theme/contrast.js'
import type { Theme } from '../../../theme/index.js'
import type { MasterName, MasterPlan, MasterShape, PlanBox, TitlePlaceholder } from './types.js'
import { xmlSafe } from './text-safety.js'
import { pictureMime } from './image-frame.js'

/** The master each slide layout uses. */
export const masterOfLayout = {
  title: 'TITLE',
  section: 'SECTION',
  content: 'CONTENT',
  twoColumn: 'TWO_COLUMN',
  image: 'IMAGE',
} as const satisfies { [K in LaidOutSlide['layout']]: MasterName }

const ORDER: readonly MasterName[] = ['TITLE', 'SECTION', 'CONTENT', 'TWO_COLUMN', 'IMAGE']

/**
 * The five slide masters: background from the theme, the chrome (banners,
 * footer, organisation, slide number, logo) drawn once on each master, and a title
 * placeholder whose default box is the first such slide's title box.
 */
export function mastersFromDeck(deck: LaidOutDeck, theme: Theme, assets: ImageAssets): MasterPlan[] {
  const logo = logoShape(deck.chrome, assets)
  return ORDER.map((name) => ({
    name,
    background: backgroundOf(name, theme),
    shapes: [...chromeShapes(deck.chrome, theme, chromeColorOf(name, theme)), ...(logo === null ? [] : [{ ...logo, box: { ...logo.box } }])],
    title: titlePlaceholder(name, deck, theme),
    slideNumber: {
      box: { ...deck.chrome.slideNumber.box },
      fontSize: deck.chrome.slideNumber.fontSize,
      color: chromeColorOf(name, theme),
      fontFace: theme.fonts.body.office,
      align: deck.chrome.slideNumber.align,
    },
  }))
}

/** The theme's `layouts:` entry of each body master. */
const layoutOfMaster = { CONTENT: 'content', TWO_COLUMN: 'twoColumn', IMAGE: 'image' } as const

function backgroundOf(name: MasterName, theme: Theme): string {
  if (name === 'TITLE') return theme.colors.titleSlideBackground
  if (name === 'SECTION') return theme.colors.sectionBackground
  return theme.layouts[layoutOfMaster[name]].background
}

/** The colour of title text on a master. */
export function titleColorOf(name: MasterName, theme: Theme): string {
  if (name === 'TITLE') return theme.colors.titleSlideText
  if (name === 'SECTION') return theme.colors.sectionText
  return theme.layouts[layoutOfMaster[name]].title
}

function titlePlaceholder(name: MasterName, deck: LaidOutDeck, theme: Theme): TitlePlaceholder {
  const slide = deck.slides.find((candidate) => masterOfLayout[candidate.layout] === name && candidate.title !== null)
  const placed = slide?.title ?? null
  const fallback: PlanBox = {
    x: theme.margins.left,
    // Where layout puts a title: below the banner, the footer band (if on top) and the logo's strip.
    y: contentAreaOf(deck.meta, theme).top,
    w: deck.canvas.width - theme.margins.left - theme.margins.right,
    h: theme.titleHeight,
  }
  return {
    box: placed === null ? fallback : { ...placed.box },
    fontFace: theme.fonts.heading.office,
    fontSize: placed?.fontSize ?? defaultTitleSize(name, theme),
    color: titleColorOf(name, theme),
    align: placed?.align ?? (name === 'TITLE' || name === 'SECTION' ? 'center' : 'left'),
  }
}

function defaultTitleSize(name: MasterName, theme: Theme): number {
  if (name === 'TITLE') return theme.sizes.titleSlideTitle
  if (name === 'SECTION') return theme.sizes.sectionTitle
  return theme.sizes.title
}

/** Footer and slide-number colour: muted on light slides, the slide's own text colour on dark title/section slides. */
function chromeColorOf(name: MasterName, theme: Theme): string {
  return chromeTextColor(theme, name === 'TITLE' ? 'title' : name === 'SECTION' ? 'section' : 'body')
}

function chromeShapes(chrome: Chrome, theme: Theme, color: string): MasterShape[] {
  const shapes: MasterShape[] = []
  for (const banner of [chrome.bannerTop, chrome.bannerBottom]) {
    if (banner === null) continue
    shapes.push({ type: 'rect', box: { ...banner.box }, fill: banner.background })
    shapes.push(chromeText(banner, theme, banner.color, true))
  }
  if (chrome.footer !== null) shapes.push(chromeText(chrome.footer, theme, color, false))
  if (chrome.organization !== null) shapes.push(chromeText(chrome.organization, theme, color, false))
  return shapes
}

/**
 * The theme logo as a master picture, at the box layout gave it.
 *
 * @throws TypeError if its bytes are not in `assets` (the build adds them under the logo's key).
 */
function logoShape(chrome: Chrome, assets: ImageAssets): MasterShape | null {
  if (chrome.logo === null) return null
  const asset = assets[chrome.logo.key]
  if (asset === undefined) throw new TypeError(`No image asset for the theme logo ${JSON.stringify(chrome.logo.key)}; pass it in assets.`)
  return { type: 'image', box: { ...chrome.logo.box }, path: chrome.logo.key, mime: pictureMime(asset) }
}

function chromeText(text: ChromeText, theme: Theme, color: string, bold: boolean): MasterShape {
  return {
    type: 'text',
    box: { ...text.box },
    // Collapsed as layout measured it and the HTML shows it.
    text: collapseWhitespace(xmlSafe(text.text), true).text.replace(/ $/, ''),
    fontSize: text.fontSize,
    fontFace: theme.fonts.body.office,
    color,
    bold,
    align: text.align,
    // One line, as in the HTML (`white-space: nowrap`): layout measured it so.
    wrap: false,
  }
}
