import type { Element, Root, RootContent } from 'xast'
import { toXml } from 'xast-util-to-xml'

/**
 * Serialises an xast tree to exactly the text `xast-util-to-xml` gives with
 * `{ closeEmptyElements: true, tightClose: true }`: `&` and `<` in text, and
 * also `"` in attribute values, as hexadecimal references (`&#x26;`), the
 * control characters XML forbids dropped, empty elements self-closed as `<a/>`.
 *
 * Why: `toXml` builds a new regular expression for every attribute value it
 * escapes; on a 1,000-slide deck that was the PPTX writer's largest cost.
 * The text is collected as pieces and joined once (see `node`).
 * Elements, text and instructions are written here; the node types parts
 * never hold (comments, CDATA, a DOCTYPE, raw) are handed to `toXml`.
 */
export function serializeXmlFast(tree: Root, names: XmlNames = createXmlNames()): string {
  const writer: Writer = { pieces: new Array<string>(CHUNK_PIECES), count: 0, chunks: [], names }
  const children = tree.children
  for (let index = 0; index < children.length; index++) node(children[index] as RootContent, writer)
  const pieces = writer.pieces
  pieces.length = writer.count
  if (writer.chunks.length === 0) return pieces.join('')
  writer.chunks.push(pieces.join(''))
  return writer.chunks.join('')
}

/**
 * How many pieces are joined into a chunk of text at a time, in an array of
 * that size filled again for each chunk. An array grown piece by piece (and
 * copied as it grows) and joined once was most of what writing a part
 * allocated, several times its text; and a huge part (a paragraph of 20,000
 * runs is 15 MB of XML) made millions of pieces in one array, copied as it
 * grew and, old by then, rescanned for young strings by every scavenge.
 */
const CHUNK_PIECES = 512

/**
 * The fixed text around each name a part holds, made once: `<name` and
 * `</name>` for a tag, ` name="` for an attribute. Parts repeat a few dozen
 * names thousands of times, so an element is one piece for its start, three
 * per attribute and one for its end, rather than two, five and three: half
 * the pieces, and the array that holds them (grown as it fills) was most of
 * what writing a part allocated. Pass one to every part of a package: they
 * share their names.
 */
export interface XmlNames {
  tags: Map<string, { open: string; close: string }>
  attributes: Map<string, string>
}

/** No names yet. */
export function createXmlNames(): XmlNames {
  return { tags: new Map(), attributes: new Map() }
}

const options = { closeEmptyElements: true, tightClose: true } as const

/** The pieces of one part's text not yet joined, how many, the chunks joined so far (`CHUNK_PIECES`), and the names' text (`XmlNames`). */
interface Writer {
  pieces: string[]
  count: number
  chunks: string[]
  names: XmlNames
}

/** Adds one piece of text; a full array of pieces becomes a chunk. */
function put(writer: Writer, piece: string): void {
  if (writer.count === CHUNK_PIECES) {
    writer.chunks.push(writer.pieces.join(''))
    writer.count = 0
  }
  writer.pieces[writer.count++] = piece
}

/**
 * Appends the text of `child` as pieces, joined a chunk at a time (`put`):
 * most pieces are strings the tree already holds (names, values, text), so
 * writing a part allocates little more than its text (concatenating
 * piece by piece built a rope of thousands of strings per part, which the
 * zip writer then flattened again).
 */
function node(child: RootContent, writer: Writer): void {
  switch (child.type) {
    case 'element':
      element(child, writer)
      return
    case 'text':
      put(writer, plain(child.value, false) ? child.value : escapeText(clean(child.value)))
      return
    case 'instruction': {
      const value = clean(child.value).replaceAll('?>', '?&#x3E;')
      put(writer, `<?${name(child.name) || 'x'}${value ? ` ${value}` : ''}?>`)
      return
    }
    default:
      put(writer, toXml(child, options))
  }
}

