import type { TemplateBulletLook } from './bullet-look.js'
import type { TemplateBullet, TemplateParagraph } from './paragraph-style.js'

/**
 * A PowerPoint template (`reference-doc`) as plain data: what layar needs of
 * its package to lay out in its boxes and to draw both decks on it. Lengths
 * are points in the template's own slide (1 pt = 12 700 EMU); colours six hex
 * digits, upper case.
 */
export interface ReferenceTemplate {
  /** The template's path as shown in messages. */
  file: string
  /** The slide size in points. */
  size: { width: number; height: number }
  /** The colour scheme of the first master's theme. */
  colors: Record<SchemeColorName, string>
  /** The theme's font scheme: heading (major) and body (minor) Latin faces. */
  fonts: { major: string; minor: string }
  /** The first slide master, whose layouts layar uses. */
  master: TemplateMaster
  /** The first master's layouts, in the master's order. */
  layouts: TemplateLayout[]
  /** Bytes of the media parts the master and layouts draw (pictures, background pictures), by part path. */
  media: Record<string, Uint8Array>
}

/** The twelve slots of a DrawingML colour scheme. */
export type SchemeColorName = 'dk1' | 'lt1' | 'dk2' | 'lt2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6' | 'hlink' | 'folHlink'

/** A rectangle in points. */
export interface TemplateBox {
  x: number
  y: number
  w: number
  h: number
}

/** A placeholder of a master or layout, with what it sets itself (`null`: inherited). */
export interface TemplatePlaceholder {
  /** `title`, `ctrTitle`, `subTitle`, `body`, `obj` (no type written), `pic`, `dt`, `ftr`, `sldNum`, … */
  type: string
  /** `idx`, 0 when not written. */
  idx: number
  box: TemplateBox | null
  /** Size of its first level's text, in points. */
  fontSize: number | null
  /** Its text colour when it names one (six hex digits). */
  color: string | null
  /** Text insets (left, top, right, bottom) in points. */
  insets: [number, number, number, number] | null
  /** Where its text sits vertically (`a:bodyPr anchor`). */
  anchor: TemplateAnchor | null
  /** How its first level's text is aligned (`a:lvl1pPr algn`). */
  align: TemplateAlign | null
  /** Its first level's margins, line spacing and paragraph spacing. */
  paragraph: TemplateParagraph
  /** Its first three levels' bullets (`null`: inherited). */
  bullets: Array<TemplateBullet | null>
  /** Its first three levels' bullet colours and sizes (fields `null`: inherited). */
  bulletLooks: TemplateBulletLook[]
}

/** A text box's vertical anchor. */
export type TemplateAnchor = 'top' | 'middle' | 'bottom'

/** A paragraph's alignment (justified text stands as left). */
export type TemplateAlign = 'left' | 'center' | 'right'

/** A picture drawn by a master or layout (a logo, a band), at its box. */
export interface TemplatePicture {
  /** The media part, e.g. `ppt/media/image1.png`. */
  media: string
  box: TemplateBox
}

/** What fills a master's or layout's background. */
export type TemplateBackground = { type: 'color'; color: string } | { type: 'picture'; media: string }

/** What masters and layouts share. */
export interface TemplateDrawing {
  /** The part's path, e.g. `ppt/slideLayouts/slideLayout2.xml`. */
  path: string
  background: TemplateBackground | null
  pictures: TemplatePicture[]
  /** Filled rectangles (bands) drawn under the content, with their colour. */
  bands: Array<{ box: TemplateBox; color: string }>
  placeholders: TemplatePlaceholder[]
}

/** The slide master: the colour map and the text styles layouts inherit. */
export interface TemplateMaster extends TemplateDrawing {
  /** `bg1`, `tx1`, `bg2`, `tx2` → scheme slots (`p:clrMap`). */
  colorMap: Record<string, string>
  /** Title size from the master's title style, in points. */
  titleSize: number | null
  /** Body size (first level) from the master's body style, in points. */
  bodySize: number | null
  /** First-level alignment of the master's title and body styles. */
  titleAlign: TemplateAlign | null
  bodyAlign: TemplateAlign | null
  /** First level of the master's title and body styles (`p:txStyles`). */
  titleParagraph: TemplateParagraph
  bodyParagraph: TemplateParagraph
  /** The first three levels' bullets of the master's body style. */
  bodyBullets: Array<TemplateBullet | null>
  /** The first three levels' bullet colours and sizes of the master's body style. */
  bodyBulletLooks: TemplateBulletLook[]
}

/** A slide layout. */
export interface TemplateLayout extends TemplateDrawing {
  /** Its name (`p:cSld name`), e.g. `Title and Content`. */
  name: string
  /** Its type (`type`), e.g. `obj`; `cust` when not written. */
  type: string
  /** Whether the master's pictures and shapes show on it (`showMasterSp`). */
  showMasterShapes: boolean
}

/** The kinds of layar slide a template layout is chosen for. */
export type TemplateSlideKind = 'title' | 'section' | 'content' | 'twoColumn' | 'image' | 'untitled'

/** Every slide kind, in the order their layouts are looked up. */
export const templateSlideKinds: readonly TemplateSlideKind[] = ['title', 'section', 'content', 'twoColumn', 'image', 'untitled']
