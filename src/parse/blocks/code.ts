import type { Code } from 'mdast'
import type { Block } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { parseAttributes, parseRawAttribute } from '../attributes.js'
import { reportCodeInfo } from '../literal-syntax.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'

/**
 * A fenced or indented code block. `lang` is the info string's first word,
 * reduced to characters a highlighter name can have, so it is safe to use
 * as a class name or lookup key downstream. pandoc's and Quarto's braced
 * info strings are read too:
 * - `{=html}`, `{=pptx}`, `{=openxml}` (raw blocks) go to no output, since
 *   layar never passes raw markup through: reported once per deck;
 * - `{.python .numberLines}` (pandoc attributes): the first class is the language;
 * - `{r}`, `{python echo=false}`, `{r, label}` (Quarto/knitr cells): shown as
 *   code in that language without their `#|` option lines; layar does not
 *   run code, which is said once per deck.
 */
export function code(node: Code, state: State): Block[] {
  const position = positionOf(node)
  const info = [node.lang ?? '', node.meta ?? ''].join(' ').trim()
  if (info.startsWith('{')) {
    const raw = parseRawAttribute(info)
    if (raw !== null) {
      once(state, 'raw-block', () => report(state.file, 'raw-block-dropped', { format: raw.format }, position))
      return []
    }
    const attributes = parseAttributes(info)
    if (attributes.ok) {
      const lang = clean(attributes.attributes.classes[0] ?? '')
      return [{ type: 'code', lang: lang === '' ? null : lang, value: node.value, position }]
    }
    const cell = /^\{\s*([A-Za-z][A-Za-z0-9_+-]*)/.exec(info)
    if (cell !== null) {
      once(state, 'code-cell', () => report(state.file, 'code-cell-not-run', { lang: cell[1] ?? '' }, position))
      const value = node.value.split('\n').filter((line) => !/^\s*#\|/.test(line)).join('\n').replace(/^\n+/, '')
      return [{ type: 'code', lang: clean(cell[1] ?? ''), value, position }]
    }
    reportCodeInfo(node.lang, position, state)
  }
  const lang = clean(node.lang ?? '')
  return [{ type: 'code', lang: lang === '' ? null : lang, value: node.value, position }]
}

function clean(lang: string): string {
  return lang.replace(/[^A-Za-z0-9_+#.-]/g, '')
}

function once(state: State, key: string, send: () => void): void {
  if (state.reportedOnce.has(key)) return
  state.reportedOnce.add(key)
  send()
}
