import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'

/** Where a value was written: a theme file's display path, 1-based line and column. */
export interface Place {
  file: string
  line: number
  column: number
}

/** A key of a located mapping and its value. */
export interface LocatedEntry {
  keyPlace: Place
  value: Located
}

/**
 * Parsed YAML that remembers where each value was written, so a problem
 * found after merging themes still points at the file and line it came from.
 */
export type Located =
  | { type: 'map'; place: Place; entries: Map<string, LocatedEntry> }
  | { type: 'seq'; place: Place; items: Located[] }
  | { type: 'scalar'; place: Place; value: unknown; source: string }

/** A parsed theme file, or the YAML syntax problems that stop it being read. */
export type ParsedFile =
  | { type: 'ok'; root: Located }
  | { type: 'error'; problems: Array<{ place: Place; message: string }> }

/**
 * Parses YAML (or JSON, which YAML reads too) with positions.
 *
 * @param text the file's text
 * @param file the path to show in messages
 */
export function locatedFromYaml(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const placeAt = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  if (doc.errors.length > 0) {
    return {
      type: 'error',
      problems: doc.errors.map((error) => ({ place: placeAt(error.pos[0]), message: firstLine(error.message) })),
    }
  }
  if (doc.contents === null) return { type: 'ok', root: { type: 'scalar', place: placeAt(0), value: null, source: '' } }
  return { type: 'ok', root: toLocated(doc.contents, { doc, text, placeAt }) }
}

interface Walk {
  doc: Document
  text: string
  placeAt: (offset: number) => Place
}

function toLocated(node: Node, walk: Walk): Located {
  const place = walk.placeAt(node.range?.[0] ?? 0)
  if (isAlias(node)) {
    const target = node.resolve(walk.doc)
    return target ? toLocated(target, walk) : { type: 'scalar', place, value: null, source: '' }
  }
  if (isMap(node)) {
    const entries = new Map<string, LocatedEntry>()
    for (const pair of node.items) {
      const key = pair.key as Node | null
      const keyPlace = key?.range ? walk.placeAt(key.range[0]) : place
      const name = isScalar(key) ? String(key.value) : String(key)
      const value: Located = isNode(pair.value)
        ? toLocated(pair.value, walk)
        : { type: 'scalar', place: keyPlace, value: null, source: '' }
      entries.set(name, { keyPlace, value })
    }
    return { type: 'map', place, entries }
  }
  if (isSeq(node)) {
    return { type: 'seq', place, items: node.items.filter(isNode).map((item) => toLocated(item, walk)) }
  }
  // The source text is kept because plain `047857` is the number 47857 to YAML,
  // yet plainly a colour to the theme author.
  const range = node.range
  const source = range ? walk.text.slice(range[0], range[1]).trim() : ''
  return { type: 'scalar', place, value: isScalar(node) ? node.value : null, source }
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value) || isAlias(value)
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}

/**
 * Merges `override` onto `base`: mappings merge key by key, deeply; any other
 * value in `override` replaces the base's. Places travel with the values.
 */
export function mergeLocated(base: Located, override: Located): Located {
  if (base.type !== 'map' || override.type !== 'map') return override
  const entries = new Map(base.entries)
  for (const [key, entry] of override.entries) {
    const inherited = entries.get(key)
    entries.set(key, inherited ? { keyPlace: entry.keyPlace, value: mergeLocated(inherited.value, entry.value) } : entry)
  }
  return { type: 'map', place: override.place, entries }
}

/** Formats a place as `file:line:column`. */
export function formatPlace(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`
}
