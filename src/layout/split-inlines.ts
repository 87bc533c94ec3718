import type { Inline } from '../model/index.js'

/**
 * The text of inline content as the sentence finder sees it: text and inline
 * code as written, a formula as its TeX, a hard break as `\n`. Offsets into this string are what
 * `sliceInlines` cuts at.
 */
function flatText(inlines: readonly Inline[]): string {
  let out = ''
  for (const node of inlines) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value
    else if (node.type === 'inlineMath') out += node.tex
    else if (node.type === 'break') out += '\n'
    else if (node.type === 'footnoteReference') out += String(node.number)
    else out += flatText(node.children)
  }
  return out
}

/**
 * Where a sentence may end: end punctuation (… is \u2026), closing quotes (” ’), then white space before a
 * capital, digit or opening quote (“ ‘). Written with escapes so the CLI bundle stays ASCII (scripts/bundle.mjs).
 */
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019)\]]*(\s+)(?=["'\u201C\u2018(\[]?[\p{Lu}\p{N}])/gu

/** A place to cut a paragraph: the head ends at `end`, the tail starts at `start` (the white space between is dropped). */
export interface SentenceCut {
  end: number
  start: number
}

/**
 * The sentence boundaries of inline content, in order. A boundary whose
 * cut would begin or end inside inline code is no boundary (code is never
 * cut). Note: an abbreviation with a full stop before a capital (`Dr. Ali`)
 * counts as a boundary; the cost is a split at a slightly worse place, never
 * lost text.
 */
export function sentenceCuts(inlines: readonly Inline[]): SentenceCut[] {
  const text = flatText(inlines)
  const code = codeRanges(inlines)
  const cuts: SentenceCut[] = []
  for (const match of text.matchAll(SENTENCE_END)) {
    const space = match[1] ?? ''
    const end = match.index + match[0].length - space.length
    const start = match.index + match[0].length
    // A cut whose end or start falls inside inline code would split or drop the span
    // (`sliceInlines` keeps code only where it begins), e.g. code starting with spaces after a full stop.
    const inside = (offset: number): boolean => code.some(([a, b]) => offset > a && offset < b)
    if (start >= text.length || inside(end) || inside(start)) continue
    cuts.push({ end, start })
  }
  return cuts
}

/** Offsets [from, to) of every inline code span. */
function codeRanges(inlines: readonly Inline[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let offset = 0
  const walk = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') offset += node.value.length
      else if (node.type === 'break') offset += 1
      else if (node.type === 'footnoteReference') offset += String(node.number).length
      else if (node.type === 'inlineCode' || node.type === 'inlineMath') {
        // A formula is as atomic as code.
        const length = atomLength(node)
        ranges.push([offset, offset + length])
        offset += length
      } else walk(node.children)
    }
  }
  walk(inlines)
  return ranges
}

/**
 * The part of inline content between two offsets of its flat text, with its
 * marks (strong, emphasis, links, …) kept around the pieces that remain.
 * Nodes keep their source positions. Inline code, formulas and breaks are kept whole
 * when they start inside the range.
 */
export function sliceInlines(inlines: readonly Inline[], from: number, to: number): Inline[] {
  let offset = 0
  const walk = (nodes: readonly Inline[]): Inline[] => {
    const out: Inline[] = []
    for (const node of nodes) {
      const begin = offset
      if (node.type === 'text') {
        offset += node.value.length
        const value = node.value.slice(Math.max(0, from - begin), Math.max(0, to - begin))
        if (value !== '') out.push({ ...node, value })
      } else if (node.type === 'inlineCode' || node.type === 'break' || node.type === 'footnoteReference' || node.type === 'inlineMath') {
        offset += atomLength(node)
        if (begin >= from && begin < to) out.push(node)
      } else {
        const children = walk(node.children)
        if (children.length > 0) out.push({ ...node, children })
      }
    }
    return out
  }
  return walk(inlines)
}

/** Nodes `sliceInlines` keeps whole, and their length in the flat text. */
function atomLength(node: Extract<Inline, { type: 'inlineCode' | 'break' | 'footnoteReference' | 'inlineMath' }>): number {
  if (node.type === 'break') return 1
  if (node.type === 'inlineMath') return node.tex.length
  return node.type === 'footnoteReference' ? String(node.number).length : node.value.length
}

/** The length of the flat text of inline content (see `sliceInlines`). */
export function flatLength(inlines: readonly Inline[]): number {
  return flatText(inlines).length
}
