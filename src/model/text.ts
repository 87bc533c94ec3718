import type { Inline } from './inline.js'

/**
 * The plain text of inline content, as a reader would say it: breaks become
 * spaces, a formula its TeX between dollars (as written, and as notes show
 * it). Used for titles in metadata, reports, notes and fit measurement keys.
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
      case 'inlineMath':
        out += `$${node.tex}$`
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
