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
  /** Bullet characters by list level, repeating; absent: layar's "•", "–", "◦". Set from a template's body style. */
  bullets?: string[]
  /** Bullet colour (six hex digits) and size (a fraction of the text's) by list level, repeating; a `null` or absent: layar's (the text colour, full size). Set from a template's body style. */
  bulletLooks?: Array<{ color: string | null; size: number | null }>
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
  /** The PowerPoint template the theme was derived from (`reference-doc`); absent without one. */
  template?: ThemeTemplate
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

/**
 * A theme file's `reference-doc`: the template's path relative to the content
 * folder, where it was written, and the keys the theme files that wrap it write
 * themselves (dotted, `colors.accent`), which win over the template's values.
 */
export interface ThemeReferenceDoc {
  path: string
  place: { file: string; line: number; column: number }
  keep: string[]
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
  | { type: 'ok'; theme: Theme; referenceDoc?: ThemeReferenceDoc }
  | { type: 'unknown'; name: string; known: string[] }
  | { type: 'invalid'; detail: string; problems: ThemeProblem[] }

/**
 * What a PowerPoint template (`reference-doc`) adds to a theme derived from it:
 * which of its layouts each kind of slide is built on, and what those layouts
 * draw, in layar's points. Colours, fonts, sizes and margins are the theme's own
 * fields, already derived from the template.
 */
export interface ThemeTemplate {
  /** The template's path as shown in messages. */
  file: string
  /** The template's slide size in its own points. */
  size: { width: number; height: number }
  /** Template points per layar point (its slide width / 960): the PPTX is drawn at this scale. */
  scale: number
  /** Its colour scheme, slot by slot (`dk1`, `lt1`, …, `folHlink`). */
  colors: Record<string, string>
  /** Its first master's colour map: `bg1`, `tx1`, `bg2`, `tx2` → the scheme slot each stands for (`p:clrMap`). */
  colorMap: Record<string, string>
  /** Its theme fonts: heading (major) and body (minor). */
  fonts: { major: string; minor: string }
  /** The layout each kind of slide uses. */
  layouts: Record<TemplateSlideKindName, ThemeTemplateLayout>
}

/** The kinds of slide a template layout is chosen for (`untitled`: a content slide without a title). */
export type TemplateSlideKindName = 'title' | 'section' | 'content' | 'twoColumn' | 'image' | 'untitled'

/** One template layout as a kind of slide uses it. */
export interface ThemeTemplateLayout {
  /** Its part, e.g. `ppt/slideLayouts/slideLayout2.xml`. */
  path: string
  /** Its name, e.g. `Title and Content`. */
  name: string
  /** Its title placeholder's type; `null` when it has none. */
  title: 'title' | 'ctrTitle' | null
  /** Where its title placeholder draws text (master → layout inheritance resolved); `null` without one. */
  titleText: TemplateTextBox | null
  /** Its body placeholders (type, `idx` and where each draws text), in order: where body text goes. */
  bodies: Array<{ type: string; idx: number; text: TemplateTextBox | null }>
  /** Its date, footer and slide-number placeholders (`dt`, `ftr`, `sldNum`) and their `idx`. */
  fields: Array<{ type: string; idx: number }>
  /** What it draws under every slide (the master's first, when shown), in layar points. */
  decorations: TemplateDecoration[]
}

/** Where a template placeholder draws its text, in layar points. */
export interface TemplateTextBox {
  /** The placeholder's box. */
  box: { x: number; y: number; w: number; h: number }
  /** How far inside `box` its text stands (`a:bodyPr` insets; PowerPoint's defaults when unset). */
  insets: { left: number; top: number; right: number; bottom: number }
  /** Where the text sits vertically in the box. */
  anchor: 'top' | 'middle' | 'bottom'
  /** How its first level's text is aligned. */
  align: 'left' | 'center' | 'right'
}

/** A fill or picture a template's master or layout draws; a picture's bytes are the image asset `key`. */
export type TemplateDecoration =
  | { type: 'band'; box: { x: number; y: number; w: number; h: number }; color: string }
  | { type: 'picture'; box: { x: number; y: number; w: number; h: number }; key: string }
