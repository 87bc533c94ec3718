import type { FragmentStyle } from '../../../model/index.js'
import type { ChromeLine, LayoutPlan, SlideMasterPlan, SlideObjectPlaceholder, SlidePlaceholder } from './master-types.js'

/**
 * The PPTX plan: plain, JSON-serialisable data saying which shapes go where on
 * which slide master and slide. The pptxgenjs adapter (`write-pptx.ts`) draws it;
 * tests snapshot it. Lengths are points (1/72 in) on the 960 × 540 pt canvas;
 * colours are six hex digits; every string is already free of XML-forbidden
 * control characters.
 */
export interface PptxPlan {
  meta: PlanMeta
  /** The slide master layar writes: chrome, placeholders, text styles. */
  master: SlideMasterPlan
  /** The slide layouts layar writes, in part order (`slideLayout1.xml` first): pptxgenjs's layouts first, then layouts no slide uses. */
  layouts: LayoutPlan[]
  /** The layouts pptxgenjs draws slides on (title placeholder and slide number for `addSlide`). */
  /** The package's theme part (`ppt/theme/theme1.xml`): the layar theme's colours and fonts. */
  scheme: ThemeScheme
  masters: MasterPlan[]
  slides: SlidePlan[]
}

/** Document properties (docProps/core.xml and app.xml). */
export interface PlanMeta {
  title: string
  author: string | null
  /** The deck's subtitle. */
  subject: string | null
  /** The deck's organisation. */
  company: string | null
  /** Locale written on every run (`id-ID`, `en-US`, …). */
  lang: string
  /** Theme fonts for the package theme (major = headings, minor = body). */
  headingFont: string
  bodyFont: string
}

/** The colour slots of a DrawingML colour scheme. */
export type SchemeColorName = 'dk1' | 'lt1' | 'dk2' | 'lt2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6' | 'hlink' | 'folHlink'

/** The colours a slide refers to through the master's colour map (`<a:schemeClr val="tx1"/>`, …). */
export type SchemeSlot = 'tx1' | 'bg1' | 'tx2' | 'bg2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6' | 'hlink' | 'folHlink'

/** A font scheme entry: the Latin, east-Asian and complex-script faces. */
export interface SchemeFonts {
  latin: string
  ea: string
  cs: string
}

/** The theme part: colour scheme, colour map, font scheme (see `themeScheme`). */
export interface ThemeScheme {
  name: string
  /** Dark background: the master maps bg1/tx1/bg2/tx2 to dk1/lt1/dk2/lt2. */
  dark: boolean
  colors: Record<SchemeColorName, string>
  /** Explicit colours written as scheme colours on slides, layouts and masters (upper-case hex, one slot per colour). */
  schemeColors: Array<{ slot: SchemeSlot; color: string }>
  /** Headings (`+mj-lt`). */
  majorFont: SchemeFonts
  /** Body text (`+mn-lt`). */
  minorFont: SchemeFonts
  /** The table style every table uses (`ppt/tableStyles.xml`), from the theme's table colours. */
  tableStyle: TableStylePlan
}

/** A table style: header row, plain and banded rows, borders (six hex digits each). */
export interface TableStylePlan {
  /** A GUID in braces, derived from the theme's name (stable across builds). */
  id: string
  name: string
  headerFill: string
  headerText: string
  rowFill: string
  bandFill: string
  text: string
  border: string
}

/** A rectangle in points. */
export interface PlanBox {
  x: number
  y: number
  w: number
  h: number
}

/**
 * The pptxgenjs layouts layar defines: one per slide layout of the laid-out
 * deck, one for untitled body slides, and one for two-column slides with
 * headed columns (`COMPARISON`, see `TextFrame.heading`).
 */
export type MasterName = 'TITLE' | 'SECTION' | 'CONTENT' | 'TWO_COLUMN' | 'IMAGE' | 'UNTITLED' | 'COMPARISON'

