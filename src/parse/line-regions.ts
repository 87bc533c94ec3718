import type { Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast'
import type { Point, Position } from 'unist'
import type { CellSource, Fragment, LineBlock, LineRegion, LineTable } from './line-tables/index.js'

declare module 'mdast' {
  interface TableData {
    /** pandoc's headerless simple, multiline and grid tables: every row is a body row. */
    headerless?: boolean
    /** From a `Table: …` or `: …` paragraph next to the table. */
    caption?: PhrasingContent[]
    /** Where the caption paragraph is. */
    captionPosition?: Position
  }
}

/** Parses Markdown text (a cell, a line) into a tree, as the slide parser does. */
export type ParseText = (text: string) => Root

/**
 * Puts the pandoc blocks found on the source lines (`findLineRegions`) into
 * the tree in place of what CommonMark made of their lines: a table becomes
 * an mdast `table` (so it is read like a pipe table from then on), a line
 * block a paragraph with a hard break after each line. A region is used only
 * when the nodes CommonMark made there start on its first line and stay
 * inside it, at the top level or in a fenced div; otherwise its lines stay
 * as they were (and the literal-syntax check reports what shows).
 *
 * @param tree the parsed file, positions in source coordinates
 * @param regions from `findLineRegions`, in source order
 * @param source the content file
 * @param starts offsets of its line starts
 * @param parse the parser for cell and line text
 */
export function applyLineRegions(tree: Root, regions: readonly LineRegion[], source: string, starts: readonly number[], parse: ParseText): void {
  if (regions.length === 0) return
  const byLine = new Map<number, LineRegion>()
  for (const region of regions) for (let line = region.start; line <= region.end; line++) byLine.set(line, region)
  replaceIn(tree, byLine, { source, starts, parse })
}

interface Tools {
  source: string
  starts: readonly number[]
  parse: ParseText
}

function replaceIn(parent: Parent, byLine: ReadonlyMap<number, LineRegion>, tools: Tools): void {
  const out: RootContent[] = []
  const children = parent.children
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as RootContent
    const region = byLine.get(child.position?.start.line ?? 0)
    if (region === undefined || child.position?.start.line !== region.start) {
      if (child.type === 'containerDirective') replaceIn(child, byLine, tools)
      out.push(child)
      continue
    }
    let last = i
    while (last + 1 < children.length && (children[last + 1]?.position?.start.line ?? Infinity) <= region.end) last++
    if ((children[last]?.position?.end.line ?? Infinity) > region.end) {
      out.push(child)
      continue
    }
    out.push(region.type === 'lineTable' ? tableNode(region, tools) : lineBlockNode(region, tools))
    i = last
  }
  parent.children = out as typeof parent.children
}

function tableNode(region: LineTable, tools: Tools): Table {
  const rows = region.header === null ? region.rows : [region.header, ...region.rows]
  const columns = region.align.length
  const children: TableRow[] = rows.map((cells) => {
    const padded = Array.from({ length: columns }, (_, n) => cells[n] ?? [])
    const rowCells = padded.map((cell): TableCell => ({ type: 'tableCell', children: phrasingOf(cell, tools), position: spanOfFragments(cell, region) }))
    return { type: 'tableRow', children: rowCells, position: spanOfCells(rowCells, region) }
  })
  const node: Table = { type: 'table', align: [...region.align], children, position: regionPosition(region, tools) }
  if (region.header === null) node.data = { headerless: true }
  return node
}

function lineBlockNode(region: LineBlock, tools: Tools): Paragraph {
  const children: PhrasingContent[] = []
  region.lines.forEach((line, n) => {
    const first = line.parts[0]
    if (n > 0 && first !== undefined) children.push({ type: 'break', position: pointSpan(pointOf(first.line, first.column - line.indent - 2, tools)) })
    // Leading spaces are kept as no-break spaces, as pandoc does, so they survive white-space collapsing.
    if (line.indent > 0 && first !== undefined) {
      children.push({ type: 'text', value: '\u00a0'.repeat(line.indent), position: pointSpan(pointOf(first.line, first.column - line.indent, tools)) })
    }
    children.push(...phrasingOf(line.parts, tools))
  })
  return { type: 'paragraph', children, position: regionPosition(region, tools) }
}

