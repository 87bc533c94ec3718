import type { Code } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import { highlightCode } from './highlight.js'
import type { CodeToken } from './laid-out.js'
import type { LayoutCache } from './layout-cache.js'

/*
 * Code blocks made by cutting a longer one are remembered (in the layout
 * cache's `codeSlices`, keyed by the new node) as a range of the whole. Why
 * not highlight the piece on its own: a cut can fall inside a multi-line
 * string or comment, and the continuation must keep the colours the whole
 * block had. A WeakMap keeps the model plain data. Highlighted lines are
 * kept per whole block and theme, so fit and split highlight each block once.
 */

/**
 * Lines `from` (inclusive) to `to` (exclusive) of a code block as a code
 * block of their own, remembered as a slice of the whole so `codeLines`
 * colours them as in the whole. `lines` is `code.value` split at newlines,
 * for a caller that cuts one block many times.
 */
export function codeSliceOf(cache: LayoutCache, code: Code, from: number, to: number, lines: readonly string[] = code.value.split('\n')): Code {
  const slices = cache.codeSlices
  const parent = slices.get(code)
  const source = parent?.source ?? code
  const base = parent?.from ?? 0
  const slice: Code = { ...code, value: lines.slice(from, to).join('\n') }
  slices.set(slice, { source, from: base + from, to: base + to })
  return slice
}

/** The highlighted lines of a code block (or of the slice of one), cached per theme. */
export function codeLines(code: Code, theme: Theme, cache: LayoutCache): CodeToken[][] {
  const slice = cache.codeSlices.get(code)
  const source = slice?.source ?? code
  let byTheme = cache.highlighted.get(source)
  if (!byTheme) {
    byTheme = new WeakMap()
    cache.highlighted.set(source, byTheme)
  }
  let lines = byTheme.get(theme)
  if (!lines) {
    lines = highlightCode(source.value, source.lang, theme, cache)
    byTheme.set(theme, lines)
  }
  return slice ? lines.slice(slice.from, slice.to) : lines
}
