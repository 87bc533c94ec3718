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
 * Lines 0 to `to` (exclusive) of a code block as a code block of their own,
 * `value` their text, remembered as a slice of the whole so `codeLines`
 * colours them as in the whole.
 */
export function codeHeadOf(cache: LayoutCache, code: Code, to: number, value: string): Code {
  const parent = cache.codeSlices.get(code)
  const base = parent?.from ?? 0
  return remembered(cache, { ...code, value }, parent?.source ?? code, base, base + to)
}

/**
 * Lines `from` to the end of a code block as a code block of their own,
 * `value` their text; see `codeHeadOf`. The end is the parent slice's, so
 * the rest of a long block is not counted again on every slide.
 */
export function codeTailOf(cache: LayoutCache, code: Code, from: number, value: string): Code {
  const parent = cache.codeSlices.get(code)
  const base = parent?.from ?? 0
  const end = parent?.to ?? code.value.split('\n').length
  return remembered(cache, { ...code, value }, parent?.source ?? code, base + from, end)
}

function remembered(cache: LayoutCache, slice: Code, source: Code, from: number, to: number): Code {
  cache.codeSlices.set(slice, { source, from, to })
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
