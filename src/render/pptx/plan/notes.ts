import type { List, NoteBlock } from '../../../model/index.js'
import { inlineText } from '../../../model/index.js'
import { listItemMarker, markerText } from '../../../layout/list-marker.js'
import { oneLine } from './text-safety.js'

/**
 * Speaker notes as plain paragraphs. Notes pages are plain text, so list items
 * carry the layout's marker as text ("• ", "– ", "☐ ", "1. "), nested items
 * and quotes are indented with spaces.
 */
export function notesToParagraphs(blocks: readonly NoteBlock[]): string[] {
  return blocks.flatMap((block) => fromBlock(block, ''))
}

function fromBlock(block: NoteBlock, prefix: string): string[] {
  switch (block.type) {
    case 'paragraph':
      return [prefix + oneLine(inlineText(block.children))]
    case 'blockquote':
      return block.children.flatMap((child) => fromBlock(child, prefix + '    '))
    case 'list':
      return fromList(block, prefix, 0)
  }
}

function fromList(list: List, prefix: string, level: number): string[] {
  return list.children.flatMap((item, index) => {
    const marker = `${markerText(listItemMarker(list, item, index, level))} `
    const continuation = ' '.repeat(marker.length)
    const lines: string[] = []
    let marked = false
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        lines.push(prefix + (marked ? continuation : marker) + oneLine(inlineText(child.children)))
        marked = true
      } else {
        lines.push(...fromList(child, prefix + '    ', level + 1))
      }
    }
    if (!marked) lines.unshift(prefix + marker.trimEnd())
    return lines
  })
}
