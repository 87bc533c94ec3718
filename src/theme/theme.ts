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
