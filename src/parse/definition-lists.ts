import type { List, ListItem, Paragraph, Parent, Root, RootContent } from 'mdast'

/**
 * A pandoc definition list in mdast: each term (a one-line paragraph)
 * followed by a list whose items are its definitions. A plain parent of
 * ordinary blocks, so every walk over the tree (nesting and word-length
 * checks, footnotes) sees inside it.
 */
export interface DefinitionListNode extends Parent {
  type: 'definitionList'
  children: Array<Paragraph | List>
}

declare module 'mdast' {
  interface BlockContentMap {
    definitionList: DefinitionListNode
  }
  interface RootContentMap {
    definitionList: DefinitionListNode
  }
}

/**
 * pandoc definition lists, second step (see `definition-markers.ts`): a
 * one-line paragraph followed by list items that start on rewritten marker
 * lines becomes a term and its definitions; consecutive terms make one
 * definition list. Other items of such a list stay a list after it.
 *
 * @param tree the parsed file (changed in place), at the top level and in fenced divs
 * @param markers 1-based lines whose definition marker was rewritten
 */
export function definitionListsFromMdast(tree: Root, markers: ReadonlySet<number>): void {
  if (markers.size > 0) listsIn(tree, markers)
}

function listsIn(parent: Parent, markers: ReadonlySet<number>): void {
  const out: RootContent[] = []
  const children = parent.children as RootContent[]
  let current: DefinitionListNode | null = null
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as RootContent
    const next = children[i + 1]
    if (child.type === 'containerDirective') listsIn(child, markers)
    if (child.type === 'paragraph' && next?.type === 'list' && isTerm(child, next, markers)) {
      const definitions = leadingDefinitions(next, markers)
      const rest = next.children.slice(definitions.length)
      const list: List = { ...next, children: definitions, position: spanOfItems(definitions, next) }
      if (current === null) {
        current = { type: 'definitionList', children: [], position: { start: { ...child.position!.start }, end: { ...child.position!.end } } }
        out.push(current)
      }
      current.children.push(child, list)
      if (current.position !== undefined && list.position !== undefined) current.position.end = { ...list.position.end }
      i++
      if (rest.length > 0) {
        out.push({ ...next, children: rest, position: spanOfItems(rest, next) })
        current = null
      }
      continue
    }
    current = null
    out.push(child)
  }
  parent.children = out as typeof parent.children
}

function isTerm(paragraph: Paragraph, list: List, markers: ReadonlySet<number>): boolean {
  const place = paragraph.position
  const first = list.children[0]?.position
  if (place === undefined || first === undefined || list.ordered === true) return false
  return place.start.line === place.end.line && markers.has(first.start.line) && first.start.line - place.end.line <= 2
}

function leadingDefinitions(list: List, markers: ReadonlySet<number>): ListItem[] {
  const items: ListItem[] = []
  for (const item of list.children) {
    if (item.position === undefined || !markers.has(item.position.start.line)) break
    items.push(item)
  }
  return items
}

function spanOfItems(items: readonly ListItem[], list: List): List['position'] {
  const first = items[0]?.position
  const last = items.at(-1)?.position
  if (first === undefined || last === undefined) return list.position
  return { start: { ...first.start }, end: { ...last.end } }
}
