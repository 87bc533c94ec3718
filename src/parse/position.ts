import type { Node } from 'mdast'
import type { Position } from '../model/index.js'

/** The position of a file with no usable node: its very start. */
export const fileStart: Position = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
}

/**
 * A fresh copy of an mdast node's position, so model nodes never share
 * objects with the syntax tree (or with each other).
 *
 * Note: every node remark-parse makes has a position; `fileStart` only stands
 * in for the impossible case so the model type can stay non-optional.
 */
export function positionOf(node: Node): Position {
  const place = node.position ?? fileStart
  return {
    start: { line: place.start.line, column: place.start.column, offset: place.start.offset },
    end: { line: place.end.line, column: place.end.column, offset: place.end.offset },
  }
}

/** The span from the start of `first` to the end of `last`. */
export function spanOf(first: Position, last: Position): Position {
  return { start: { ...first.start }, end: { ...last.end } }
}
