import type { Position } from './position.js'

/**
 * Plain text, as written: runs of spaces and tabs, and soft line breaks
 * (`\n`), are kept. Outputs collapse them when drawing, as CSS
 * `white-space: normal` does (`layout/whitespace.ts`).
 */
export interface Text {
  type: 'text'
  value: string
  position: Position
}

/** `**strong**` */
export interface Strong {
  type: 'strong'
  children: Inline[]
  position: Position
}

/** `*emphasis*` */
export interface Emphasis {
  type: 'emphasis'
  children: Inline[]
  position: Position
}

/** `~~strikethrough~~` (GFM). */
export interface Delete {
  type: 'delete'
  children: Inline[]
  position: Position
}

/** `` `inline code` ``: spaces inside are kept as written (line ends become spaces); outputs collapse them like text. */
export interface InlineCode {
  type: 'inlineCode'
  value: string
  position: Position
}

/**
 * A hyperlink. `url` has already passed the link-safety check in `parse/`:
 * renderers may use it as is.
 */
export interface Link {
  type: 'link'
  url: string
  title: string | null
  children: Inline[]
  position: Position
}

/** A hard line break (two trailing spaces or a backslash). */
export interface Break {
  type: 'break'
  position: Position
}

/** pandoc's `H~2~O`: smaller text below the baseline. */
export interface Subscript {
  type: 'subscript'
  children: Inline[]
  position: Position
}

/** pandoc's `10^3^`: smaller text above the baseline. */
export interface Superscript {
  type: 'superscript'
  children: Inline[]
  position: Position
}

/**
 * A footnote mark: pandoc's `[^id]` or inline `^[note]`. `number` counts
 * from 1 on each slide; the note itself is in the slide's `footnotes`.
 * Outputs draw the number as a superscript.
 */
export interface FootnoteReference {
  type: 'footnoteReference'
  number: number
  position: Position
}

/**
 * pandoc's bracketed span `[text]{.smallcaps}`, with the looks layar draws
 * in both outputs (the rest of its attributes is reported by parse).
 */
export interface Span {
  type: 'span'
  /** `.smallcaps`: lower-case letters as small capitals. */
  smallCaps: boolean
  /** `.underline` */
  underline: boolean
  /** `.mark`: highlighted. */
  highlight: boolean
  /** From `style="color: …"`, six hex digits; `null` when not set. */
  color: string | null
  /** `lang=…`, a BCP 47 tag; `null` when not set. */
  lang: string | null
  children: Inline[]
  position: Position
}

/**
 * A formula typeset once at parse time, so layout can measure it and both
 * outputs draw the same thing. Lengths are in em of the text around it.
 */
export interface TypesetMath {
  /** Self-contained SVG (paths, `currentColor` fill), without width/height: renderers size it from the fields below. */
  svg: string
  /** The same formula as MathML (for screen readers and the PPTX's Office Math). */
  mathml: string
  /** Advance width, height above the baseline and depth below it, in em. */
  width: number
  height: number
  depth: number
}

/**
 * `$…$` TeX math inside text, typeset in text style. `$$…$$` inside a line
 * of text, a list item or a table cell is set this way too, so it keeps to
 * its line (a `$$…$$` paragraph of its own is a `MathBlock`).
 */
export interface InlineMath {
  type: 'inlineMath'
  /** The TeX source as written between the dollars (notes show it). */
  tex: string
  typeset: TypesetMath
  position: Position
}

/** Everything that can appear inside a line of text. */
export type Inline = Text | Strong | Emphasis | Delete | InlineCode | Link | Break | Subscript | Superscript | FootnoteReference | Span | InlineMath