function element(child: Element, writer: Writer): void {
  let tag = writer.names.tags.get(child.name)
  if (tag === undefined) {
    const written = plainName(child.name) ? child.name : name(child.name)
    tag = { open: `<${written}`, close: `</${written}>` }
    writer.names.tags.set(child.name, tag)
  }
  put(writer, tag.open)
  const attributes = child.attributes ?? {}
  for (const key in attributes) {
    if (!Object.hasOwn(attributes, key)) continue
    const value = attributes[key]
    if (value === null || value === undefined) continue
    const text = String(value)
    let start = writer.names.attributes.get(key)
    if (start === undefined) {
      start = ` ${plainName(key) ? key : name(key)}="`
      writer.names.attributes.set(key, start)
    }
    put(writer, start)
    put(writer, plain(text, true) ? text : escapeAttribute(clean(text)))
    put(writer, '"')
  }
  // An element without content is self-closed.
  if (writesNothing(child.children)) {
    put(writer, '/>')
    return
  }
  put(writer, '>')
  const children = child.children
  for (let index = 0; index < children.length; index++) node(children[index] as Element['children'][number], writer)
  put(writer, tag.close)
}

/**
 * Whether `node` would write no text for any of `children`: only text that
 * is empty once cleaned writes nothing (an element, an instruction or a
 * comment always writes its markup). Decided before the children are
 * written, so the pieces written may be joined into a chunk at any element.
 */
function writesNothing(children: Element['children']): boolean {
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Element['children'][number]
    if (child.type === 'text') {
      if (keepsCharacter(child.value)) return false
    } else if (child.type === 'element' || child.type === 'instruction' || toXml(child, options) !== '') return false
  }
  return true
}

/**
 * Whether text (or an attribute value) is written as it is: nothing to drop
 * or escape. Most are; checking in one pass spares the passes of `clean`
 * and the escapes. A `>` in text sends it the slow way (it may end `]]>`).
 */
function plain(value: string, attribute: boolean): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code > 0x3e) continue
    if (code < 0x20) {
      if (code !== 0x09 && code !== 0x0a && code !== 0x0d) return false
    } else if (code === 0x26 || code === 0x3c || (attribute ? code === 0x22 : code === 0x3e)) return false
  }
  return true
}

/** Whether a name is written as it is (see `name`). */
function plainName(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code <= 0x3e && (code <= 0x20 || code === 0x22 || code === 0x26 || code === 0x27 || code === 0x2f || code === 0x3c || code === 0x3d || code === 0x3e)) return false
  }
  return true
}

/** Whether `clean` leaves any character of `value` (looks only as far as the first it keeps: usually the first). */
function keepsCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) return true
  }
  return false
}

/** Drops the C0 control characters XML 1.0 forbids (as `toXml` does). */
function clean(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return value.replace(forbidden, '')
  }
  return value
}

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, as xast-util-to-xml drops them
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g

/**
 * Text as xast-util-to-xml escapes it, and `]]>` too: XML forbids that
 * sequence in character data (xast-util-to-xml leaves it, so a part holding
 * content such as a classification `]]>…` would not parse again).
 */
function escapeText(value: string): string {
  if (value.indexOf('&') < 0 && value.indexOf('<') < 0 && value.indexOf(']]>') < 0) return value
  return value.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;').replaceAll(']]>', ']]&#x3E;')
}

function escapeAttribute(value: string): string {
  if (value.indexOf('&') < 0 && value.indexOf('<') < 0 && value.indexOf('"') < 0) return value
  return value.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;').replaceAll('"', '&#x22;')
}

/** A name, with the characters that cannot stand in one as references (as `toXml` writes them). */
function name(value: string): string {
  const cleaned = clean(value)
  let out = ''
  let from = 0
  for (let index = 0; index < cleaned.length; index++) {
    const code = cleaned.charCodeAt(index)
    if (code === 0x09 || code === 0x0a || code === 0x20 || code === 0x22 || code === 0x26 || code === 0x27 || code === 0x2f || code === 0x3c || code === 0x3d || code === 0x3e) {
      out += `${cleaned.slice(from, index)}&#x${code.toString(16).toUpperCase()};`
      from = index + 1
    }
  }
  return from === 0 ? cleaned : out + cleaned.slice(from)
}
