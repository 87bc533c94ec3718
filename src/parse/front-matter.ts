import type { Root, Yaml } from 'mdast'
import { isMap, isScalar, parseDocument, type ParsedNode, type YAMLMap } from 'yaml'
import { yamlErrorPlace } from './yaml-error-place.js'
import type { Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import { foreignKeys } from './front-matter-foreign-keys.js'
import { frontMatterFields, knownKeys, newDraft, type MetaDraft, type ValueContext } from './front-matter-fields.js'
import { reportOverriddenOptions } from './front-matter-overrides.js'
import { fileStart, positionOf } from './position.js'
import { spanAt } from './source-lines.js'
import type { State } from './state.js'

/** Validated front matter, and where it is (the title slide's position). */
export interface FrontMatter {
  meta: MetaDraft
  position: Position
  /** Whether the file has a front matter block at all. */
  written: boolean
}

/**
 * Reads and validates the YAML front matter of a content file. Every
 * problem is reported at its place in the content file (the YAML starts on
 * line 2, after the opening `---`). Keys that are nobody's (neither layar's,
 * pandoc's nor Quarto's) are warned about; values of the wrong type are
 * errors and fall back to the default. No front matter is no problem: the
 * defaults are returned.
 *
 * Note: the metadata is built field by field from known keys, never by
 * copying the YAML mapping, so keys like `__proto__` cannot reach it.
 *
 * @returns the metadata, or null when there is none to make a deck from
 *   (invalid YAML, or not a mapping)
 */
export function frontMatterFromMdast(tree: Root, state: State): FrontMatter | null {
  const node = tree.children[0]
  if (node?.type !== 'yaml') return { meta: newDraft(), position: fileStart, written: false }
  const position = positionOf(node)
  const base = contentStart(node, state)
  const text = state.source.slice(base, contentEnd(node, state, base))
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true })
  for (const problem of [...document.errors, ...document.warnings]) {
    const detail = problem.message.split('\n')[0] ?? problem.code
    // An error at the very end (an unclosed quote) would point at the closing
    // `---`; keep it on the last character of the YAML instead.
    const last = Math.max(0, text.trimEnd().length - 1)
    const place = yamlErrorPlace(text, detail, problem.pos)
    const [from, to] = [Math.min(place[0], last), Math.min(place[1], last + 1)]
    report(state.file, 'front-matter-yaml', { detail }, spanAt(state.lines, base + from, base + Math.max(from + 1, to)))
  }
  if (document.errors.length > 0) return null
  const contents = document.contents
  if (contents !== null && !isMap(contents)) {
    report(state.file, 'front-matter-not-mapping', undefined, position)
    return null
  }
  return { meta: readMapping(contents, { state, base, text }), position, written: true }
}

function readMapping(map: YAMLMap<ParsedNode, ParsedNode | null> | null, context: ValueContext): MetaDraft {
  const draft = newDraft()
  for (const pair of map?.items ?? []) {
    const key = pair.key
    const name = isScalar(key) ? String(key.value) : context.text.slice(key.range[0], key.range[1])
    const keyPlace = spanAt(context.state.lines, context.base + key.range[0], context.base + key.range[1])
    const field = Object.hasOwn(frontMatterFields, name) ? frontMatterFields[name] : undefined
    if (field === undefined) {
      if (foreignKeys.has(name)) continue
      report(context.state.file, 'front-matter-unknown-key', { key: name, known: knownKeys }, keyPlace)
      continue
    }
    field(draft, pair.value, { ...context, key: name, keyPlace })
  }
  reportOverriddenOptions(draft.written, context.state)
  return draft
}

/** Offset of the first character after the opening `---` line. */
function contentStart(node: Yaml, state: State): number {
  const start = node.position?.start.offset ?? 0
  const match = /\r\n|\r|\n/.exec(state.source.slice(start))
  return match === null ? state.source.length : start + match.index + match[0].length
}

/** Offset where the closing `---` line starts (never before `base`). */
function contentEnd(node: Yaml, state: State, base: number): number {
  const end = node.position?.end.offset ?? base
  const closing = state.lines.filter((offset) => offset <= end).at(-1) ?? base
  return Math.max(base, closing)
}
