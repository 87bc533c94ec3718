import type { Align } from '../../model/index.js'

/** A piece of one source line: 1-based line and column of its first character. */
export interface Fragment {
  line: number
  column: number
  text: string
}

/** The source of one cell: its lines, top to bottom (one for a simple table's cell). */
export type CellSource = Fragment[]

/**
 * A pandoc table found on the source lines (grid, simple or multiline):
 * which lines it takes and what each cell holds, still as source text.
 */
export interface LineTable {
  type: 'lineTable'
  /** 1-based first and last source line of the table (captions are read later, from the tree). */
  start: number
  end: number
  align: Align[]
  /** `null` for a headerless table. */
  header: CellSource[] | null
  rows: CellSource[][]
}

/** A pandoc line block: each entry one line as shown (a line and its continuation lines). */
export interface LineBlock {
  type: 'lineBlock'
  start: number
  end: number
  lines: Array<{ indent: number; parts: Fragment[] }>
}

/** A block layar reads from the source lines, where CommonMark would show its syntax. */
export type LineRegion = LineTable | LineBlock
