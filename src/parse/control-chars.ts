import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import { INVISIBLE_CHARS } from '../model/index.js'
import { pointAt } from './source-lines.js'

/**
 * What a removed character is replaced by while parsing. One UTF-16 unit, so
 * every offset, line and column of the source stays as written; remark and
 * yaml treat it as an ordinary character; `stripMasks` removes it afterwards.
 */
const MASK = '\uFFFF'

/**
 * Replaces every invisible control character by a placeholder of the same
 * length, and warns once per line that has any, at the first one's place.
 * Parsing the masked text keeps positions true to the file while no control
 * character reaches the deck (both renderers then draw the same text).
 *
 * @param source the content file's text
 * @param lines line start offsets of `source`
 */
export function maskControlChars(source: string, file: VFile, lines: readonly number[]): string {
  let found = false
  let line = { number: 0, count: 0, chars: new Set<string>(), first: 0 }
  const flush = (): void => {
    if (line.count === 0) return
    const start = pointAt(lines, line.first)
    const chars = [...line.chars].slice(0, 5).join(', ') + (line.chars.size > 5 ? ', …' : '')
    report(file, 'text-control-removed', { count: line.count, chars }, { start, end: { ...start, column: start.column + 1, offset: line.first + 1 } })
  }
  const masked = source.replace(INVISIBLE_CHARS, (char: string, offset: number) => {
    found = true
    const number = pointAt(lines, offset).line
    if (number !== line.number) {
      flush()
      line = { number, count: 0, chars: new Set(), first: offset }
    }
    line.count++
    line.chars.add(`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    return MASK
  })
  flush()
  return found ? masked : source
}

/**
 * The deck (plain JSON data) with every placeholder `maskControlChars` left
 * removed and every CRLF or lone CR line end turned into LF, in every string,
 * in place. Positions are numbers, so they keep pointing at the file as written.
 */
export function cleanDeckText<T>(value: T): T {
  const clean = (text: string): string => {
    const unmasked = text.includes(MASK) ? text.split(MASK).join('') : text
    return unmasked.includes('\r') ? unmasked.replace(/\r\n?/g, '\n') : unmasked
  }
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return clean(node)
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) node[index] = visit(node[index])
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>
      for (const key of Object.keys(record)) record[key] = visit(record[key])
    }
    return node
  }
  return visit(value) as T
}
