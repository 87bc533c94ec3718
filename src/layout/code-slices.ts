import type { Code } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import { highlightCode } from './highlight.js'
import type { CodeToken } from './laid-out.js'

/** Where a code block cut by the splitter came from: the whole block and its line range. */
interface Slice {
  source: Code
  from: number
  to: number
}

/**
 * Code blocks made by cutting a longer one, keyed by the new node. Why not
 * highlight the piece on its own: a cut can fall inside a multi-line string
 * or comment, and the continuation must keep the colours the whole block had.
 * A WeakMap keeps the model plain data.
 */
const slices = new WeakMap<Code, Slice>()

/** Highlighted lines per whole block and theme, so fit and split highlight each block once. */
const highlighted = new WeakMap<Code, WeakMap<Theme, CodeToken[][]>>()

/**
 * Lines `from` (inclusive) to `to` (exclusive) of a code block as a code
 * block of their own, remembered as a slice of the whole so `codeLines`
 * colours them as in the whole. `lines` is `code.value` split at newlines,
 * for a caller that cuts one block many times.
 */
export function codeSliceOf(code: Code, from: number, to: number, lines: readonly string[] = code.value.split('\n')): Code {
  const parent = slices.get(code)
  const source = parent?.source ?? code
  const base = parent?.from ?? 0
  const slice: Code = { ...code, value: lines.slice(from, to).join('\n') }
  slices.set(slice, { source, from: base + from, to: base + to })
  return slice
}

/** The highlighted lines of a code block (or of the slice of one), cached per theme. */
export function codeLines(code: Code, theme: Theme): CodeToken[][] {
  const slice = slices.get(code)
  const source = slice?.source ?? code
  let byTheme = highlighted.get(source)
  if (!byTheme) {
    byTheme = new WeakMap()
    highlighted.set(source, byTheme)
  }
  let lines = byTheme.get(theme)
  if (!lines) {
    lines = highlightCode(source.value, source.lang, theme)
    byTheme.set(theme, lines)
  }
  return slice ? lines.slice(slice.from, slice.to) : lines
}
