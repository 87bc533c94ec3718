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
export function serializeXmlFast(tree: Root): string {
  const out: string[] = []
  for (const child of tree.children) node(child, out)
  return out.join('')
}

const options = { closeEmptyElements: true, tightClose: true } as const

/**
 * Appends the text of `child` to `out` as pieces, joined once at the end:
 * most pieces are strings the tree already holds (names, values, text), so
 * writing a part allocates little more than its text (concatenating
 * piece by piece built a rope of thousands of strings per part, which the
 * zip writer then flattened again).
 */
function node(child: RootContent, out: string[]): void {
  switch (child.type) {
    case 'element':
      element(child, out)
      return
    case 'text':
      out.push(escapeText(clean(child.value)))
      return
    case 'instruction': {
      const value = clean(child.value).replaceAll('?>', '?&#x3E;')
      out.push('<?', name(child.name) || 'x', value ? ` ${value}` : '', '?>')
      return
    }
    default:
      out.push(toXml(child, options))
  }
}

function element(child: Element, out: string[]): void {
  const tag = name(child.name)
  out.push('<', tag)
  const attributes = child.attributes ?? {}
  for (const key in attributes) {
    if (!Object.hasOwn(attributes, key)) continue
    const value = attributes[key]
    if (value === null || value === undefined) continue
    out.push(' ', name(key), '="', escapeAttribute(clean(String(value))), '"')
  }
  const open = out.length
  out.push('>')
  for (const grandchild of child.children) node(grandchild, out)
  if (emptyFrom(out, open + 1)) {
    out.length = open
    out.push('/>')
  } else out.push('</', tag, '>')
}

/** Whether every piece of `out` from `start` on is empty (an element without content is self-closed). */
function emptyFrom(out: readonly string[], start: number): boolean {
  for (let index = start; index < out.length; index++) if (out[index] !== '') return false
  return true
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
