import type { Paragraph, Parent, PhrasingContent, Root, RootContent, Table } from 'mdast'

/** pandoc's caption prefix: `Table:`, `table:` or a lone `:` (not `::`, not `:)`), then the caption. */
const prefix = /^(?:[Tt]able:|:(?!\p{P}))[ \t]*/u

/**
 * Moves pandoc table captions onto their tables: a paragraph starting with
 * `Table:` or `:` right after a table (a blank line between) or right
 * before one becomes that table's caption (`data.caption`), for pipe, grid,
 * simple and multiline tables alike. A table takes the caption after it
 * first, as pandoc does.
 *
 * @param tree the parsed file (changed in place), at the top level and in fenced divs
 */
export function attachTableCaptions(tree: Root): void {
  captionsIn(tree)
}

function captionsIn(parent: Parent): void {
  const children = parent.children as RootContent[]
  const taken = new Set<RootContent>()
  children.forEach((child, i) => {
    if (child.type === 'containerDirective') captionsIn(child)
    if (child.type !== 'table') return
    const after = children[i + 1]
    const before = children[i - 1]
    const caption = captionParagraph(after, child, 'after') ?? (before !== undefined && !taken.has(before) ? captionParagraph(before, child, 'before') : null)
    if (caption === null) return
    const inlines = withoutPrefix(caption.children)
    child.data = { ...child.data, caption: inlines, ...(caption.position === undefined ? {} : { captionPosition: caption.position }) }
    taken.add(caption)
  })
  if (taken.size > 0) parent.children = children.filter((child) => !taken.has(child)) as typeof parent.children
}

function captionParagraph(node: RootContent | undefined, table: Table, side: 'before' | 'after'): Paragraph | null {
  if (node?.type !== 'paragraph' || node.position === undefined || table.position === undefined) return null
  const first = node.children[0]
  if (first?.type !== 'text' || !prefix.test(first.value) || first.value.replace(prefix, '').trim() === '' && node.children.length === 1) return null
  // A blank line between them (pandoc's rule): the caption is its own paragraph.
  const apart = side === 'after' ? node.position.start.line - table.position.end.line : table.position.start.line - node.position.end.line
  return apart >= 2 ? node : null
}

function withoutPrefix(children: readonly PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children
  if (first?.type !== 'text') return [...children]
  const value = first.value.replace(prefix, '')
  const removed = first.value.length - value.length
  const start = first.position?.start
  const moved =
    start === undefined || first.position === undefined
      ? first.position
      : { start: { ...start, column: start.column + removed, offset: start.offset === undefined ? undefined : start.offset + removed }, end: first.position.end }
  return value === '' ? rest : [{ ...first, value, ...(moved === undefined ? {} : { position: moved }) }, ...rest]
}
