import type { Element, Root } from 'xast'

/**
 * Helpers for reading xast trees (from `xast-util-from-xml`) in tests: the
 * OMML of the PPTX equations, poppler's XML of a PDF.
 */

/** Every element named `name` below `node`, in document order (nested ones after their parent). */
export function elements(node: Root | Element, name: string): Element[] {
  const found: Element[] = []
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.name === name) found.push(child)
    found.push(...elements(child, name))
  }
  return found
}

/** All text below `node`, joined without separators. */
export function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('')
}
