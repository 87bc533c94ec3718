import type { Text as MdText } from 'mdast'
import type { Position } from '../model/index.js'
import { spanAt } from './source-lines.js'
import type { State } from './state.js'

/**
 * An mdast text node's value with, for each character, where it was written
 * and whether it was backslash-escaped. pandoc's inline syntax that layar
 * finds inside text (`H~2~O`, `10^3^`, `^[note]`) must not start or end at
 * an escaped `\~`, `\^` or `\]`, which the value alone cannot tell.
 */
export interface SourcedText {
  value: string
  /** `escaped[i]`: character `i` was written `\c`. */
  escaped: boolean[]
  /** Source offset of each character (of its backslash, if escaped); one more entry for the end. */
  offsets: number[]
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/

/**
 * Lines the value up with the source: a value character is either written
 * as itself, or escaped; any other source characters (container prefixes
 * such as `> ` on a quote's later lines, indentation, the rest of a
 * character reference) are skipped.
 */
export function sourcedText(node: MdText, state: State): SourcedText {
  const value = node.value
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const escaped: boolean[] = []
  const offsets: number[] = []
  if (start === undefined || end === undefined) {
    for (let i = 0; i <= value.length; i++) offsets.push(0)
    return { value, escaped: Array.from(value, () => false), offsets }
  }
  let at = start
  for (const char of value) {
    for (let k = 0; k < char.length; k++) escaped.push(false)
    const index = escaped.length - char.length
    while (at < end) {
      if (state.source[at] === '\\' && state.source.startsWith(char, at + 1) && ASCII_PUNCTUATION.test(char)) {
        escaped[index] = true
        break
      }
      if (state.source.startsWith(char, at)) break
      at++
    }
    for (let k = 0; k < char.length; k++) offsets.push(Math.min(at, end))
    at = Math.min(end, at + (escaped[index] === true ? 2 : char.length))
  }
  offsets.push(end)
  return { value, escaped, offsets }
}

/** The source position of characters `from` to `to` of a sourced text. */
export function positionIn(text: SourcedText, from: number, to: number, state: State): Position {
  const begin = text.offsets[from] ?? 0
  const finish = to >= text.value.length ? (text.offsets[text.value.length] ?? begin) : (text.offsets[to] ?? begin)
  return spanAt(state.lines, begin, finish)
}

/** An mdast text node for characters `from` to `to`, positioned where they were written. */
export function textSlice(text: SourcedText, from: number, to: number, state: State): MdText {
  return { type: 'text', value: text.value.slice(from, to), position: positionIn(text, from, to, state) }
}
