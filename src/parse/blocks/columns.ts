import type { Block, Column } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import type { ContainerDirective } from '../mdast-directive.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'
import { ignoredAttributes } from './directive-attributes.js'
import { flowBlocksFrom } from './flatten.js'

/**
 * `:::: columns` holding two or three `::: column` blocks (speaker notes may
 * sit between them). Any other shape is reported and its content kept as
 * ordinary blocks, one after another.
 */
export function columns(node: ContainerDirective, state: State): Block[] {
  const problem = structureProblem(node)
  if (problem !== null) {
    report(state.file, 'columns-structure', { detail: problem }, positionOf(node))
    return node.children.flatMap((child) =>
      isDirective(child, 'column') ? state.blocks(child.children) : state.blocks([child]),
    )
  }
  const children: Column[] = []
  for (const child of node.children) {
    if (isDirective(child, 'column')) {
      const { width, ...rest } = child.attributes ?? {}
      ignoredAttributes({ ...child, attributes: rest }, state)
      const share = width === undefined || width === null ? undefined : columnShare(width, child, state)
      const column: Column = { type: 'column', children: flowBlocksFrom(state.blocks(child.children), state), position: positionOf(child) }
      if (share !== undefined) column.width = share
      children.push(column)
    } else {
      state.blocks([child]) // speaker notes: they go to the slide's notes
    }
  }
  return [{ type: 'columns', children, position: positionOf(node) }]
}

/**
 * A column's `width` as a share: `30%`, or a number without `%` (`30` is
 * read as percent, `0.3` as a fraction, as Quarto and beamer users write it).
 */
function columnShare(width: string, node: ContainerDirective, state: State): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(width)
  const number = match === null ? Number.NaN : Number(match[1])
  const share = match?.[2] === '%' || number > 1 ? number / 100 : number
  if (!Number.isFinite(share) || share <= 0 || share > 1) {
    report(state.file, 'attribute-value-invalid', { attribute: 'width', value: width, expected: 'a share of the slide width such as `30%`, `30` or `0.3` (the column shares the free room instead)' }, positionOf(node))
    return undefined
  }
  return share
}

function structureProblem(node: ContainerDirective): string | null {
  const stray = node.children.find((child): boolean => !isDirective(child, 'column') && !isDirective(child, 'notes'))
  if (stray !== undefined) {
    const what = stray.type === 'containerDirective' ? `a \`${stray.name}\` directive` : `a ${stray.type}`
    return `it holds ${what} outside any \`column\``
  }
  const count = node.children.filter((child) => isDirective(child, 'column')).length
  if (count < 2 || count > 3) return `it has ${count} \`column\` block${count === 1 ? '' : 's'}, not two or three`
  return null
}

function isDirective(node: ContainerDirective['children'][number], name: string): node is ContainerDirective {
  return node.type === 'containerDirective' && node.name === name
}
