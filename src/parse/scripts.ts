import type { Text as MdText } from 'mdast'
import type { Inline } from '../model/index.js'
import { positionOf } from './position.js'
import type { State } from './state.js'
import { positionIn, sourcedText, type SourcedText } from './text-source.js'

/**
 * pandoc's subscripts `H~2~O` and superscripts `10^3^` in a text node, by
 * pandoc's rules: the content is not empty and holds no white space unless
 * escaped (`P~a\ b~`, an escaped space becomes a no-break space), and an
 * escaped `\~` or `\^` is no delimiter. `~~x~~` is GFM's strikethrough
 * (micromark's single-tilde form is turned off, see `gfm-parts.ts`), and
 * `^[` opens an inline note (`inline-notes.ts`), so neither is a script here.
 *
 * Written by hand: the npm packages for this (`remark-supersub`,
 * `remark-sub-super`) are remark-only text replacers without pandoc's
 * escaping rules, and no maintained micromark extension exists. Like them,
 * this sees one text node at a time, so `^*x*^` (marks inside) stays text.
 */
export function textWithScripts(node: MdText, state: State): Inline[] {
  if (!node.value.includes('~') && !node.value.includes('^')) return [{ type: 'text', value: node.value, position: positionOf(node) }]
  const text = sourcedText(node, state)
  const out: Inline[] = []
  let from = 0
  let i = 0
  while (i < text.value.length) {
    const close = scriptEnd(text, i)
    if (close === -1) {
      i++
      continue
    }
    if (i > from) out.push({ type: 'text', value: text.value.slice(from, i), position: positionIn(text, from, i, state) })
    const content = text.value.slice(i + 1, close).replaceAll('\\ ', '\u00a0')
    const position = positionIn(text, i, close + 1, state)
    const inner: Inline[] = [{ type: 'text', value: content, position: positionIn(text, i + 1, close, state) }]
    out.push({ type: text.value[i] === '~' ? 'subscript' : 'superscript', children: inner, position })
    from = close + 1
    i = close + 1
  }
  if (from < text.value.length) out.push({ type: 'text', value: text.value.slice(from), position: positionIn(text, from, text.value.length, state) })
  return out
}

/** The index of the closing delimiter of a script opening at `i`, or -1. */
function scriptEnd(text: SourcedText, i: number): number {
  const mark = text.value[i]
  if ((mark !== '~' && mark !== '^') || text.escaped[i] === true) return -1
  const next = text.value[i + 1]
  if (next === undefined || next === mark || (mark === '^' && next === '[')) return -1
  // A `~~` run left as text by the strikethrough parser opens nothing.
  if (mark === '~' && i > 0 && text.value[i - 1] === '~') return -1
  for (let j = i + 1; j < text.value.length; j++) {
    const char = text.value[j] ?? ''
    if (char === '\\' && text.value[j + 1] === ' ') {
      j++
      continue
    }
    if (/\s/.test(char)) return -1
    if (char === mark && text.escaped[j] !== true) return j
  }
  return -1
}
