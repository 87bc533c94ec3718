import type { Fragment, FragmentStyle } from './fragment.js'
import type { Inline, TypesetMath } from './inline.js'
import type { Position } from './position.js'

/** A paragraph of inline content. */
export interface Paragraph {
  type: 'paragraph'
  children: Inline[]
  /** Set by Quarto's `::: {.r-fit-text}`: drawn on one line at the largest size that fits; absent otherwise. */
  fitText?: true
  position: Position
}

/**
 * One list item. Its first paragraph carries the bullet or number; later
 * paragraphs continue the item without one; nested lists are children too,
 * in source order.
 */
export interface ListItem {
  type: 'listItem'
  /** GFM task-list state; `null` for an ordinary item. */
  checked: boolean | null
  children: Array<Paragraph | List>
  position: Position
  /**
   * The click on which this item of an incremental list appears on its
   * slide (1 = the first click), with everything inside it; set by layout
   * (`layout/builds.ts`), never by parse. Absent: the item appears with the
   * text around it.
   */
  step?: number
  /**
   * Set by parse when the item is a `.fragment` span and nothing else
   * (`- [text]{.fragment}`): it appears (or changes, as its style says) on
   * a click of its own, like an item of an incremental list.
   */
  fragment?: Fragment
}

/** A bullet list. */
export interface BulletList {
  type: 'list'
  ordered: false
  /** From a pandoc `::: incremental` / `::: nonincremental` wrapper; `null` inherits the deck's setting. */
  incremental: boolean | null
  children: ListItem[]
  position: Position
}

/** A numbered list; `start` is the first item's number as written. */
export interface OrderedList {
  type: 'list'
  ordered: true
  start: number
  /** As for `BulletList`. */
  incremental: boolean | null
  children: ListItem[]
  position: Position
}

export type List = BulletList | OrderedList

/** A quotation; holds text blocks only. */
export interface Blockquote {
  type: 'blockquote'
  children: Array<Paragraph | List>
  position: Position
}

/** One term of a definition list and its definitions (each one or more text blocks). */
export interface DefinitionItem {
  type: 'definitionItem'
  term: Inline[]
  definitions: Array<Array<Paragraph | List>>
  position: Position
}

/** pandoc's definition list: each term in bold, its definitions indented below it. */
export interface DefinitionList {
  type: 'definitionList'
  children: DefinitionItem[]
  position: Position
}

/** Column alignment of a GFM table; `null` means not set (left in practice). */
export type Align = 'left' | 'center' | 'right' | null

export interface TableCell {
  type: 'tableCell'
  children: Inline[]
  position: Position
}

export interface TableRow {
  type: 'tableRow'
  children: TableCell[]
  position: Position
}

/**
 * A table: GFM's pipe table, or pandoc's grid, simple or multiline table.
 * Every row has exactly `align.length` cells (parse pads short rows).
 */
export interface Table {
  type: 'table'
  align: Align[]
  /** The header row; `null` for pandoc's headerless tables (every row a body row). */
  header: TableRow | null
  rows: TableRow[]
  /** pandoc's `Table: …` / `: …` caption; absent when the table has none. */
  caption?: Inline[]
  position: Position
}

/**
 * An image on its own (a figure). `src` is what the author wrote; `path` is
 * that reference resolved against the content file's folder, relative to it
 * and POSIX-style, so the model stays independent of where it was built.
 */
export interface Image {
  type: 'image'
  src: string
  /**
   * `null` when the reference cannot be read at all (remote without
   * `--fetch-remote`, outside the folder without `--allow-outside`, a `data:`
   * URL; already reported): the slides show a placeholder frame in its place.
   */
  path: string | null
  alt: string
  title: string | null
  /**
   * Size asked for with `{width=… height=…}` (pandoc's image attributes);
   * absent when neither is given (the image then shows at its natural size
   * at most). With one of the two, the other follows the aspect ratio.
   */
  size?: ImageSize
  /** Quarto's `fig-align`; absent means centred. */
  align?: 'left' | 'center' | 'right'
  /**
   * The caption when it is not the default (the title, else the alt text):
   * Quarto's `fig-cap` text, or `null` for no caption.
   */
  caption?: string | null
  position: Position
}

/**
 * A length as written on an image: `pt` for absolute units (`px`, `pt`,
 * `in`, `cm`, `mm`, converted to points), `em` for the body text size,
 * `fraction` for a percentage (of the room's width, or of its height).
 */
export type ImageLength = { unit: 'pt'; value: number } | { unit: 'em'; value: number } | { unit: 'fraction'; value: number }

/** The width and height asked for; at least one is set. */
export type ImageSize = { width: ImageLength; height: ImageLength | null } | { width: null; height: ImageLength }

/** A fenced code block. `lang` is the info string's first word, if any. */
export interface Code {
  type: 'code'
  lang: string | null
  value: string
  /**
   * List indents the block is set in by, for code written inside a list
   * item or block quote (drawn under that item's text); absent at the top level.
   */
  indent?: number
  position: Position
}

/** Display math (`$$…$$` as a paragraph of its own), typeset in display style and centred. */
export interface MathBlock {
  type: 'math'
  tex: string
  typeset: TypesetMath
  position: Position
}

/** One column of a `:::: columns` block. */
export interface Column {
  type: 'column'
  children: FlowBlock[]
  /**
   * Share of the columns block's width (0–1) from `width="30%"` (or `30`, or
   * `0.3`); absent when not given (such columns share what is left equally).
   */
  width?: number
  position: Position
}

/** `:::: columns` with two or three `::: column` children. */
export interface Columns {
  type: 'columns'
  children: Column[]
  position: Position
}

/** The kinds of Quarto callout, each with its own colour. */
export type CalloutKind = 'note' | 'tip' | 'warning' | 'important' | 'caution'

/**
 * A Quarto callout (`::: {.callout-note}`): a box with a coloured bar, a
 * title (its `title` attribute, its first heading, or the kind's name) and text.
 */
export interface Callout {
  type: 'callout'
  kind: CalloutKind
  title: Inline[]
  children: Array<Paragraph | List>
  position: Position
}

/** Blocks that flow inside a column. */
export type FlowBlock = Paragraph | List | Blockquote | DefinitionList | Table | Image | Code | MathBlock | Callout

/**
 * Every block a content slide can hold. `step` is set on the blocks after
 * pandoc pauses (`. . .`) at the top of a slide: 1 after the first pause, 2
 * after the second; absent before any (shown from the start). A top-level
 * `.fragment` div takes the next step for its own blocks only: the blocks
 * after it keep the step before it (so steps need not rise in reading order;
 * each new number is a new click, a number seen before is that click).
 * A paragraph that is a `.fragment` span and nothing else takes a step of
 * its own the same way. `fragment` is the reveal.js style of that step (a
 * `.fragment .fade-up` div's); absent for the default appear and for pauses.
 */
export type Block = (FlowBlock | Columns) & { step?: number; fragment?: FragmentStyle }

/** Blocks speaker notes can hold: text only, since notes pages are text. */
export type NoteBlock = Paragraph | List | Blockquote

/** A table's rows, the header row (if any) first. */
export function allRows(table: Table): TableRow[] {
  return table.header === null ? [...table.rows] : [table.header, ...table.rows]
}
