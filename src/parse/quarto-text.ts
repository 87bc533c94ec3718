import type { Paragraph } from 'mdast'
import { report } from '../diagnostics/index.js'
import { spanAt } from './source-lines.js'
import type { State } from './state.js'

/**
 * Reports Quarto shortcodes (`{{< pagebreak >}}`) and pandoc citations
 * (`[@key]`, `[see @key, p. 3]`) in a paragraph's text: layar has no
 * bibliography and runs no shortcodes, so they stay as written, with a
 * warning at each. Found in the text remark made, so code spans are skipped.
 */
export function reportQuartoText(node: Paragraph, state: State): void {
  for (const child of node.children) {
    if (child.type !== 'text') continue
    const start = child.position?.start.offset
    if (start === undefined) continue
    for (const found of findings(child.value)) {
      const source = state.source.indexOf(found.text, start)
      const from = source === -1 ? start : source
      const place = spanAt(state.lines, from, from + found.text.length)
      if (found.kind === 'shortcode') report(state.file, 'shortcode-unsupported', { code: found.text }, place)
      else report(state.file, 'citation-unsupported', { citation: found.text }, place)
    }
  }
}

/** Shortcodes and bracketed citations in a text, each at most 200 characters long: linear in the text. */
function findings(text: string): Array<{ kind: 'shortcode' | 'citation'; text: string }> {
  const found: Array<{ kind: 'shortcode' | 'citation'; text: string }> = []
  // Each closing search starts where the last one ended, so no part of the text is scanned twice.
  let close = -1
  for (let at = text.indexOf('{{<'); at !== -1; at = text.indexOf('{{<', at + 3)) {
    if (close < at + 3) close = text.indexOf('>}}', at + 3)
    if (close === -1) break
    if (close - at <= 200) found.push({ kind: 'shortcode', text: text.slice(at, close + 3) })
  }
  let end = -1
  for (let at = text.indexOf('['); at !== -1; at = text.indexOf('[', at + 1)) {
    if (end <= at) end = text.indexOf(']', at + 1)
    if (end === -1) break
    const inside = text.slice(at + 1, Math.min(end, at + 201))
    if (end - at <= 200 && !inside.includes('[') && /(?:^|[\s;,])-?@[\p{L}\p{N}_]/u.test(inside)) found.push({ kind: 'citation', text: text.slice(at, end + 1) })
  }
  return found
}
