import type { Theme, ThemeColors } from './theme.js'

/** Text at or above this size (points) counts as large, needing only 3:1 (WCAG 2.x AA). */
export const largeTextSize = 24

/** One colour pair the outputs draw text in, with the contrast WCAG AA asks of it. */
export interface ContrastPair {
  /** What is drawn, for messages: `colors.title on colors.background`. */
  label: string
  foreground: string
  background: string
  /** The smallest size text is drawn in with this pair, in points. */
  size: number
  /** 4.5 for normal text, 3 for large text. */
  minimum: number
}

/**
 * Relative luminance of an sRGB colour given as six hex digits (WCAG 2.x definition).
 */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number): number => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

/** Contrast ratio of two colours (six hex digits each), from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

/**
 * The colour of the chrome (footer, organisation, slide number) on each kind of
 * slide. `muted` cannot contrast with both a light body background and a dark
 * title-slide background, so title and section slides use their own text colour.
 */
export function chromeTextColor(theme: Theme, layout: 'title' | 'section' | 'body'): string {
  if (layout === 'title') return theme.colors.titleSlideText
  if (layout === 'section') return theme.colors.sectionText
  return theme.colors.muted
}

/**
 * Every foreground/background pair the two outputs draw text with, sized by
 * the smallest text drawn in it, so a test (or a theme author) can check
 * WCAG AA contrast from the theme data alone.
 */
export function contrastPairs(theme: Theme): ContrastPair[] {
  const { colors, sizes } = theme
  const pairs: ContrastPair[] = []
  const drawn = (label: string, foreground: string, bg: keyof ThemeColors, size: number): void => {
    pairs.push({ label: `${label} on colors.${bg}`, foreground, background: colors[bg], size, minimum: size >= largeTextSize ? 3 : 4.5 })
  }
  const add = (fg: keyof ThemeColors, bg: keyof ThemeColors, size: number): void => drawn(`colors.${fg}`, colors[fg], bg, size)
  const tableText = Math.min(sizes.table, sizes.minBody)
  add('text', 'background', sizes.minBody)
  add('title', 'background', sizes.title)
  add('muted', 'background', Math.min(sizes.footer, sizes.minBody))
  add('link', 'background', sizes.minBody)
  add('codeText', 'codeBackground', sizes.minCode)
  add('tableHeaderText', 'tableHeaderBackground', tableText)
  add('text', 'tableRowBackground', tableText)
  add('text', 'tableRowAltBackground', tableText)
  add('link', 'tableRowBackground', tableText)
  add('link', 'tableRowAltBackground', tableText)
  add('bannerText', 'bannerBackground', sizes.banner)
  for (const [level, banner] of Object.entries(theme.classification)) {
    pairs.push({ label: `classification.${level}.text on its background`, foreground: banner.text, background: banner.background, size: sizes.banner, minimum: sizes.banner >= largeTextSize ? 3 : 4.5 })
  }
  // The title slide's subtitle and byline share the title's colour, at the subtitle size.
  add('titleSlideText', 'titleSlideBackground', Math.min(sizes.titleSlideTitle, sizes.subtitle))
  add('sectionText', 'sectionBackground', sizes.sectionTitle)
  drawn('chrome on title slides', chromeTextColor(theme, 'title'), 'titleSlideBackground', sizes.footer)
  drawn('chrome on section slides', chromeTextColor(theme, 'section'), 'sectionBackground', sizes.footer)
  pairs.push(...layoutPairs(theme))
  for (const [token, color] of Object.entries(theme.codeTokens)) {
    drawn(`codeTokens.${token}`, color, 'codeBackground', sizes.minCode)
  }
  return pairs
}

/**
 * The pairs a `layouts:` override draws: the layout's title colour, and body
 * text, links and chrome (muted) on the layout's background. A layout left at
 * the theme's colours adds nothing, as the pairs above cover it.
 */
function layoutPairs(theme: Theme): ContrastPair[] {
  const { colors, sizes } = theme
  const pairs: ContrastPair[] = []
  for (const [name, style] of Object.entries(theme.layouts)) {
    if (style.background === colors.background && style.title === colors.title) continue
    const on = (label: string, foreground: string, size: number): void => {
      pairs.push({ label: `${label} on layouts.${name}.background`, foreground, background: style.background, size, minimum: size >= largeTextSize ? 3 : 4.5 })
    }
    on(`layouts.${name}.title`, style.title, sizes.title)
    on('colors.text', colors.text, sizes.minBody)
    on('colors.link', colors.link, sizes.minBody)
    on('colors.muted', colors.muted, Math.min(sizes.footer, sizes.minBody))
  }
  return pairs
}
