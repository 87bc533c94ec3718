import type { Heading, PhrasingContent } from 'mdast'
import { report } from '../diagnostics/index.js'
import { describeAttributeProblem, trailingAttributes, type AttributeItem, type Attributes } from './attributes.js'
import { spanAt } from './source-lines.js'
import type { State } from './state.js'

/** A heading's inline content without its attribute block, and the attributes (null when none). */
export interface HeadingWithAttributes {
  children: PhrasingContent[]
  attributes: Attributes | null
}

/**
 * Takes pandoc's trailing attribute block off a heading (`## Title {#id
 * .smaller}`), reading it from the source line, not from the parsed inlines:
 * remark has already turned `_` or `*` inside a value into emphasis, and
 * escapes into characters. Attribute offsets in the result are offsets in the
 * content file. A block that looks like attributes but cannot be read stays
 * in the title as written, with an `attributes-malformed` warning.
 *
 * @param node an mdast heading (ATX or setext)
 */
export function headingAttributes(node: Heading, state: State): HeadingWithAttributes {
  const unchanged = { children: node.children, attributes: null }
  const start = node.children[0]?.position?.start.offset
  const end = node.children.at(-1)?.position?.end.offset
  if (start === undefined || end === undefined) return unchanged
  const text = state.source.slice(start, end)
  const result = trailingAttributes(text)
  if (result === null) return unchanged
  if (!result.ok) {
    const { problem } = result
    // `{1, 2, 3}` in a title is text, not an attempt at attributes.
    if (problem.kind === 'unexpected-character' && text[problem.offset - 1] === '{') return unchanged
    const detail = describeAttributeProblem(problem)
    const place = spanAt(state.lines, start + problem.offset, start + problem.offset + Math.max(1, problem.subject.length))
    report(state.file, 'attributes-malformed', { detail, outcome: 'It stays in the title as written.' }, place)
    return unchanged
  }
  const children = cutAt(node.children, start + result.start, state.source)
  if (children === null) return unchanged
  return { children, attributes: shifted(result.attributes, start) }
}

/** The inlines before source offset `cut`, trailing white space removed; null if an element straddles it. */
function cutAt(children: readonly PhrasingContent[], cut: number, source: string): PhrasingContent[] | null {
  const kept: PhrasingContent[] = []
  for (const child of children) {
    const from = child.position?.start.offset ?? 0
    const to = child.position?.end.offset ?? 0
    if (to <= cut) kept.push(child)
    else if (from < cut) {
      if (child.type !== 'text') return null
      // The value may differ from the source (escapes), but each `{` written before the cut is one `{` in it.
      const before = countBraces(source.slice(from, cut))
      const index = nthBrace(child.value, before)
      if (index === -1) return null
      kept.push({ ...child, value: child.value.slice(0, index) })
    }
  }
  const last = kept.at(-1)
  if (last?.type === 'text') {
    const value = last.value.replace(/[ \t]+$/, '')
    if (value === '') kept.pop()
    else kept[kept.length - 1] = { ...last, value }
  }
  return kept
}

function countBraces(text: string): number {
  let count = 0
  for (const char of text) if (char === '{') count += 1
  return count
}

/** The index of the `{` after `skip` others, or -1. */
function nthBrace(value: string, skip: number): number {
  let index = value.indexOf('{')
  for (let seen = 0; index !== -1 && seen < skip; seen += 1) index = value.indexOf('{', index + 1)
  return index
}

function shifted(attributes: Attributes, by: number): Attributes {
  const items = attributes.items.map((item): AttributeItem => ({ ...item, start: item.start + by, end: item.end + by }))
  return { ...attributes, items }
}
