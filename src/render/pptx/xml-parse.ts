import type { Element, ElementContent, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'

/**
 * A fast XML parser for the parts pptxgenjs writes, giving the same xast
 * tree as `xast-util-from-xml` (without positions, which nothing here reads).
 *
 * Why: `xast-util-from-xml` (through `@rgrove/parse-xml`) took about a
 * third of the PPTX writer's time, on a 1,000-slide deck over a second. This
 * scanner handles what those parts hold (an XML declaration, elements,
 * attributes, text, the predefined and numeric character references, line
 * ends normalised as XML says); on anything else (comments, CDATA, a
 * DOCTYPE, processing instructions, a character XML forbids, a malformed tag) it hands the
 * whole text to `fromXml`, which parses it or throws its own error. So the
 * tree is always the one `fromXml` would give.
 */
export function parseXmlFast(text: string, names: ScannedNames = new Map()): Root {
  return scanXml(text, names) ?? fromXml(text)
}

/**
 * The element and attribute names already read, by a hash of their
 * characters: parts repeat a few dozen names thousands of times, and a new
 * string for each (a slice of the text, and another for each end tag) was a
 * tenth of what parsing allocated. Pass one to every part of a package.
 */
export type ScannedNames = Map<number, string>

/** Thrown inside the scanner when the text needs the full parser. */
const needsFullParser = Symbol('needs the full XML parser')

/** The tree of `text` if the fast scanner can read it, else `null` (then `fromXml` must). */
export function scanXml(text: string, names: ScannedNames = new Map()): Root | null {
  try {
    return new Scanner(text, names).document()
  } catch (error) {
    if (error === needsFullParser) return null
    throw error
  }
}

/**
 * Whether the character at `index` (≥ U+D800) is one the scanner can take:
 * a surrogate pair, or a character that is neither a byte order mark nor one
 * XML forbids. Only text and attribute values can hold such characters (a
 * name, whitespace or markup outside them sends the text to the full parser
 * anyway), so `characters` checks them as it reads them.
 */
function plainHigh(text: string, index: number, code: number): boolean {
  if (code >= 0xfffe || code === 0xfeff) return false
  if (code > 0xdfff) return true
  if (code >= 0xdc00) return false
  const next = text.charCodeAt(index + 1)
  return next >= 0xdc00 && next <= 0xdfff
}

const predefined: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

class Scanner {
  private at = 0
  /**
   * The children of the elements still open, collected here and copied to
   * an array of their own length when their element ends: an array grown by
   * `push` from empty takes room for 16, and most elements have one to three.
   */
  private readonly pending: ElementContent[] = []

  constructor(
    private readonly text: string,
    private readonly names: ScannedNames,
  ) {}

  document(): Root {
    const root: Root = { type: 'root', children: [] }
    this.skipWhitespace()
    if (this.text.startsWith('<?xml', this.at)) root.children.push(this.declaration())
    this.skipWhitespace()
    if (this.text.charCodeAt(this.at) !== 0x3c) throw needsFullParser
    root.children.push(this.element())
    this.skipWhitespace()
    if (this.at !== this.text.length) throw needsFullParser
    return root
  }

  /** `<?xml version="…" encoding="…" standalone="…"?>`, as `fromXml` turns it into an instruction. */
  private declaration(): Root['children'][number] {
    this.at += 5
    const attributes = this.attributes()
    if (!this.text.startsWith('?>', this.at)) throw needsFullParser
    this.at += 2
    const { version, encoding, standalone, ...rest } = attributes
    if (Object.keys(rest).length > 0 || version === undefined || !/^1\.[0-9]+$/.test(version)) throw needsFullParser
    if (Object.keys(attributes).join(' ') !== ['version', encoding === undefined ? null : 'encoding', standalone === undefined ? null : 'standalone'].filter((key) => key !== null).join(' ')) throw needsFullParser
    if (encoding !== undefined && !/^[A-Za-z][\w.-]*$/.test(encoding)) throw needsFullParser
    if (standalone !== undefined && standalone !== 'yes' && standalone !== 'no') throw needsFullParser
    const value = [`version="${version}"`]
    if (encoding) value.push(`encoding="${encoding}"`)
    if (standalone) value.push(`standalone="${standalone}"`)
    return { type: 'instruction', name: 'xml', value: value.join(' ') }
  }

  private element(): Element {
    this.at++ // <
    const name = this.name()
    const attributes = this.attributes()
    if (this.text.startsWith('/>', this.at)) {
      this.at += 2
      return { type: 'element', name, attributes, children: [] }
    }
    if (this.text.charCodeAt(this.at) !== 0x3e) throw needsFullParser
    this.at++
    const node: Element = { type: 'element', name, attributes, children: this.content() }
    // At `</`.
    this.at += 2
    this.endName(name)
    this.skipWhitespace()
    if (this.text.charCodeAt(this.at) !== 0x3e) throw needsFullParser
    this.at++
    return node
  }

  /** Children up to the parent's end tag (left at its `</`). */
  private content(): ElementContent[] {
    const text = this.text
    const pending = this.pending
    const start = pending.length
    for (;;) {
      const open = text.indexOf('<', this.at)
      if (open < 0) throw needsFullParser
      if (open > this.at) pending.push({ type: 'text', value: this.characters(this.at, open, false) })
      this.at = open
      const next = text.charCodeAt(open + 1)
      if (next === 0x2f) break // </
      if (next === 0x21 || next === 0x3f) throw needsFullParser // <! (comment, CDATA) or <? (instruction)
      pending.push(this.element())
    }
    const children = pending.slice(start)
    pending.length = start
    return children
  }

  /** Attributes up to `>`, `/>` or `?>`, in document order. */
  private attributes(): Record<string, string> {
    const attributes: Record<string, string> = {}
    const text = this.text
    for (;;) {
      const before = this.at
      this.skipWhitespace()
      const code = text.charCodeAt(this.at)
      if (code === 0x3e || code === 0x2f || code === 0x3f) return attributes
      if (this.at === before) throw needsFullParser
      const name = this.name()
      this.skipWhitespace()
      if (text.charCodeAt(this.at) !== 0x3d) throw needsFullParser
      this.at++
      this.skipWhitespace()
      const quote = text.charCodeAt(this.at)
      if (quote !== 0x22 && quote !== 0x27) throw needsFullParser
      const end = text.indexOf(quote === 0x22 ? '"' : "'", this.at + 1)
      if (end < 0 || Object.hasOwn(attributes, name)) throw needsFullParser
      const value = this.characters(this.at + 1, end, true)
      if (name === 'xml:space' && value !== 'default' && value !== 'preserve') throw needsFullParser
      attributes[name] = value
      this.at = end + 1
    }
  }

  /**
   * A name of ASCII letters, digits and `_:.-` (not starting with a digit, `.` or `-`); anything else goes to the full parser.
   * The string is the one `names` holds when it has these characters (see `ScannedNames`).
   */
  private name(): string {
    const text = this.text
    const start = this.at
    let index = start
    let hash = 0
    for (; index < text.length; index++) {
      const code = text.charCodeAt(index)
      const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a
      const later = !letter && ((code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2d) && index > start
      if (!letter && !later) break
      hash = (Math.imul(hash, 31) + code) | 0
    }
    if (index === start) throw needsFullParser
    const after = text.charCodeAt(index)
    if (after > 0x7f) throw needsFullParser
    this.at = index
    const known = this.names.get(hash)
    if (known !== undefined && known.length === index - start && text.startsWith(known, start)) return known
    const name = text.slice(start, index)
    this.names.set(hash, name)
    return name
  }

  /** Reads the name of an end tag, which must be `name` (its start tag's) and end there; without hashing it again as `name()` would. */
  private endName(name: string): void {
    const text = this.text
    const after = text.charCodeAt(this.at + name.length)
    if (!text.startsWith(name, this.at) || !(after === 0x3e || after === 0x20 || after === 0x0a || after === 0x09 || after === 0x0d)) throw needsFullParser
    this.at += name.length
  }

  /**
   * Text or an attribute value between `start` and `end`, references resolved
   * (and never normalised); CR LF and a lone CR become LF in text, and
   * CR LF, CR, LF and tab each become one space in attributes.
   */
  private characters(start: number, end: number, attribute: boolean): string {
    const text = this.text
    let value = ''
    let from = start
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index)
      if (code > 0x3e && code < 0xd800) continue
      if (code >= 0xd800) {
        if (!plainHigh(text, index, code)) throw needsFullParser
        // The low half of a pair is not checked again.
        if (code <= 0xdbff) index++
      } else if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
        throw needsFullParser
      } else if (code === 0x26) {
        value += text.slice(from, index)
        const semicolon = text.indexOf(';', index)
        if (semicolon < 0 || semicolon >= end) throw needsFullParser
        value += reference(text.slice(index + 1, semicolon))
        index = semicolon
        from = semicolon + 1
      } else if (code === 0x3c || (code === 0x3e && !attribute && text.startsWith(']]>', index - 2))) {
        throw needsFullParser
      } else if (code === 0x0d) {
        value += `${text.slice(from, index)}${attribute ? ' ' : '\n'}`
        if (text.charCodeAt(index + 1) === 0x0a && index + 1 < end) index++
        from = index + 1
      } else if (attribute && (code === 0x09 || code === 0x0a)) {
        value += `${text.slice(from, index)} `
        from = index + 1
      }
    }
    return value + text.slice(from, end)
  }

  private skipWhitespace(): void {
    const text = this.text
    let code = text.charCodeAt(this.at)
    while (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d) code = text.charCodeAt(++this.at)
  }
}

/** The character a reference (between `&` and `;`) stands for. */
function reference(name: string): string {
  const known = predefined[name]
  if (known !== undefined) return known
  let code = Number.NaN
  if (/^#x[0-9A-Fa-f]+$/.test(name)) code = Number.parseInt(name.slice(2), 16)
  else if (/^#[0-9]+$/.test(name)) code = Number.parseInt(name.slice(1), 10)
  const allowed =
    code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  if (!allowed) throw needsFullParser
  return String.fromCodePoint(code)
}
