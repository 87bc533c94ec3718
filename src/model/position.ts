/**
 * Source positions, as unist defines them: 1-based line and column, 0-based offset.
 * Every model node copied from Markdown keeps one, so any later stage can report
 * a problem at the place in the content file that caused it.
 */
export interface Point {
  line: number
  column: number
  offset?: number | undefined
}

/** A span in the content file. */
export interface Position {
  start: Point
  end: Point
}
