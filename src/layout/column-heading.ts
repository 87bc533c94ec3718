import type { Column, Columns, FlowBlock, Inline } from '../model/index.js'

/**
 * Whether a columns block has headed columns, as slides compare two things:
 * exactly two columns, each opening with a heading (a paragraph all in bold,
 * `**Peran**`) with more content after it. The PPTX draws such a slide on
 * PowerPoint's Comparison layout, each heading in its own placeholder.
 */
export function hasHeadedColumns(columns: Columns): boolean {
  return columns.children.length === 2 && columns.children.every(isHeaded)
}

function isHeaded(column: Column): boolean {
  const [first, ...rest] = column.children
  return first !== undefined && rest.length > 0 && isHeading(first)
}

/** A paragraph of bold text only (spaces around it aside), on the same click as what follows. */
function isHeading(block: FlowBlock): boolean {
  if (block.type !== 'paragraph') return false
  const content = block.children.filter((inline) => !(inline.type === 'text' && inline.value.trim() === ''))
  return content.length > 0 && content.every((inline: Inline) => inline.type === 'strong')
}
