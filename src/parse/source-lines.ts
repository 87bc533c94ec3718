import type { Point, Position } from '../model/index.js'

/**
 * Where each line of a text starts, as offsets: the basis for turning an
 * offset (what YAML errors and string slices give) into a line and column.
 *
 * @param text the whole content file
 * @returns offsets of every line start; entry 0 is line 1
 */
export function lineStarts(text: string): number[] {
  // A loop over char codes, not a /\r\n|\r|\n/g exec loop: one match object per line cost ~20 ms on a 1,000-slide deck, on every call.
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a) starts.push(index + 1)
    else if (code === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) index++
      starts.push(index + 1)
    }
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
