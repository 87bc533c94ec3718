import type { PlainValue } from './front-matter-values.js'

/** The authors of a deck: their names and their affiliations, each once, in order. */
export interface Authors {
  names: string[]
  affiliations: string[]
}

/**
 * Reads `author` (or `authors`) as pandoc and Quarto allow it: a string, a
 * list of strings, or objects with `name` (a string, or Quarto's `{given,
 * family}` / `{literal}`) and `affiliation`/`affiliations` (a string, a list,
 * or objects with `name`). Other author fields (`email`, `orcid`, …) are
 * pandoc's or Quarto's and are not shown.
 *
 * @returns the authors, or `null` when the value has none of these shapes
 */
export function authorsFrom(value: PlainValue): Authors | null {
  const authors: Authors = { names: [], affiliations: [] }
  const items = Array.isArray(value) ? value : [value]
  for (const item of items) {
    if (item === null) continue
    if (!addAuthor(item, authors)) return null
  }
  return authors
}

/**
 * Reads `institute` (pandoc's beamer variable): a string or a list of strings.
 *
 * @returns the institutes, or `null` for another shape
 */
export function institutesFrom(value: PlainValue): string[] | null {
  const items = Array.isArray(value) ? value : [value]
  const names: string[] = []
  for (const item of items) {
    const name = nameOf(item)
    if (name === undefined) return null
    if (name !== null) names.push(name)
  }
  return names
}

function addAuthor(item: PlainValue, authors: Authors): boolean {
  if (!isRecord(item)) {
    const name = nameOf(item)
    if (name === undefined) return false
    if (name !== null) authors.names.push(name)
    return true
  }
  const name = nameOf(item['name'] ?? null)
  if (name === undefined) return false
  if (name !== null) authors.names.push(name)
  for (const key of ['affiliation', 'affiliations']) {
    const affiliations = item[key] ?? null
    for (const affiliation of Array.isArray(affiliations) ? affiliations : [affiliations]) {
      const label = isRecord(affiliation) ? nameOf(affiliation['name'] ?? null) : nameOf(affiliation)
      if (label === undefined) return false
      if (label !== null && !authors.affiliations.includes(label)) authors.affiliations.push(label)
    }
  }
  return true
}

/** A name: text, `{literal}` or `{given, family}`; `null` when empty, `undefined` for another shape. */
function nameOf(value: PlainValue): string | null | undefined {
  if (value === null) return null
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number') return String(value)
  if (!isRecord(value)) return undefined
  const literal = value['literal']
  if (typeof literal === 'string') return literal.trim() || null
  const parts = [value['given'], value['family']].filter((part): part is string => typeof part === 'string' && part.trim() !== '')
  return parts.length === 0 ? undefined : parts.join(' ')
}

function isRecord(value: PlainValue): value is { [key: string]: PlainValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
