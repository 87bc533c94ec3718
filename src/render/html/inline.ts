import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { isSafeUrl, type Inline, type Link } from '../../model/index.js'
import { useFont } from './context.js'
import type { FontUsage, TextFace } from './context.js'

/**
 * Inline content as hast. Text only ever becomes text nodes (escaped when
 * serialised); `face` is the face the surrounding box draws in, so the
 * page can embed exactly the fonts it uses.
 */
export function inlinesToHast(inlines: readonly Inline[], face: TextFace, fonts: FontUsage): ElementContent[] {
  return inlines.flatMap((node) => inlineToHast(node, face, fonts))
}

function inlineToHast(node: Inline, face: TextFace, fonts: FontUsage): ElementContent[] {
  switch (node.type) {
    case 'text':
      useFont(fonts, face, node.value)
      return [{ type: 'text', value: node.value }]
    case 'strong':
      return [h('strong', inlinesToHast(node.children, { ...face, weight: 700 }, fonts))]
    case 'emphasis':
      return [h('em', inlinesToHast(node.children, { ...face, style: 'italic' }, fonts))]
    case 'delete':
      return [h('del', inlinesToHast(node.children, face, fonts))]
    case 'inlineCode':
      useFont(fonts, { ...face, role: 'mono' }, node.value)
      return [h('code', node.value)]
    case 'link':
      return linkToHast(node, face, fonts)
    case 'break':
      return [h('br')]
    case 'subscript':
      return [h('sub', inlinesToHast(node.children, face, fonts))]
    case 'superscript':
      return [h('sup', inlinesToHast(node.children, face, fonts))]
    case 'footnoteReference': {
      const number = String(node.number)
      useFont(fonts, face, number)
      return [h('sup.layar-footnote-ref', number)]
    }
  }
}

function linkToHast(node: Link, face: TextFace, fonts: FontUsage): ElementContent[] {
  const children = inlinesToHast(node.children, face, fonts)
  // Parse has vetted the URL; this is a second lock. An unsafe scheme keeps the text, without the link.
  if (!isSafeUrl(node.url)) return children
  const properties: Record<string, string> = {
    href: node.url,
    target: '_blank',
    rel: 'noopener noreferrer',
  }
  if (node.title !== null) properties['title'] = node.title
  return [h('a', properties, children)]
}