/**
 * The inline content of some source fragments, parsed together as one text
 * (a cell's lines are one paragraph), positions mapped back to the source.
 * Blocks inside (a cell holding `- item`) give their text, joined by breaks.
 */
function phrasingOf(fragments: readonly Fragment[], tools: Tools): PhrasingContent[] {
  if (fragments.length === 0) return []
  const text = fragments.map((fragment) => fragment.text).join('\n')
  const tree = tools.parse(text)
  const map = (point: Point): Point => {
    const fragment = fragments[point.line - 1] ?? fragments[fragments.length - 1]
    if (fragment === undefined) return point
    return pointOf(fragment.line, fragment.column + point.column - 1, tools)
  }
  walk(tree, (node) => {
    if (node.position !== undefined) node.position = { start: map(node.position.start), end: map(node.position.end) }
  })
  const out: PhrasingContent[] = []
  for (const block of tree.children) {
    const phrasing = blockPhrasing(block, text)
    if (phrasing.length === 0) continue
    if (out.length > 0) out.push({ type: 'break', position: block.position })
    out.push(...phrasing)
  }
  return out
}

function blockPhrasing(node: RootContent, text: string): PhrasingContent[] {
  if (node.type === 'paragraph' || node.type === 'heading') return node.children
  if (node.type === 'yaml' || node.type === 'definition') return []
  if ('children' in node && node.type !== 'tableCell' && node.type !== 'tableRow') {
    const parts = (node.children as RootContent[]).map((child) => blockPhrasing(child, text)).filter((part) => part.length > 0)
    return parts.flatMap((part, n) => (n === 0 ? part : [{ type: 'break', position: node.position } as PhrasingContent, ...part]))
  }
  // Code, HTML, a rule: shown as written.
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const value = 'value' in node && typeof node.value === 'string' ? node.value : ''
  return [{ type: 'text', value: value !== '' ? value : start === undefined || end === undefined ? '' : text.slice(start, end), position: node.position }]
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node)
  if ('children' in node) for (const child of node.children) walk(child, visit)
}

function pointOf(line: number, column: number, tools: Tools): Point {
  return { line, column, offset: (tools.starts[line - 1] ?? 0) + column - 1 }
}

function pointSpan(point: Point): Position {
  return { start: point, end: { ...point } }
}

function regionPosition(region: LineRegion, tools: Tools): Position {
  const from = tools.starts[region.end - 1] ?? 0
  const next = tools.starts[region.end] ?? tools.source.length
  const length = tools.source.slice(from, next).replace(/\r?\n$|\r$/, '').length
  return { start: pointOf(region.start, 1, tools), end: pointOf(region.end, length + 1, tools) }
}

function spanOfFragments(cell: CellSource, region: LineRegion): Position {
  const first = cell[0]
  const last = cell.at(-1)
  if (first === undefined || last === undefined) return { start: { line: region.start, column: 1 }, end: { line: region.start, column: 1 } }
  return { start: { line: first.line, column: first.column }, end: { line: last.line, column: last.column + last.text.length } }
}

function spanOfCells(cells: readonly TableCell[], region: LineRegion): Position {
  const lines = cells.flatMap((cell) => (cell.position === undefined ? [] : [cell.position.start, cell.position.end]))
  const start = lines.reduce<Point | null>((a, b) => (a === null || b.line < a.line || (b.line === a.line && b.column < a.column) ? b : a), null)
  const end = lines.reduce<Point | null>((a, b) => (a === null || b.line > a.line || (b.line === a.line && b.column > a.column) ? b : a), null)
  return { start: { ...(start ?? { line: region.start, column: 1 }) }, end: { ...(end ?? { line: region.end, column: 1 }) } }
}
