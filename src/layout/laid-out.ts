import type {
  BackgroundFit,
  Callout,
  CalloutKind,
  Blockquote,
  DeckMeta,
  DefinitionList,
  HtmlOnlyAttribute,
  Image,
  Inline,
  List,
  MathBlock,
  NoteBlock,
  FragmentStyle,
  Paragraph,
  Position,
  Table,
} from '../model/index.js'
import type { TemplateDecoration, TemplateSlideKindName } from '../theme/index.js'

/**
 * The laid-out deck: what both renderers draw, with every size and position
 * decided. Renderers never measure and never choose a size; they draw this.
 * Lengths are points on a 960 × 540 pt canvas (13.333 × 7.5 in; 1 pt = 4/3 CSS px),
 * origin top-left.
 */
export interface LaidOutDeck {
  meta: DeckMeta
  canvas: { width: 960; height: 540 }
  /** Where the repeated parts of every slide go (drawn by the PPTX masters and the HTML frame). */
  chrome: Chrome
  slides: LaidOutSlide[]
}

/** A rectangle in points. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A run of text placed in a box at one size: titles, subtitles, bylines. */
export interface PlacedText {
  box: Box
  /** In points. */
  fontSize: number
  /** Exact line height in points. */
  lineHeight: number
  align: 'left' | 'center' | 'right'
  inlines: Inline[]
  /** How many lines the layout measured (for tests and reports). */
  lines: number
}

/** Repeated parts of every slide; `null` where the deck has nothing to show. */
export interface Chrome {
  /** Classification banner strips, top and bottom (briefings mark both). */
  bannerTop: BannerText | null
  bannerBottom: BannerText | null
  /** Footer text, at the end of the footer band the slide number leaves free. */
  footer: ChromeText | null
  /** Organisation, centre of the footer band. */
  organization: ChromeText | null
  /** Slide number box, at one end of the footer band (theme `chrome.slideNumber`); the text is `n` of the slide, drawn by each output's own field. */
  slideNumber: { box: Box; fontSize: number; align: 'left' | 'right' }
  /**
   * The theme's logo (decorative), drawn on every slide; `key` names its
   * bytes in the `ImageAssets` (`THEME_LOGO_KEY`). `null` without a logo.
   */
  logo: { box: Box; key: string } | null
}

export interface ChromeText {
  box: Box
  fontSize: number
  text: string
  /** Alignment in its box (banners and organisation centred; footer and number at their band end). */
  align: 'left' | 'center' | 'right'
}

/** A classification banner: its text, and the colours of its marking level (see `bannerColorsOf`). */
export interface BannerText extends ChromeText {
  /** Fill of the strip, six hex digits. */
  background: string
  /** Colour of the marking, six hex digits. */
  color: string
}

export type LaidOutSlide = TitleLayout | SectionLayout | BodyLayout

interface SlideBase {
  /** Speaker notes, kept as paragraphs and lists. */
  notes: NoteBlock[]
  position: Position
  /** The template layout the slide is built on (`reference-doc`); absent without a template. */
  template?: SlideTemplate
}

/** A slide's template layout: its kind, the layout's name, and what it draws under the slide (layar points). */
export interface SlideTemplate {
  kind: TemplateSlideKindName
  layout: string
  decorations: TemplateDecoration[]
}

/** The title slide (from front matter). */
export interface TitleLayout extends SlideBase {
  layout: 'title'
  title: PlacedText
  subtitle: PlacedText | null
  /** Author, organisation and date, one per line. */
  byline: PlacedText | null
}

/**
 * What a slide draws behind everything instead of its theme colour (from
 * its heading's `background-*` attributes). Both outputs draw the colour on
 * the whole slide and the picture at `box`, showing only what lies in `clip`.
 */
