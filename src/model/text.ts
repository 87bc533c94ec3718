import type { Inline } from './inline.js'

/**
 * The plain text of inline content, as a reader would say it: breaks become
 * spaces. Used for titles in metadata, reports and fit measurement keys.
 */
export function inlineText(inlines: readonly Inline[]): string {
  let out = ''
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value
        break
      case 'break':
        out += ' '
        break
      case 'footnoteReference':
        out += String(node.number)
        break
      default:
        out += inlineText(node.children)
    }
  }
  return out
}
