import type { RootContent } from 'mdast'

/**
 * pandoc's slide level: the highest heading level (smallest depth) that is
 * immediately followed by content rather than another heading or a `---`.
 * With no such heading it is 6, as in pandoc, so every heading above 6
 * opens a section.
 *
 * This mirrors `getSlideLevel` in pandoc's `Text.Pandoc.Slides`, including
 * that a heading's following block is skipped once it has counted.
 *
 * @param nodes the top-level blocks of the document (front matter is ignored)
 */
export function slideLevelOf(nodes: readonly RootContent[]): number {
  const blocks = nodes.filter((node) => node.type !== 'yaml')
  let level = 6
  for (let index = 0; index < blocks.length; index++) {
    const node = blocks[index]
    const next = blocks[index + 1]
    if (node?.type !== 'heading' || next === undefined) continue
    if (node.depth < level && next.type !== 'heading' && next.type !== 'thematicBreak') {
      level = node.depth
      index++
    }
  }
  return level
}
