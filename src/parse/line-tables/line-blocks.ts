import { startsBlock, type LineIndex } from './line-index.js'
import type { Fragment, LineBlock } from './types.js'

const lineStart = /^\|(?: |$)/
/** A GFM table's delimiter row: then the lines are a pipe table, not a line block. */
const delimiterRow = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

/**
 * A pandoc line block starting at line `i`: lines that begin with `| `,
 * each shown on a line of its own with its leading spaces kept; a line that
 * begins with a space continues the line above it.
 *
 * @returns the block, or null when none starts at `i`
 */
export function lineBlock(index: LineIndex, i: number): LineBlock | null {
  if (!lineStart.test(index.lines[i] ?? '') || !startsBlock(index, i)) return null
  const lines: LineBlock['lines'] = []
  let end = i
  for (let line = i; line < index.count && index.free[line] === true && index.blank[line] !== true; line++) {
    const text = index.lines[line] ?? ''
    if (delimiterRow.test(text)) return null
    if (lineStart.test(text)) {
      const after = text.slice(2)
      const indent = after.length - after.trimStart().length
      lines.push({ indent, parts: [fragment(after.trimStart(), line + 1, 3 + indent)] })
    } else if (/^[ \t]/.test(text) && lines.length > 0) {
      const rest = text.trimStart()
      lines.at(-1)?.parts.push(fragment(rest, line + 1, text.length - rest.length + 1))
    } else break
    end = line
  }
  return { type: 'lineBlock', start: i + 1, end: end + 1, lines }
}

function fragment(text: string, line: number, column: number): Fragment {
  return { line, column, text: text.trimEnd() }
}