/**
 * A pptxgenjs `defineSlideMaster` layout: what pptxgenjs needs to draw slides
 * on it (its title placeholder and slide number). Its part is replaced by the
 * layar layout of the same `source` (see `LayoutPlan`).
 */
export interface MasterPlan {
  name: MasterName
  background: string
  /** The title placeholder (`<p:ph type="title"/>`): its default box and text style. */
  title: TitlePlaceholder
  /** The slide-number field box and its alignment (at the footer band's end, see `Chrome.slideNumber`). */
  slideNumber: { box: PlanBox; fontSize: number; color: string; fontFace: string; align: 'left' | 'right' }
}

export interface TitlePlaceholder {
  box: PlanBox
  fontFace: string
  fontSize: number
  color: string
  align: 'left' | 'center' | 'right'
}

/** One slide: its master, its title (into the master's placeholder), shapes and notes. */
export interface SlidePlan {
  master: MasterName
  /** `null` for an untitled slide (its layout has no title). */
  title: SlideTitle | null
  /** The footer, in the slide's footer placeholder (`ftr`); `null` when the deck has none. */
  footer: ChromeLine | null
  shapes: ShapePlan[]
  /** Notes as plain paragraphs (list items already carry "• " / "1. "). */
  notes: string[]
  /** The slide's own background (`<p:bg>`), replacing its master's; set only when its heading asked for one. */
  background?: SlideBackgroundPlan
  /**
   * The slide number's colour on this slide, when its own background needs
   * another than the master's (`SlideBackground.text.chrome`); the footer
   * carries its colour in `footer`. Absent: the master's.
   */
  chromeColor?: string
}

/**
 * A slide background: a colour, or a picture filling the slide behind the
 * master's shapes (banners and footer stay on top, as in the HTML). `crop`
 * says which part of the picture shows, as fractions cut off each side
 * (negative for a picture smaller than the slide, `contain`);
 * `transparency` is 0–100.
 */
export type SlideBackgroundPlan =
  | { type: 'color'; color: string }
  | { type: 'image'; path: string; mime: 'image/png' | 'image/jpeg' | 'image/gif'; crop: { l: number; t: number; r: number; b: number }; transparency: number }
  /** A picture smaller than the slide (`contain`): drawn as the slide's first shape at `box`, over the colour (if any). */
  | { type: 'picture'; color: string | null; box: PlanBox; path: string; mime: 'image/png' | 'image/jpeg' | 'image/gif'; transparency: number }

/** The slide's title text, drawn in the title placeholder at `box`. */
export interface SlideTitle {
  /** `ctrTitle` on the title slide, as PowerPoint's Title Slide layout has it. */
  type: 'title' | 'ctrTitle'
  box: PlanBox
  paragraph: ParagraphPlan
}

/**
 * A shape on a slide. `step`: the click on which it appears, as a whole
 * (its frame's `Frame.step`, after a pandoc pause); absent: shown on entry.
 * `fragment`: that click's reveal.js style (`Frame.fragment`), drawn as
 * PowerPoint's equivalent effect (`FRAGMENT_STYLES`); absent: "Appear".
 * `transforms/slide-timing.ts` writes PowerPoint's animations from these
 * and from `ParagraphPlan.step`.
 */
export type ShapePlan = (TextShape | TableShape | ImageShape) & { step?: number; fragment?: FragmentStyle }

/** A text box: body text, code, captions, subtitles. */
export interface TextShape {
  type: 'text'
  name: string
  box: PlanBox
  /** Background fill, or `null` for none. */
  fill: string | null
  /** Inner margin in points on every side. */
  margin: number
  valign: 'top' | 'middle'
  wrap: boolean
  paragraphs: ParagraphPlan[]
  /** The layout placeholder it fills (body text, subtitles); `null` for a plain text box (code, captions). */
  placeholder: SlidePlaceholder | null
}

