/**
 * pandoc's attribute grammar, `{#id .class key=value key="quoted" key='q'}`, read
 * the same way wherever pandoc allows it: headings, fenced divs, bracketed spans,
 * images, links and code blocks. The result is plain data with the offset of
 * every attribute, so callers can report a problem at the exact place.
 *
 * Why by hand: no maintained micromark/mdast extension reads pandoc's
 * attributes. remark-attr and remark-attributes target remark's pre-micromark
 * tokenizer API (remark ≤ 12); micromark-heading-id reads only `{#id}`; and
 * micromark-extension-directive's attribute syntax differs from pandoc's (it
 * has no `-` shorthand, allows `key` without a value, treats `id=`/`class=`
 * differently and does not decode character references in quoted values).
 * What a slide needs is one small function over a string, called after the
 * tree is built, so this mirrors pandoc's `attributes` parser
 * (`Text.Pandoc.Readers.Markdown`):
 *
 * - `{` then attributes separated by spaces, tabs or one line ending, then `}`;
 * - an identifier is a letter followed by letters, digits and `-_:.`;
 *   `#ident` sets the id, `.ident` adds a class, `-` adds the class `unnumbered`;
 * - `key=value` where key is an identifier and value is `"…"` or `'…'` (with
 *   backslash escapes of ASCII punctuation, character references, and a line
 *   ending read as a space) or unquoted up to a space or `}` (backslash escapes
 *   only); `id=` sets the id and `class=` adds its words as classes;
 * - a later id replaces an earlier one; pairs keep their order and repeats.
 *
 * Note: layar is stricter than pandoc in one place: a quote that is never
 * closed is an error (pandoc would read `key="abc}` as the value `"abc`), and
 * more lenient in one: a quoted value may start with a space. Both give the
 * author what they meant or a message, never a half-read value.
 *
 * Every function here runs in time linear in its input (no backtracking
 * patterns; values are built from slices), so a 1 MB value is fine.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference'

/** One attribute as pandoc reads it, with its offsets in the parsed text (end exclusive). */
export type AttributeItem =
  | { type: 'id'; value: string; start: number; end: number }
  | { type: 'class'; value: string; start: number; end: number }
  | { type: 'pair'; key: string; value: string; start: number; end: number }

/** A key/value attribute other than `id=` and `class=`. */
export interface AttributePair {
  key: string
  value: string
}

/** The attributes of one `{…}` block, folded the way pandoc folds them. */
export interface Attributes {
  /** The last `#id` or `id=`; null when none. */
  id: string | null
  /** Classes in order, from `.name`, `class="a b"` and `-` (`unnumbered`). */
  classes: string[]
  /** Other `key=value` pairs, in order, repeats kept. */
  pairs: AttributePair[]
  /** Every attribute as written, in order, with offsets. */
  items: AttributeItem[]
}

/** Why a `{…}` block could not be read. */
export type AttributeProblemKind =
  | 'not-a-block'
  | 'unclosed-block'
  | 'unclosed-quote'
  | 'bad-id'
  | 'bad-class'
  | 'bare-word'
  | 'spaced-equals'
  | 'unexpected-character'

/** A problem with its offset in the parsed text. */
export interface AttributeProblem {
  kind: AttributeProblemKind
  offset: number
  /** The word, character or key the problem is about, when there is one. */
  subject: string
}

/** The result of reading one `{…}` block: `end` is the offset just after `}`. */
export type AttributesResult =
  | { ok: true; attributes: Attributes; start: number; end: number }
  | { ok: false; problem: AttributeProblem }

