import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'

/*
 * Reading a template's XML parts as xast trees: the few look-ups the reader
 * needs. (The PPTX writer has its own: the theme layer may not import it.)
 */

/** Parses one part; `null` when it is not well-formed XML. */
export function parsePart(text: string): Element | null {
  let tree: Root
  try {
    tree = fromXml(text)
  } catch {
    return null
  }
  return tree.children.find((child): child is Element => child.type === 'element') ?? null
}

/** The element children of `parent`. */
export function children(parent: Element): Element[] {
  return parent.children.filter((child): child is Element => child.type === 'element')
}

/** The first child of `parent` named `name`. */
export function child(parent: Element | undefined, name: string): Element | undefined {
  return parent === undefined ? undefined : children(parent).find((element) => element.name === name)
}

/** The first element at the end of a path of child names. */
export function path(parent: Element | undefined, ...names: string[]): Element | undefined {
  let at = parent
  for (const name of names) at = child(at, name)
  return at
}

/** Every element under `parent` (itself excluded) named `name`, in document order. */
export function descendants(parent: Element, name: string): Element[] {
  const found: Element[] = []
  const walk = (node: Element): void => {
    for (const element of children(node)) {
      if (element.name === name) found.push(element)
      walk(element)
    }
  }
  walk(parent)
  return found
}

/** An attribute's value, or `undefined`. */
export function attr(element: Element | undefined, name: string): string | undefined {
  const value = element?.attributes[name]
  return value === null || value === undefined ? undefined : String(value)
}

/** An integer attribute, or `null` when absent or not a number. */
export function intAttr(element: Element | undefined, name: string): number | null {
  const value = attr(element, name)
  if (value === undefined || !/^-?\d+$/.test(value)) return null
  return Number(value)
}

/** EMU per point. */
export const EMU_PER_PT = 12_700
