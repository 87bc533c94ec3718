import type { VFile } from 'vfile'
import type { Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import { containerState, MAX_CONTAINER_DEPTH, MAX_LAZY_PARAGRAPH_LINES, scanContainerLine } from './container-scan.js'
import { markWeight, mayStartMark, MAX_INLINE_MARKS } from './inline-marks.js'
import { lineWeight, MAX_BLOCKS } from './block-count.js'

export { MAX_CONTAINER_DEPTH, MAX_LAZY_PARAGRAPH_LINES } from './container-scan.js'
export { MAX_INLINE_MARKS } from './inline-marks.js'
export { MAX_BLOCKS } from './block-count.js'

/**
 * Bounds on the Markdown shapes that make micromark slow, checked by one
 * linear scan of the source before it is parsed (issue 21). Measured with
 * micromark 4: brackets in one paragraph (`[[[[…`, `[a] [a] …`, nested
 * `![…`) cost time growing with the square of their number, as do emphasis
 * delimiters that can open or close (`a* a* …`), and nested emphasis
 * (`*a *a … c* c*`) faster still (1,000 deep: 2 s, 2,000: 20 s, 4,000:
 * 110 s). Deep quotes and lists and lazy continuation lines are bounded by
 * `container-scan.ts`. Under these bounds each costs time in proportion to
 * the text. The inline marks of the whole deck are bounded as well, since
 * every span costs every stage memory (`inline-marks.ts`), and so are its
 * lines and blocks, which cost the parser memory each (`block-count.ts`).
 */

/** Most `[` and `]` in one paragraph: 2,000 footnote marks (4,000 brackets) still build. */
export const MAX_BRACKETS = 5_000
/** Most `*`/`_` runs that can open or close emphasis in one paragraph (a thousand emphasised words). */
export const MAX_EMPHASIS_RUNS = 2_000
/** Most emphasis openers waiting for their closer at once in one paragraph. */
export const MAX_EMPHASIS_DEPTH = 100

/** The state of the paragraph being scanned; a blank line starts a new one. */
interface Paragraph {
  brackets: number
  runs: number
  openers: string[]
}

/**
 * Reports the first place where the source passes one of the bounds above
 * (`markdown-brackets-too-many`, `markdown-emphasis-too-many`,
 * `markdown-emphasis-too-deep`, `markdown-containers-too-deep`,
 * `markdown-lazy-lines-too-many`, `markdown-inline-marks-too-many`,
 * `markdown-blocks-too-many`) and returns
 * false; true when the source is within all of them. Fenced code is skipped;
 * code spans and math are counted (a rare false alarm far beyond real text).
 *
 * @param source the content file's text, as parsed
 * @param file where to report
 */
export function checkInputBounds(source: string, file: VFile): boolean {
  let paragraph: Paragraph = { brackets: 0, runs: 0, openers: [] }
  const containers = containerState()
  const deck = { marks: 0 }
  let blocks = 0
  let lineStart = 0
  for (let line = 1; lineStart <= source.length; line++) {
    const lineEnd = endOfLine(source, lineStart)
    const text = source.slice(lineStart, lineEnd)
    const at = (index: number): Position => {
      const point = { line, column: index + 1, offset: lineStart + index }
      return { start: point, end: { ...point } }
    }
    const shape = scanContainerLine(text, containers)
    if (shape.over !== null) {
      const limit = shape.over.rule === 'markdown-containers-too-deep' ? MAX_CONTAINER_DEPTH : MAX_LAZY_PARAGRAPH_LINES
      report(file, shape.over.rule, { limit }, at(shape.over.index))
      return false
    }
    blocks += lineWeight(shape.kind, shape.starts)
    if (blocks > MAX_BLOCKS) {
      report(file, 'markdown-blocks-too-many', { limit: MAX_BLOCKS }, at(text.length - text.trimStart().length))
      return false
    }
    if (shape.kind === 'blank') {
      paragraph = { brackets: 0, runs: 0, openers: [] }
    } else if (shape.kind === 'text') {
      const over = scanInline(text, shape.contentStart, paragraph, deck)
      if (over !== null) {
        report(file, over.rule, { limit: inlineLimits[over.rule] }, at(over.index))
        return false
      }
    }
    lineStart = lineEnd + (source.startsWith('\r\n', lineEnd) ? 2 : 1)
  }
  return true
}

function endOfLine(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code === 0x0a || code === 0x0d) return i
  }
  return source.length
}

/** The bound each inline rule reports. */
const inlineLimits: Readonly<Record<InlineRule, number>> = {
  'markdown-brackets-too-many': MAX_BRACKETS,
  'markdown-emphasis-too-many': MAX_EMPHASIS_RUNS,
  'markdown-emphasis-too-deep': MAX_EMPHASIS_DEPTH,
  'markdown-inline-marks-too-many': MAX_INLINE_MARKS,
}

type InlineRule = 'markdown-brackets-too-many' | 'markdown-emphasis-too-many' | 'markdown-emphasis-too-deep' | 'markdown-inline-marks-too-many'

/**
 * Counts brackets and emphasis runs of one line into `paragraph`, and the
 * weight of its inline marks into `deck`; the first index past a bound, or null.
 */
function scanInline(text: string, from: number, paragraph: Paragraph, deck: { marks: number }): { rule: InlineRule; index: number } | null {
  const spend = (weight: number): boolean => (deck.marks += weight) > MAX_INLINE_MARKS
  for (let i = from; i < text.length; i++) {
    const char = text[i] as string
    if (char === '*' || char === '_') {
      let end = i
      while (text[end + 1] === char) end++
      const { open, close } = flanking(char, text[i - 1], text[end + 1])
      if (open || close) {
        if (++paragraph.runs > MAX_EMPHASIS_RUNS) return { rule: 'markdown-emphasis-too-many', index: i }
        if (spend(1)) return { rule: 'markdown-inline-marks-too-many', index: i }
        const opener = close ? paragraph.openers.lastIndexOf(char) : -1
        if (opener >= 0) paragraph.openers.length = opener
        else if (open && paragraph.openers.push(char) > MAX_EMPHASIS_DEPTH) return { rule: 'markdown-emphasis-too-deep', index: i }
      }
      i = end
      continue
    }
    if (!mayStartMark(text.charCodeAt(i))) continue
    if ((char === '[' || char === ']') && ++paragraph.brackets > MAX_BRACKETS) return { rule: 'markdown-brackets-too-many', index: i }
    const mark = markWeight(text, i)
    if (mark.weight > 0 && spend(mark.weight)) return { rule: 'markdown-inline-marks-too-many', index: i }
    i = mark.end
  }
  // Two spaces at the end of a line are a hard break, as a backslash is.
  if (text.endsWith('  ') && text.length - 2 >= from && spend(2)) return { rule: 'markdown-inline-marks-too-many', index: text.length - 1 }
  return null
}

const whiteSpace = /^\s$/u
const punctuation = /^[\p{P}\p{S}]$/u

/** CommonMark's rules for whether a delimiter run can open or close emphasis; line ends count as white space. */
function flanking(marker: string, before: string | undefined, after: string | undefined): { open: boolean; close: boolean } {
  const spaceBefore = before === undefined || whiteSpace.test(before)
  const spaceAfter = after === undefined || whiteSpace.test(after)
  const punctBefore = before !== undefined && punctuation.test(before)
  const punctAfter = after !== undefined && punctuation.test(after)
  const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore)
  const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter)
  if (marker === '*') return { open: left, close: right }
  return { open: left && (!right || punctBefore), close: right && (!left || punctAfter) }
}
