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
 * Elements, text and instructions are written here; the node types parts
 * never hold (comments, CDATA, a DOCTYPE, raw) are handed to `toXml`.
 */
export function serializeXmlFast(tree: Root): string {
  let out = ''
  for (const child of tree.children) out += node(child)
  return out
}

const options = { closeEmptyElements: true, tightClose: true } as const

function node(child: RootContent): string {
  switch (child.type) {
    case 'element':
      return element(child)
    case 'text':
      return escapeText(clean(child.value))
    case 'instruction': {
      const value = clean(child.value).replaceAll('?>', '?&#x3E;')
      return `<?${name(child.name) || 'x'}${value ? ` ${value}` : ''}?>`
    }
    default:
      return toXml(child, options)
  }
}

function element(child: Element): string {
  const tag = name(child.name)
  let open = `<${tag}`
  const attributes = child.attributes ?? {}
  for (const key in attributes) {
    if (!Object.hasOwn(attributes, key)) continue
    const value = attributes[key]
    if (value === null || value === undefined) continue
    open += ` ${name(key)}="${escapeAttribute(clean(String(value)))}"`
  }
  let content = ''
  for (const grandchild of child.children) content += node(grandchild)
  return content === '' ? `${open}/>` : `${open}>${content}</${tag}>`
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
