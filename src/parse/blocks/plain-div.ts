import type { Block, Column, FlowBlock } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import type { ContainerDirective } from '../mdast-directive.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'
import { ignoredAttributes } from './directive-attributes.js'
import { flowBlocksFrom } from './flatten.js'

/**
 * A pandoc div with attributes but no class (`::: {layout-ncol=2}`,
 * `::: {style="…"}`): its content, never its fences. Quarto's
 * `layout-ncol=N` (2 or 3) lays its blocks out in N columns, filled row by
 * row as Quarto does; `layout-nrow` keeps them one under another (slides
 * stack blocks already). Other attributes are reported as ignored.
 */
export function plainDiv(node: ContainerDirective, state: State): Block[] {
  const { 'layout-ncol': ncol, 'layout-nrow': nrow, ...rest } = node.attributes ?? {}
  ignoredAttributes({ ...node, attributes: rest }, state)
  const blocks = state.blocks(node.children)
  if (ncol === undefined || ncol === null) return blocks
  const count = Number(ncol)
  if (!Number.isInteger(count) || count < 1 || count > 3) {
    const detail = `\`layout-ncol=${ncol}\` asks for ${ncol} columns; a slide holds one to three, so the blocks are shown one under another`
    report(state.file, 'columns-structure', { detail }, positionOf(node))
    return blocks
  }
  if (nrow !== undefined && nrow !== null && count === 1) return blocks
  const flow: FlowBlock[] = flowBlocksFrom(blocks, state)
  if (count === 1 || flow.length < 2) return flow
  const columns: Column[] = Array.from({ length: Math.min(count, flow.length) }, () => ({ type: 'column', children: [], position: positionOf(node) }))
  flow.forEach((block, index) => columns[index % columns.length]?.children.push(block))
  return [{ type: 'columns', children: columns, position: positionOf(node) }]
}