export interface SlideBackground {
  /** Six hex digits, or `null` for the theme's colour of this kind of slide. */
  color: string | null
  image: BackgroundPicture | null
  /**
   * Set when the theme's title, body or chrome colour is unreadable on
   * `color` and another theme colour reads better (see `readableText`): the
   * colours to draw them in on this slide (`body` is `null` on a section
   * slide; `chrome` is the footer's and the slide number's). Callouts keep
   * the theme's text colour: they are drawn on their own light fill.
   */
  text?: { title: string; body: string | null; chrome: string }
}

/** A background picture, placed. */
export interface BackgroundPicture {
  /** Its key in the image assets (`Image.path`). */
  path: string
  /** Where the whole picture is drawn: larger than the slide for `cover`. */
  box: Box
  /** The part of the slide the picture shows in: the slide (`cover`, `stretch`) or `box` (`contain`). */
  clip: Box
  /** How it was fitted, and where in the free room it sits (0–1 each way), as reveal.js's background options say it. */
  fit: BackgroundFit
  align: { x: number; y: number }
  /** 0–1. */
  opacity: number
}

/** What a slide's heading attributes add to it; absent on slides without. */
interface SlideExtras {
  /** Set only when the heading asked for a background. */
  background?: SlideBackground
  /** reveal.js attributes for the HTML only (already reported); set only when there are some. */
  htmlOnly?: HtmlOnlyAttribute[]
  /**
   * This slide's own classification banners (`classification="…"` on its
   * heading), drawn over the deck's in both outputs; set only when the slide
   * is marked differently from the deck.
   */
  banners?: { top: BannerText; bottom: BannerText }
}

/** A section divider. */
export interface SectionLayout extends SlideBase, SlideExtras {
  layout: 'section'
  title: PlacedText
}

/**
 * A slide with a body. `layout` names the master it uses: `content` (one
 * column), `twoColumn` (a columns block), `image` (a single figure).
 */
export interface BodyLayout extends SlideBase, SlideExtras {
  layout: 'content' | 'twoColumn' | 'image'
  title: PlacedText | null
  frames: Frame[]
  /** What the layout did to make the body fit. */
  fit: FitOutcome
  /**
   * Set on every part of a slide the layout split into continuation slides
   * (`part` counts from 1, of `of`); absent on a slide that was not split.
   * Parts after the first already carry the localised suffix in `title`
   * and have no notes (they stay with the first part); renderers draw a
   * part like any slide.
   */
  continuation?: { part: number; of: number }
  /** A slide's own footer (Quarto's `::: footer`), in the deck footer's place, drawn instead of it; set only then. */
  footer?: ChromeText
}

/** What the layout did to a slide: nothing, shrank the text, or could not fit it. */
export type FitOutcome =
  | { type: 'fits' }
  | { type: 'shrunk'; from: number; to: number }
  | { type: 'overflows'; overflow: number }

/** A positioned piece of a slide body. */
/**
 * `step`: the click of its slide on which the frame appears (1 = the first
 * click; after a pandoc pause), decided with the items of incremental lists
 * (`ListItem.step`) by `builds.ts`; absent for frames shown from the start.
 * `fragment`: the reveal.js style of that click (a `.fragment .grow` div's),
 * set only with `step`; absent: the plain appear. A style that starts visible
 * (`grow`, `fade-out`, …) shows the frame from the start and changes it on
 * the click.
 */
export type Frame = (TextFrame | TableFrame | ImageFrame | ImagePlaceholderFrame | CodeFrame | MathFrame | CalloutFrame) & { step?: number; fragment?: FragmentStyle }

/**
 * A Quarto callout: a box filled with `fill`, a `barWidth`-pt bar of
 * `barColor` along its left edge, and inside (inset by `padding` on every
 * side) its title in bold, then `titleGap`, then its text (`body`, absent
 * when it has none), at the body text size.
 */
export interface CalloutFrame {
  type: 'callout'
  box: Box
  kind: CalloutKind
  barColor: string
  barWidth: number
  fill: string
  padding: number
  titleGap: number
  title: PlacedText
  body: TextFrame | null
  callout: Callout
}

