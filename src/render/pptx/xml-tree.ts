import type { Element, ElementContent, Root, RootContent } from 'xast'
import { parseXmlFast, type ScannedNames } from './xml-parse.js'
import { serializeXmlFast, type XmlNames } from './xml-serialize.js'

export { createXmlNames, type XmlNames } from './xml-serialize.js'
export type { ScannedNames } from './xml-parse.js'

/**
 * XML parts as xast trees: parsed once, changed by tree transforms, serialised
 * once. The declaration (`<?xml … standalone="yes"?>`) is kept as the tree's
 * instruction node, so a serialised part starts as it did.
 */

/**
 * Parses one XML part.
 *
 * @param names the names read so far, shared by the parts of one package (see `ScannedNames`); default: the part's own
 */
export function parseXmlPart(text: string, names?: ScannedNames): Root {
  return parseXmlFast(text, names)
}

/**
 * Serialises a part parsed with `parseXmlPart` (or built with xastscript), empty elements self-closed as Office writes them.
 *
 * @param names the names' text, shared by the parts of one package (see `XmlNames`); default: the part's own
 */
export function serializeXmlPart(tree: Root, names?: XmlNames): string {
  return serializeXmlFast(tree, names)
}

/** The root element of a part (the one element child of the root). */
export function documentElement(tree: Root): Element {
  const element = tree.children.find((child): child is Element => child.type === 'element')
  if (element === undefined) throw new Error('pptx: XML part has no root element.')
  return element
}

/** The element children of `parent`, in order. */
export function childElements(parent: Root | Element): Element[] {
  return (parent.children as Array<RootContent | ElementContent>).filter((child): child is Element => child.type === 'element')
}

/** The first child element of `parent` named `name`, or undefined (without an array of the children: transforms ask this of most elements). */
export function childElement(parent: Element, name: string): Element | undefined {
  const children = parent.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as ElementContent
    if (child.type === 'element' && child.name === name) return child
  }
  return undefined
}

/** Calls `visit` for every element under `parent` (pre-order, `parent` included when it is an element). */
export function eachElement(parent: Root | Element, visit: (element: Element, parent: Root | Element) => void): void {
  if (parent.type === 'element') visit(parent, parent)
  visitBelow(parent, visit)
}

/**
 * The walk of `eachElement`, a plain recursive function: every transform
 * walks every part it changes, some several times, so the walk allocates
 * nothing per call. An element's children are read after it is visited, so
 * a visitor may replace them (the one walk of `element-walk.ts` relies on it).
 */
function visitBelow(node: Root | Element, visit: (element: Element, parent: Root | Element) => void): void {
  const children: ReadonlyArray<RootContent | ElementContent> = node.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent | ElementContent
    if (child.type !== 'element') continue
    visit(child, node)
    visitBelow(child, visit)
  }
}

/** Every element under `parent` named `name`, in document order (`parent` too when it is one). */
export function elementsNamed(parent: Root | Element, name: string): Element[] {
  const found: Element[] = []
  if (parent.type === 'element' && parent.name === name) found.push(parent)
  collectNamed(parent, name, found)
  return found
}

function collectNamed(node: Root | Element, name: string, found: Element[]): void {
  const children: ReadonlyArray<RootContent | ElementContent> = node.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent | ElementContent
    if (child.type !== 'element') continue
    if (child.name === name) found.push(child)
    if (child.children.length > 0) collectNamed(child, name, found)
  }
}

/** The first element under `parent` named `name` in document order (`parent` too when it is one), or undefined; like `elementsNamed(parent, name)[0]`, without the array. */
export function firstNamed(parent: Root | Element, name: string): Element | undefined {
  if (parent.type === 'element' && parent.name === name) return parent
  return firstBelow(parent, name)
}

function firstBelow(node: Root | Element, name: string): Element | undefined {
  const children: ReadonlyArray<RootContent | ElementContent> = node.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as RootContent | ElementContent
    if (child.type !== 'element') continue
    if (child.name === name) return child
    const found = child.children.length > 0 ? firstBelow(child, name) : undefined
    if (found !== undefined) return found
  }
  return undefined
}

/** The concatenated text of an element's text children (e.g. `<a:t>`). */
export function textOf(element: Element): string {
  let text = ''
  for (const child of element.children) if (child.type === 'text') text += child.value
  return text
}
