import type { Point, Position } from '../model/index.js'

/**
 * Where each line of a text starts, as offsets: the basis for turning an
 * offset (what YAML errors and string slices give) into a line and column.
 *
 * @param text the whole content file
 * @returns offsets of every line start; entry 0 is line 1
 */
export function lineStarts(text: string): number[] {
  const starts = [0]
  const pattern = /\r\n|\r|\n/g
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    starts.push(match.index + match[0].length)
  }
  return starts
}

/**
 * The unist point (1-based line and column) of an offset.
 *
 * @param starts from `lineStarts` of the same text
 * @param offset 0-based; clamped to the text
 */
export function pointAt(starts: readonly number[], offset: number): Point {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  const lineStart = starts[low] ?? 0
  return { line: low + 1, column: offset - lineStart + 1, offset }
}

/** The span between two offsets, as a model position. */
export function spanAt(starts: readonly number[], from: number, to: number): Position {
  return { start: pointAt(starts, from), end: pointAt(starts, Math.max(from, to)) }
}
