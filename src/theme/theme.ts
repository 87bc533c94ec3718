/**
 * A theme is data: colours, fonts, sizes and geometry. The reveal.js CSS and the
 * PowerPoint slide masters are both derived from it, so the two decks agree.
 * All lengths are in points (1/72 in) on the 960 × 540 pt canvas (13.333 × 7.5 in).
 * Colours are six hex digits without `#` (the form OOXML uses).
 */
export interface Theme {
  name: string
  description: string
  colors: ThemeColors
  fonts: ThemeFonts
  sizes: ThemeSizes
  /** Line height as a multiple of the font size, applied exactly in both outputs. */
  lineSpacing: number
  /** Space after each paragraph or list item, as a multiple of the font size. */
  paragraphSpacing: number
  /** Indent per list level, in points. */
  listIndent: number
  margins: { top: number; right: number; bottom: number; left: number }
  /** Gap between columns and between stacked blocks, in points. */
  gap: number
  /** Height of the classification banner strips at the top and bottom, in points. */
  bannerHeight: number
  /** Height of the footer band (footer text, organisation, slide number), in points. */
  footerHeight: number
  /** Height of a content slide's title box, in points. */
  titleHeight: number
  /** Colours of highlighted code tokens, by highlight.js class (without `hljs-`). */
  codeTokens: Record<string, string>
  /**
   * Background and title colour of content, two-column and image slides
   * (`layouts:` in theme.yaml; each defaults to `colors.background` / `colors.title`).
   * Title and section slides keep their own `colors.titleSlide*` / `colors.section*`.
   */
  layouts: Record<BodyLayoutName, LayoutStyle>
  /** A logo drawn on every slide (`logo:` in theme.yaml), or `null`. */
  logo: ThemeLogo | null
  /** Where the footer band goes (`chrome:` in theme.yaml; default bottom, slide number right). */
  chrome: ChromePlacement
  /**
   * Banner colours by marking level, keyed in upper case (`classification:` in
   * theme.yaml laid over `defaultClassificationColors`); a marking of no level
   * gets `colors.bannerBackground` / `colors.bannerText`.
   */
  classification: Record<string, BannerColors>
}

/** The colours of a classification banner (six hex digits). */
export interface BannerColors {
  background: string
  text: string
}

/**
 * Placement of the footer band (footer text, organisation, slide number):
 * at the `bottom` (above the bottom banner) or `top` (below the top banner),
 * with the slide number at its `right` or `left` end and the footer text at the other.
 */
export interface ChromePlacement {
  footer: 'bottom' | 'top'
  slideNumber: 'right' | 'left'
}

/** The slide layouts whose colours `layouts:` may set. */
export type BodyLayoutName = 'content' | 'twoColumn' | 'image'

/** Colours of one slide layout (six hex digits). */
export interface LayoutStyle {
  background: string
  title: string
}

/** Corners a logo may sit in. */
export type LogoPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'

/** A theme's logo: a PNG, JPEG or GIF drawn at `height` pt in a corner, aspect kept. */
export interface ThemeLogo {
  /** The picture's path relative to the content folder (`logo.file`, resolved from the theme's folder). */
  path: string
  position: LogoPosition
  /** In points. */
  height: number
}

export interface ThemeColors {
  background: string
  text: string
  title: string
  accent: string
  muted: string
  link: string
  codeBackground: string
  codeText: string
  tableHeaderBackground: string
  tableHeaderText: string
  tableRowBackground: string
  tableRowAltBackground: string
  tableBorder: string
  bannerBackground: string
  bannerText: string
  titleSlideBackground: string
  titleSlideText: string
  sectionBackground: string
  sectionText: string
}

/**
 * A font as each output names it. PowerPoint gets `office` (a font it has);
 * the HTML embeds `web` and the layout measures with it. The two are metric
 * compatible, so line breaks agree.
 */
export interface FontPair {
  office: string
  web: string
  /** The `@fontsource/*` package holding `web`'s files. */
  package: string
}

export interface ThemeFonts {
  heading: FontPair
  body: FontPair
  mono: FontPair
}

export interface ThemeSizes {
  titleSlideTitle: number
  subtitle: number
  sectionTitle: number
  title: number
  body: number
  /** The smallest body size the layout may shrink to. */
  minBody: number
  code: number
  minCode: number
  table: number
  footer: number
  banner: number
}

/** One problem in a theme file, at the place it was written. */
export interface ThemeProblem {
  /** The theme file as shown to the user, with 1-based line and column; `null` for a theme name or path that leads nowhere. */
  place: { file: string; line: number; column: number } | null
  /** What is wrong and how to fix it, naming the key (`colors.accent must be …`). */
  message: string
}

/**
 * Outcome of loading a theme: the theme, or why it cannot be used.
 * `invalid`'s `detail` lists every problem as `file:line:column: message`,
 * joined with `; `; `problems` holds them one by one.
 */
export type ThemeResult =
  | { type: 'ok'; theme: Theme }
  | { type: 'unknown'; name: string; known: string[] }
  | { type: 'invalid'; detail: string; problems: ThemeProblem[] }