const identifierAt = /[\p{L}][\p{L}\p{N}\-_:.]*/uy
const spaceOrTab = /[ \t]*/y
const unquotedRun = /[^ \t\n\r}\\]+/y
const asciiPunctuation = /^[!-/:-@[-`{-~]$/
const referenceAt = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y

/** An empty attribute set, for nodes written without `{…}`. */
export function emptyAttributes(): Attributes {
  return { id: null, classes: [], pairs: [], items: [] }
}

/**
 * Reads the `{…}` attribute block that starts at `from` (which must be `{`).
 *
 * @param text the text holding the block (a heading line, a fence's info string, …)
 * @param from offset of the opening `{`; default 0
 * @returns the attributes and the offset after `}`, or the first problem
 */
export function parseAttributes(text: string, from = 0): AttributesResult {
  if (text[from] !== '{') return fail('not-a-block', from, text[from] ?? '')
  const attributes = emptyAttributes()
  let at = from + 1
  for (;;) {
    const gap = skipGap(text, at)
    if (gap === null) return fail('unclosed-block', from, '{')
    at = gap
    const char = text[at]
    if (char === undefined) return fail('unclosed-block', from, '{')
    if (char === '}') return { ok: true, attributes, start: from, end: at + 1 }
    const read = readAttribute(text, at)
    if (!read.ok) return read
    addItem(attributes, read.item)
    at = read.item.end
    // Attributes are separated by white space (or end at `}`): `.a.b` is one class, `.a"x"` is not.
    const next = text[at]
    if (next !== undefined && next !== '}' && !isGapChar(next)) return fail('unexpected-character', at, next)
  }
}

/**
 * Finds and reads the attribute block that ends `text` (trailing spaces and
 * tabs allowed), as on a heading line: `Title {#id .class}`.
 *
 * Note: candidates are the last 32 `{` of the text, tried from the right, so
 * the work stays linear however many braces a line holds.
 *
 * @param text one heading's text
 * @returns null when the text does not end in `}`; else the result for the
 *   best candidate (the first that reads and ends the text, else the problem
 *   of the rightmost candidate)
 */
export function trailingAttributes(text: string): AttributesResult | null {
  let end = text.length
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1
  if (text[end - 1] !== '}') return null
  let firstProblem: AttributesResult | null = null
  let candidate = text.lastIndexOf('{', end - 1)
  for (let tries = 0; candidate !== -1 && tries < 32; tries += 1) {
    const result = parseAttributes(text, candidate)
    if (result.ok && result.end === end) return result
    firstProblem ??= result.ok ? fail('unexpected-character', result.end, text[result.end] ?? '') : result
    candidate = candidate === 0 ? -1 : text.lastIndexOf('{', candidate - 1)
  }
  return firstProblem
}

/**
 * Reads a raw attribute `{=format}` (pandoc's raw_attribute) starting at `from`.
 *
 * @returns the format and the offset after `}`, or null when it is not one
 */
export function parseRawAttribute(text: string, from = 0): { format: string; end: number } | null {
  if (text[from] !== '{') return null
  spaceOrTab.lastIndex = from + 1
  spaceOrTab.exec(text)
  let at = spaceOrTab.lastIndex
  if (text[at] !== '=') return null
  const format = /[\p{L}\p{N}_-]+/uy
  format.lastIndex = at + 1
  const name = format.exec(text)?.[0]
  if (name === undefined) return null
  at = format.lastIndex
  spaceOrTab.lastIndex = at
  spaceOrTab.exec(text)
  at = spaceOrTab.lastIndex
  return text[at] === '}' ? { format: name, end: at + 1 } : null
}

/** The first value of `key` (pandoc's lookup), or undefined. */
export function attributeValue(attributes: Attributes, key: string): string | undefined {
  return attributes.pairs.find((pair) => pair.key === key)?.value
}

/** Whether the attributes carry the class `name`. */
export function hasClass(attributes: Attributes, name: string): boolean {
  return attributes.classes.includes(name)
}

/**
 * What is wrong, in words, for a diagnostic: says what was found and what to write instead.
 *
 * @param problem from a failed `parseAttributes`
 */
export function describeAttributeProblem(problem: AttributeProblem): string {
  const subject = problem.subject
  switch (problem.kind) {
    case 'not-a-block':
      return 'an attribute block starts with `{`'
    case 'unclosed-block':
      return 'the `{` is never closed by `}` on this line or the next'
    case 'unclosed-quote':
      return `the quote ${subject} opened here is never closed`
    case 'bad-id':
      return `\`#${subject}\` is not an identifier: it must start with a letter, then letters, digits, \`-\`, \`_\`, \`:\` or \`.\``
    case 'bad-class':
      return `\`.${subject}\` is not a class name: it must start with a letter, then letters, digits, \`-\`, \`_\`, \`:\` or \`.\``
    case 'bare-word':
      return `\`${subject}\` has no value: write \`.${subject}\` for a class or \`${subject}=value\` for a key`
    case 'spaced-equals':
      return `\`${subject} =\` has a space before \`=\`: write \`${subject}=value\` with no spaces around \`=\``
    case 'unexpected-character':
      return `\`${subject}\` cannot appear here: attributes are \`#id\`, \`.class\` or \`key=value\`, separated by spaces`
  }
}

type ReadItem = { ok: true; item: AttributeItem } | { ok: false; problem: AttributeProblem }

function readAttribute(text: string, at: number): ReadItem {
  const char = text[at] ?? ''
  if (char === '#' || char === '.') {
    const name = identifier(text, at + 1)
    if (name === null) return fail(char === '#' ? 'bad-id' : 'bad-class', at, wordAt(text, at + 1))
    const item: AttributeItem = { type: char === '#' ? 'id' : 'class', value: name, start: at, end: at + 1 + name.length }
    return { ok: true, item }
  }
  if (char === '-') return { ok: true, item: { type: 'class', value: 'unnumbered', start: at, end: at + 1 } }
  const key = identifier(text, at)
  if (key === null) return fail('unexpected-character', at, String.fromCodePoint(text.codePointAt(at) ?? 0))
  const afterKey = at + key.length
  if (text[afterKey] !== '=') {
    spaceOrTab.lastIndex = afterKey
    spaceOrTab.exec(text)
    if (text[spaceOrTab.lastIndex] === '=') return fail('spaced-equals', at, key)
    return fail('bare-word', at, key)
  }
  const value = readValue(text, afterKey + 1)
  if (!value.ok) return value
  return { ok: true, item: pairItem(key, value.value, at, value.end) }
}

/** `id=` and `class=` are pandoc's spellings of `#id` and `.class`. */
function pairItem(key: string, value: string, start: number, end: number): AttributeItem {
  if (key === 'id') return { type: 'id', value, start, end }
  if (key === 'class') return { type: 'class', value, start, end }
  return { type: 'pair', key, value, start, end }
}

type ReadValue = { ok: true; value: string; end: number } | { ok: false; problem: AttributeProblem }

function readValue(text: string, at: number): ReadValue {
  const quote = text[at]
  if (quote === '"' || quote === "'") return readQuoted(text, at, quote)
  const pieces: string[] = []
  let i = at
  for (;;) {
    unquotedRun.lastIndex = i
    const run = unquotedRun.exec(text)
    if (run !== null) {
      pieces.push(run[0])
      i = unquotedRun.lastIndex
      continue
    }
    if (text[i] !== '\\') break
    const escaped = text[i + 1] ?? ''
    if (asciiPunctuation.test(escaped)) {
      pieces.push(escaped)
      i += 2
    } else {
      pieces.push('\\')
      i += 1
    }
  }
  return { ok: true, value: pieces.join(''), end: i }
}

function readQuoted(text: string, open: number, quote: string): ReadValue {
  const pieces: string[] = []
  let runStart = open + 1
  let i = open + 1
  for (;;) {
    const char = text[i]
    if (char === undefined) return fail('unclosed-quote', open, quote === '"' ? '`"`' : "`'`")
    if (char === quote) {
      pieces.push(text.slice(runStart, i))
      return { ok: true, value: pieces.join(''), end: i + 1 }
    }
    if (char === '\\' || char === '&' || char === '\n' || char === '\r') {
      pieces.push(text.slice(runStart, i))
      const special = quotedSpecial(text, i)
      if (special === null) return fail('unclosed-quote', open, quote === '"' ? '`"`' : "`'`")
      pieces.push(special.value)
      i = special.end
      runStart = i
      continue
    }
    i += 1
  }
}

/** An escape, a character reference or a line ending inside quotes; null at a blank line. */
function quotedSpecial(text: string, i: number): { value: string; end: number } | null {
  const char = text[i]
  if (char === '\\') {
    const escaped = text[i + 1] ?? ''
    return asciiPunctuation.test(escaped) ? { value: escaped, end: i + 2 } : { value: '\\', end: i + 1 }
  }
  if (char === '&') {
    referenceAt.lastIndex = i
    const match = referenceAt.exec(text)
    const decoded = match === null ? false : decodeReference(match)
    return decoded === false ? { value: '&', end: i + 1 } : { value: decoded, end: referenceAt.lastIndex }
  }
  // A line ending reads as a space; a blank line ends the block, unclosed.
  const end = lineEndAfter(text, i)
  spaceOrTab.lastIndex = end
  spaceOrTab.exec(text)
  const next = text[spaceOrTab.lastIndex]
  if (next === '\n' || next === '\r' || next === undefined) return null
  return { value: ' ', end }
}

function decodeReference(match: RegExpExecArray): string | false {
  if (match[1] !== undefined) return decodeNumericCharacterReference(match[1], 16)
  if (match[2] !== undefined) return decodeNumericCharacterReference(match[2], 10)
  return decodeNamedCharacterReference(match[3] ?? '')
}

function addItem(attributes: Attributes, item: AttributeItem): void {
  attributes.items.push(item)
  if (item.type === 'id') attributes.id = item.value
  else if (item.type === 'class') attributes.classes.push(...item.value.split(/[ \t\r\n]+/).filter((word) => word !== ''))
  else attributes.pairs.push({ key: item.key, value: item.value })
}

/** Skips spaces, tabs and at most one line ending; null at a blank line. */
function skipGap(text: string, at: number): number | null {
  spaceOrTab.lastIndex = at
  spaceOrTab.exec(text)
  let i = spaceOrTab.lastIndex
  if (text[i] !== '\n' && text[i] !== '\r') return i
  i = lineEndAfter(text, i)
  spaceOrTab.lastIndex = i
  spaceOrTab.exec(text)
  i = spaceOrTab.lastIndex
  return text[i] === '\n' || text[i] === '\r' ? null : i
}

function lineEndAfter(text: string, i: number): number {
  return text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1
}

function isGapChar(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r'
}

function identifier(text: string, at: number): string | null {
  identifierAt.lastIndex = at
  return identifierAt.exec(text)?.[0] ?? null
}

/** The word at `at` (up to white space or `}`), for messages; at most 40 characters. */
function wordAt(text: string, at: number): string {
  let end = at
  while (end < text.length && end - at < 40 && !isGapChar(text[end] ?? '') && text[end] !== '}') end += 1
  return text.slice(at, end)
}

function fail(kind: AttributeProblemKind, offset: number, subject: string): { ok: false; problem: AttributeProblem } {
  return { ok: false, problem: { kind, offset, subject } }
}
