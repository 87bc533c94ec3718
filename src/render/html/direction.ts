import type { Element, ElementContent } from 'hast'

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u

/** Elements that hold one paragraph of text: each gets its own base direction. */
const TEXT_ELEMENTS: ReadonlySet<string> = new Set(['p', 'li', 'h1', 'h2', 'h3', 'td', 'th', 'figcaption', 'div'])

/**
 * Marks every paragraph-like element whose text holds right-to-left letters
 * with `dir="auto"`, so the browser takes its base direction from its first
 * strong letter, as the PPTX (`rtl="1"`) does. Elements with no RTL text are
 * left as they are, so left-to-right decks come out unchanged. In place.
 *
 * @param tree a slide (or any subtree)
 */
export function markTextDirection(tree: Element): Element {
  visit(tree)
  return tree
}

/** Whether the subtree holds RTL letters; marks text elements on the way back up. */
function visit(node: ElementContent): boolean {
  if (node.type === 'text') return RTL.test(node.value)
  if (node.type !== 'element' || node.tagName === 'pre' || node.tagName === 'code') return false
  let found = false
  for (const child of node.children) if (visit(child)) found = true
  const leaf = node.children.every((child) => child.type !== 'element' || !TEXT_ELEMENTS.has(child.tagName))
  if (found && TEXT_ELEMENTS.has(node.tagName) && leaf) node.properties.dir = 'auto'
  return found
}
