import type { MasterName, PlanBox } from './types.js'

/**
 * The slide master and slide layouts layar writes itself (as XML trees, see
 * `master-parts.ts`), in place of the layouts pptxgenjs draws slides on.
 * Lengths are points; colours six hex digits.
 */

/** How text typed into a placeholder looks (its list style). */
export interface PlaceholderText {
  fontFace: string
  fontSize: number
  color: string
  bold: boolean
  align: 'left' | 'center' | 'right'
  anchor: 'top' | 'middle'
}

/** The placeholder kinds layar's master and layouts carry (ST_PlaceholderType; `obj` is a content placeholder, written without `type`). */
export type PlaceholderType = 'title' | 'ctrTitle' | 'subTitle' | 'body' | 'obj' | 'pic' | 'dt' | 'ftr' | 'sldNum'

/** A placeholder of the master or of a layout: kind, index, box and text style. */
export interface PlaceholderPlan {
  type: PlaceholderType
  /** `idx`; `null` for titles (PowerPoint matches them by type). */
  idx: number | null
  name: string
  box: PlanBox
  /** Its own text style; `null` where the master's text styles apply unchanged. */
  text: PlaceholderText | null
}

/** One line of chrome text (organisation, classification marking), never wrapped. */
export interface ChromeLine {
  box: PlanBox
  text: string
  fontFace: string
  fontSize: number
  color: string
  bold: boolean
  align: 'left' | 'center' | 'right'
}

/** A classification banner: a filled strip with its marking, one shape. */
export interface BannerPlan extends ChromeLine {
  fill: string
}

/** A picture on the master (the theme logo, decorative), from the image assets by `path`. */
export interface MasterPicture {
  box: PlanBox
  path: string
  mime: 'image/png' | 'image/jpeg' | 'image/gif'
}

/** How body text a user types looks: the master's body style, level by level. */
export interface BodyTextStyle {
  fontFace: string
  fontSize: number
  color: string
  /** Line height as a multiple of the font size (the theme's `lineSpacing`). */
  lineSpacing: number
  /** Space after each paragraph, in points. */
  spaceAfter: number
  /** Indent per list level, in points. */
  listIndent: number
  /** Bullet characters by level, repeating. */
  bullets: readonly string[]
}

/**
 * The one slide master: the content background, the chrome every slide
 * shows (classification banners, logo), the title, body, date, footer and
 * slide-number placeholders, and the text styles of new text.
 */
export interface SlideMasterPlan {
  background: string
  banners: BannerPlan[]
  logo: MasterPicture | null
  placeholders: PlaceholderPlan[]
  titleStyle: PlaceholderText
  bodyStyle: BodyTextStyle
}

/** A slide layout as PowerPoint names and types it (ST_SlideLayoutType). */
export type LayoutType = 'blank' | 'title' | 'secHead' | 'obj' | 'twoObj' | 'twoTxTwoObj' | 'titleOnly' | 'picTx' | 'objOnly'

/**
 * A slide layout: its PowerPoint name and type, background, placeholders and
 * the chrome text drawn on its slides besides the master's (the organisation,
 * in this kind of slide's chrome colour).
 */
export interface LayoutPlan {
  /** The pptxgenjs layout whose slides use it (and whose part it replaces); `null` for a layout no slide of the deck uses. */
  source: MasterName | 'DEFAULT' | null
  name: string
  type: LayoutType
  background: string
  placeholders: PlaceholderPlan[]
  shapes: ChromeLine[]
}

/** Which placeholder of its layout a slide's text box fills. */
export interface SlidePlaceholder {
  type: 'obj' | 'body' | 'subTitle'
  idx: number
  /**
   * Whether text a user adds shrinks to fit (`<a:normAutofit/>`, as in
   * PowerPoint's body placeholders). Layar's own text already fits, and
   * LibreOffice draws it the same either way (measured); `false` on a slide
   * whose text overflows (reported), which must not shrink in one output only.
   */
  autofit: boolean
}

/**
 * Which placeholder of its layout a slide's table or picture fills, as
 * PowerPoint puts them: a content placeholder (`obj`, `<p:ph idx="…"/>`) or,
 * for a picture, a picture placeholder (`pic`, Picture with Caption).
 */
export interface SlideObjectPlaceholder {
  type: 'obj' | 'pic'
  idx: number
}
