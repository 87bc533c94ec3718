import type { Chrome, ChromeText, LaidOutDeck, LaidOutSlide } from '../../../layout/laid-out.js'
import { chromeTextColor, type Theme } from '../../../theme/index.js'
import { collapseWhitespace } from '../../../layout/whitespace.js'
import type { MasterName, MasterPlan, MasterShape, PlanBox, TitlePlaceholder } from './types.js'
import { xmlSafe } from './text-safety.js'

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
 * footer, organisation, slide number) drawn once on each master, and a title
 * placeholder whose default box is the first such slide's title box.
 */
export function mastersFromDeck(deck: LaidOutDeck, theme: Theme): MasterPlan[] {
  return ORDER.map((name) => ({
    name,
    background: backgroundOf(name, theme),
    shapes: chromeShapes(deck.chrome, theme, chromeColorOf(name, theme)),
    title: titlePlaceholder(name, deck, theme),
    slideNumber: {
      box: { ...deck.chrome.slideNumber.box },
      fontSize: deck.chrome.slideNumber.fontSize,
      color: chromeColorOf(name, theme),
      fontFace: theme.fonts.body.office,
    },
  }))
}

function backgroundOf(name: MasterName, theme: Theme): string {
  if (name === 'TITLE') return theme.colors.titleSlideBackground
  if (name === 'SECTION') return theme.colors.sectionBackground
  return theme.colors.background
}

/** The colour of title text on a master. */
export function titleColorOf(name: MasterName, theme: Theme): string {
  if (name === 'TITLE') return theme.colors.titleSlideText
  if (name === 'SECTION') return theme.colors.sectionText
  return theme.colors.title
}

function titlePlaceholder(name: MasterName, deck: LaidOutDeck, theme: Theme): TitlePlaceholder {
  const slide = deck.slides.find((candidate) => masterOfLayout[candidate.layout] === name && candidate.title !== null)
  const placed = slide?.title ?? null
  const fallback: PlanBox = {
    x: theme.margins.left,
    y: theme.margins.top + (deck.chrome.bannerTop === null ? 0 : theme.bannerHeight),
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
    shapes.push({ type: 'rect', box: { ...banner.box }, fill: theme.colors.bannerBackground })
    shapes.push(chromeText(banner, theme, theme.colors.bannerText, true, 'center'))
  }
  if (chrome.footer !== null) shapes.push(chromeText(chrome.footer, theme, color, false, 'left'))
  if (chrome.organization !== null) shapes.push(chromeText(chrome.organization, theme, color, false, 'center'))
  return shapes
}

function chromeText(text: ChromeText, theme: Theme, color: string, bold: boolean, align: 'left' | 'center'): MasterShape {
  return {
    type: 'text',
    box: { ...text.box },
    // Collapsed as layout measured it and the HTML shows it.
    text: collapseWhitespace(xmlSafe(text.text), true).text.replace(/ $/, ''),
    fontSize: text.fontSize,
    fontFace: theme.fonts.body.office,
    color,
    bold,
    align,
    // One line, as in the HTML (`white-space: nowrap`): layout measured it so.
    wrap: false,
  }
}