/** A paragraph: runs plus exact spacing and its list marker. */
export interface ParagraphPlan {
  align: 'left' | 'center' | 'right'
  /** Exact line height in points. */
  lineSpacing: number
  /** Space after, in points. */
  spaceAfter: number
  marker: ParagraphMarker
  runs: RunPlan[]
  /**
   * The click on which the paragraph appears, when it belongs to an item of
   * an incremental list (`ListItem.step`); absent: with its shape.
   */
  step?: number
  /** That click's reveal.js style (the item's `ListItem.fragment`); absent: "Appear". */
  fragment?: FragmentStyle
}

/**
 * How a paragraph starts. `depth` counts indents of `indent` points: the text
 * starts at `depth * indent` from the frame edge; bullets and numbers hang in
 * the last indent. A bullet's `font` is `null` for the paragraph's own font,
 * or a font that has the character (task boxes; see `symbol-bullets.ts`).
 */
export type ParagraphMarker =
  | { type: 'none' }
  | { type: 'indent'; depth: number; indent: number }
  | { type: 'bullet'; depth: number; indent: number; char: string; font: string | null; look?: BulletLook }
  | { type: 'number'; depth: number; indent: number; startAt: number }

/** A template's bullet colour (six hex digits) and size (a fraction of the text's); `null`: layar's. */
export interface BulletLook {
  color: string | null
  size: number | null
}

/** A run of text with one style. */
export interface RunPlan {
  text: string
  fontFace: string
  fontSize: number
  color: string
  bold: boolean
  italic: boolean
  strike: boolean
  underline: boolean
  /** Clickable target, or `null`. */
  hyperlink: string | null
  /** A line break (`<a:br/>`) before this run. */
  breakBefore: boolean
  /** Raised (superscripts, footnote marks) or lowered (subscripts); absent on ordinary runs. */
  baseline?: 'super' | 'sub'
  /** Highlight colour (`[text]{.mark}`); absent on ordinary runs. */
  highlight?: string
  /** The run's own language (`[text]{lang=…}`); absent where the deck's applies. */
  lang?: string
  /**
   * Set on a formula's run: pptxgenjs writes its TeX in Cambria Math, and
   * `transforms/office-math-shapes.ts` then turns the run into Office Math
   * (`a14:m`), with the formula as plain text for readers without equations.
   */
  math?: PlanMath
}

/** A formula for Office Math: its MathML, and whether it is display math (a paragraph of its own, centred). */
export interface PlanMath {
  tex: string
  mathml: string
  display: boolean
  /** The font of the text around it, for the fallback text. */
  font: string
}

/** A native table. */
export interface TableShape {
  type: 'table'
  name: string
  box: PlanBox
  columnWidths: number[]
  rowHeights: number[]
  /** Header row first, when `header`. */
  rows: TableCellPlan[][]
  /** Whether the first row is a header row (pandoc's headerless tables have none). */
  header: boolean
  border: { width: number; color: string }
  /** Cell padding in points: top, right, bottom, left. */
  cellMargin: [number, number, number, number]
  /** The layout's content placeholder it fills (`<p:graphicFrame>` with `<p:ph idx>`); `null` for a free table. */
  placeholder: SlideObjectPlaceholder | null
}

export interface TableCellPlan {
  fill: string
  align: 'left' | 'center' | 'right'
  paragraph: ParagraphPlan
}

/** A picture, embedded from the deck's image assets by `path`. */
export interface ImageShape {
  type: 'image'
  name: string
  box: PlanBox
  path: string
  mime: 'image/png' | 'image/jpeg' | 'image/gif'
  altText: string
  /** The layout placeholder it fills (picture or content placeholder); `null` for a free picture. */
  placeholder: SlideObjectPlaceholder | null
  /**
   * For an SVG image: its sanitised SVG, embedded beside the PNG rendering
   * (`path`'s picture) as PowerPoint's native SVG picture (`svg-pictures.ts`).
   * Absent for raster images.
   */
  svg?: Uint8Array
}
