import { isMap, isScalar, isSeq, type ParsedNode } from 'yaml'
import type { Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import { spanAt } from './source-lines.js'
import type { State } from './state.js'

/** Where a value is read from, for its messages. */
export interface ValueContext {
  state: State
  /** Offset of the YAML text in the content file. */
  base: number
  /** The YAML text. */
  text: string
}

/** A key's context: its name and where it is written. */
export interface FieldContext extends ValueContext {
  key: string
  keyPlace: Position
}

/** A YAML value as plain data: strings, numbers, booleans, null, lists and records; aliases and tags are not followed. */
export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue }

/** How deep `plainValue` reads (authors with affiliations need 4). */
const MAX_DEPTH = 6

/**
 * A YAML node as plain data, at most `MAX_DEPTH` levels deep; an alias, or
 * anything deeper, is `undefined` (the caller reports it as the wrong type).
 * Records have no prototype, so a key named `__proto__` is an ordinary key.
 */
export function plainValue(node: ParsedNode | null, context: ValueContext, depth = 0): PlainValue | undefined {
  if (node === null) return null
  if (depth > MAX_DEPTH) return undefined
  if (isScalar(node)) {
    const value = node.value
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
    if (typeof value === 'number' || typeof value === 'bigint') return context.text.slice(node.range[0], node.range[1]).trim()
    return undefined
  }
  if (isSeq(node)) {
    const items: PlainValue[] = []
    for (const item of node.items) {
      const value = plainValue(item, context, depth + 1)
      if (value === undefined) return undefined
      items.push(value)
    }
    return items
  }
  if (isMap(node)) {
    const record = Object.create(null) as Record<string, PlainValue>
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined
      const value = plainValue(pair.value, context, depth + 1)
      if (key === undefined || value === undefined) return undefined
      record[key] = value
    }
    return record
  }
  return undefined
}

/**
 * A text value. Numbers and other plain scalars (`date: 2026`, `1.50`) are
 * taken as the characters written, not as YAML re-prints them; an empty
 * value is `null`; a list or mapping is reported and gives `undefined`.
 */
export function textValue(value: ParsedNode | null, context: FieldContext, expected = 'a string'): string | null | undefined {
  if (value === null || (isScalar(value) && value.value === null)) return null
  if (isScalar(value)) {
    if (typeof value.value === 'string') return value.value
    if (typeof value.value === 'number' || typeof value.value === 'bigint') return context.text.slice(value.range[0], value.range[1])
  }
  mistyped(value, context, expected)
  return undefined
}

/** A `true`/`false` value, or `undefined` after reporting. */
export function flagValue(value: ParsedNode | null, context: FieldContext): boolean | undefined {
  const flag = isScalar(value) ? value.value : undefined
  if (typeof flag === 'boolean') return flag
  mistyped(value, context, '`true` or `false`')
  return undefined
}

/** Where a value is written (its last line's trailing space left out), or the key's place for an empty value. */
export function valuePlace(value: ParsedNode | null, context: FieldContext): Position {
  if (value === null) return context.keyPlace
  // A block value's range runs on to the next line; end it at its last character.
  const written = context.text.slice(value.range[0], value.range[1]).trimEnd()
  return spanAt(context.state.lines, context.base + value.range[0], context.base + value.range[0] + written.length)
}

/** Reports a value of the wrong type at its place. */
export function mistyped(value: ParsedNode | null, context: FieldContext, expected: string): void {
  report(context.state.file, 'front-matter-type', { key: context.key, expected }, valuePlace(value, context))
}

/** Reads `slide-level` (top level or under `format:`). */
export function slideLevelValue(value: ParsedNode | null, context: FieldContext): number | undefined {
  const level = isScalar(value) ? value.value : undefined
  if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) return level
  mistyped(value, context, 'a whole number from 1 to 6')
  return undefined
}
