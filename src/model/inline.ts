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

/** Everything that can appear inside a line of text. */
export type Inline = Text | Strong | Emphasis | Delete | InlineCode | Link | Break
