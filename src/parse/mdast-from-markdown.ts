import type { Nodes, Root } from 'mdast'
import { mathFromMarkdown } from 'mdast-util-math'
import { math } from 'micromark-extension-math'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified, type Processor } from 'unified'
import { scanCodeLines } from './code-line-scan.js'
import { fencedDivsToDirectives } from './fenced-divs.js'
import { backslashMath } from './math/backslash-math.js'
import { gfmPartsFor, remarkGfmParts, type GfmParts } from './gfm-parts.js'
import { applyLineRegions } from './line-regions.js'
import { findLineRegions, mayHoldLineRegions, type LineRegion } from './line-tables/index.js'
import { definitionMarkersToBullets } from './definition-markers.js'
import { definitionListsFromMdast } from './definition-lists.js'
import { createParseCache, type ParseCache } from './parse-cache.js'
import { parseInPieces } from './segments.js'
import { lineStarts } from './source-lines.js'
import { attachTableCaptions } from './table-captions.js'

const allGfm: GfmParts = { table: true, autolinkLiteral: true }
const plainMarkdown = unified().use(remarkParse).use(remarkGfmParts, allGfm).use(remarkFrontmatter, ['yaml']).freeze()

/**
 * Parses one piece with only the GFM parts it may use: the same tree as with
 * all of them, sooner. The parser for each combination of parts is made on
 * first use and kept in `cache`.
 */
export function parseSlideMarkdown(text: string, cache: ParseCache = createParseCache()): Root {
  const parts = gfmPartsFor(text)
  const key = `${parts.table}|${parts.autolinkLiteral}`
  let parser = cache.processors.get(key)
  if (parser === undefined) {
    parser = unified().use(remarkParse).use(remarkGfmParts, parts).use(remarkMath).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze() as unknown as Processor<Root>
    cache.processors.set(key, parser)
  }
  return parser.parse(text)
}

/**
 * `$…$` and `$$…$$` TeX math, as `remark-math` adds it, and pandoc's
 * `\(…\)` and `\[…\]`. micromark pairs dollars like code-span backticks;
 * `inlineMath` in `parse/math/` then applies pandoc's rules (no space inside
 * the dollars, no digit after).
 */
function remarkMath(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(math(), backslashMath())
  ;(data.fromMarkdownExtensions ??= []).push(mathFromMarkdown())
}

/**
 * Parses a content file into mdast: CommonMark, GFM, TeX math, YAML front matter and
 * directives, with pandoc fenced divs accepted as container directives.
 * Every position in the tree refers to `source` as written.
 *
 * @param source the content file's text
 * @param cache pieces and parsers kept between builds (default: a fresh cache)
 */
export function mdastFromMarkdown(source: string, cache: ParseCache = createParseCache()): Root {
  // The line scan settles most documents; a parse without directives settles the rest (it doubles the parse time).
  const lines = source.split(/\r\n|\r|\n/)
  const scanned = scanCodeLines(lines)
  const regionsPossible = mayHoldLineRegions(source)
  const plain = scanned === null && (source.includes(':::') || regionsPossible) ? plainMarkdown.parse(source) : null
  const code = scanned ?? (plain !== null && source.includes(':::') ? codeLines(plain) : new Set<number>())
  const { text, resized, outerDivs } = fencedDivsToDirectives(source, code)
  const textLines = text.split(/\r\n|\r|\n/)
  const fenced = scanned ?? (plain === null ? new Set<number>() : fencedCodeLines(plain, source))
  const regions = regionsPossible ? findLineRegions(textLines, fenced) : []
  const definitions = definitionMarkersToBullets(text, textLines, takenLines(textLines, fenced, regions))
  const tree = parseInPieces(definitions.text, { code: scanned, outerDivs }, (piece) => parseSlideMarkdown(piece, cache), cache)
  if (resized) positionsToSource(tree, source)
  if (regions.length > 0) applyLineRegions(tree, regions, source, lineStarts(source), parseSlideMarkdown)
  definitionListsFromMdast(tree, definitions.lines)
  attachTableCaptions(tree)
  return tree
}

/** Lines no definition may use: code, front matter, and the tables and line blocks found. */
function takenLines(lines: readonly string[], code: ReadonlySet<number>, regions: readonly LineRegion[]): Set<number> {
  const taken = new Set(code)
  for (const region of regions) for (let line = region.start; line <= region.end; line++) taken.add(line)
  if (/^---[ \t]*$/.test(lines[0] ?? '')) {
    for (let index = 0; index < lines.length; index++) {
      taken.add(index + 1)
      if (index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(lines[index] ?? '')) break
    }
  }
  return taken
}

/** Lines of fenced code (not indented code, whose lines a pandoc table's rows may look like). */
function fencedCodeLines(tree: Root, source: string): Set<number> {
  const lines = new Set<number>()
  walk(tree, (node) => {
    if (node.type !== 'code' || node.position === undefined) return
    const opening = source.slice(node.position.start.offset ?? 0, (node.position.start.offset ?? 0) + 3)
    if (opening !== '```' && opening !== '~~~') return
    for (let line = node.position.start.line; line <= node.position.end.line; line++) lines.add(line)
  })
  return lines
}

/**
 * Lines that belong to fenced or indented code (or a code span) in a parse
 * without directives: fence-like lines there are code, not divs.
 */
export function codeLines(tree: Root): Set<number> {
  const lines = new Set<number>()
  walk(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position !== undefined) {
      for (let line = node.position.start.line; line <= node.position.end.line; line++) lines.add(line)
    }
  })
  return lines
}

/**
 * Maps positions from the rewritten text back to the source. Only fence
 * lines changed, and none changed its line number, so a point keeps its line,
 * its column is clamped to the source line, and its offset is recomputed.
 */
function positionsToSource(tree: Root, source: string): void {
  const starts = lineStarts(source)
  const lengths = starts.map((start, index) => {
    const next = starts[index + 1] ?? source.length
    return source.slice(start, next).replace(/\r?\n$|\r$/, '').length
  })
  walk(tree, (node) => {
    for (const point of node.position === undefined ? [] : [node.position.start, node.position.end]) {
      const index = point.line - 1
      point.column = Math.min(point.column, (lengths[index] ?? 0) + 1)
      point.offset = (starts[index] ?? 0) + point.column - 1
    }
  })
}

/** Calls `visitor` on `node` and every node below it, parents first. */
function walk(node: Nodes, visitor: (node: Nodes) => void): void {
  visitor(node)
  if ('children' in node) for (const child of node.children) walk(child, visitor)
}