/**
 * Consecutive text blocks drawn as one text box (one editable text frame in
 * PowerPoint). Paragraph spacing follows each paragraph and each list item.
 */
export interface TextFrame {
  type: 'text'
  box: Box
  fontSize: number
  lineHeight: number
  /** Space after each paragraph and list item, in points. */
  paragraphSpacing: number
  /** Indent per list level, in points. */
  listIndent: number
  blocks: Array<Paragraph | List | Blockquote | DefinitionList>
  /**
   * Set only when a paragraph of the frame holds a formula: where the body
   * font's baseline sits below the middle of a line, in em. A paragraph
   * whose formulas reach out of lines `lineHeight` tall gets taller lines,
   * all of them: `paragraphLineHeight` (math-lines.ts) says how tall, for
   * the layout's heights and for both renderers.
   */
  baselineDrop?: number
  /**
   * Set on the text opening a column of headed columns (two columns, each
   * opening with a bold paragraph and more after it; see `hasHeadedColumns`):
   * `height` is what its first block, the heading, takes (lines and the
   * spacing after). The HTML draws the frame as any other; the PPTX puts the
   * heading in the Comparison layout's heading placeholder and the rest below it.
   */
  heading?: { height: number }
}

/** A native table with measured column widths and row heights. */
export interface TableFrame {
  type: 'table'
  box: Box
  fontSize: number
  lineHeight: number
  /** Inner padding of each cell, in points. */
  cellPadding: { x: number; y: number }
  /** One width per column; they add up to `box.w`. */
  columnWidths: number[]
  /** Header row first (when the table has one), then one per body row; they add up to `box.h`. */
  rowHeights: number[]
  table: Table
  /** The table's caption, placed above `box`; `null` without one. */
  caption: PlacedText | null
  /** As on `TextFrame`: set only when a cell holds a formula; a cell's lines are `paragraphLineHeight` tall. */
  baselineDrop?: number
}

/** A picture fitted into its box with its aspect ratio kept, and its caption. */
export interface ImageFrame {
  type: 'image'
  /** The picture itself (already aspect-fitted, never upscaled past natural size). */
  box: Box
  image: Image
  /** The key of its bytes in the image assets (`image.path`, which has an asset). */
  path: string
  caption: PlacedText | null
  /**
   * Set when the image's `width`/`height` asked for more than its room: the
   * box it asked for (the picture was shrunk, aspect kept, to fit; reported).
   */
  clamped?: Box
}

/**
 * An image the build could not load (missing, remote, outside the folder,
 * unreadable; reported): a filled frame of the image's box (its natural size,
 * or a 4:3 stand-in) showing its alt text and source, so nothing vanishes.
 */
export interface ImagePlaceholderFrame {
  type: 'image-placeholder'
  box: Box
  /** The alt text (unless the caption shows it) and the source as written, centred in `box`. */
  label: PlacedText
  image: Image
  caption: PlacedText | null
  /** As on `ImageFrame`. */
  clamped?: Box
}

/** A code block as coloured lines, in the mono font. */
export interface CodeFrame {
  type: 'code'
  box: Box
  fontSize: number
  lineHeight: number
  /** Inner padding, in points. */
  padding: number
  lang: string | null
  /** One entry per source line; each a run of tokens with a colour. */
  lines: CodeToken[][]
}

/**
 * Display math: the formula centred in its box, horizontally and
 * vertically. `fontSize` is the body size, or less when the formula at that
 * size would be wider than the box.
 */
export interface MathFrame {
  type: 'math'
  box: Box
  /** The typeset formula itself, centred in `box` (PowerPoint's equation shape takes exactly this box). */
  formula: Box
  fontSize: number
  math: MathBlock
}

/** A highlighted piece of code. `color` is `null` for the theme's plain code colour. */
export interface CodeToken {
  text: string
  color: string | null
}
