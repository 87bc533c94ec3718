import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { isSafeUrl, type Inline, type Link, type Span } from '../../model/index.js'
import { smallCapsPieces } from '../../layout/small-caps.js'
import { cssColor } from './units.js'
import { useFont } from './context.js'
import type { FontUsage, TextFace } from './context.js'
import { inlineMathToHast } from './math.js'

/**
 * Inline content as hast. Text only ever becomes text nodes (escaped when
 * serialised); `face` is the face the surrounding box draws in, so the
 * page can embed exactly the fonts it uses.
 */
export function inlinesToHast(inlines: readonly Inline[], face: TextFace, fonts: FontUsage, smallCaps = false): ElementContent[] {
  return inlines.flatMap((node) => inlineToHast(node, face, fonts, smallCaps))
}

function inlineToHast(node: Inline, face: TextFace, fonts: FontUsage, smallCaps: boolean): ElementContent[] {
  switch (node.type) {
    case 'text':
      useFont(fonts, face, node.value)
      if (smallCaps) return smallCapsToHast(node.value, face, fonts)
      return [{ type: 'text', value: node.value }]
    case 'span':
      return [spanToHast(node, face, fonts, smallCaps)]
    case 'strong':
      return [h('strong', inlinesToHast(node.children, { ...face, weight: 700 }, fonts, smallCaps))]
    case 'emphasis':
      return [h('em', inlinesToHast(node.children, { ...face, style: 'italic' }, fonts, smallCaps))]
    case 'delete':
      return [h('del', inlinesToHast(node.children, face, fonts, smallCaps))]
    case 'inlineCode':
      useFont(fonts, { ...face, role: 'mono' }, node.value)
      return [h('code', node.value)]
    case 'link':
      return linkToHast(node, face, fonts, smallCaps)
    case 'break':
      return [h('br')]
    case 'inlineMath':
      return [inlineMathToHast(node)]
    case 'subscript':
      return [h('sub', inlinesToHast(node.children, face, fonts, smallCaps))]
    case 'superscript':
      return [h('sup', inlinesToHast(node.children, face, fonts, smallCaps))]
    case 'footnoteReference': {
      const number = String(node.number)
      useFont(fonts, face, number)
      return [h('sup.layar-footnote-ref', number)]
    }
  }
}

function linkToHast(node: Link, face: TextFace, fonts: FontUsage, smallCaps: boolean): ElementContent[] {
  const children = inlinesToHast(node.children, face, fonts, smallCaps)
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

/** A span's looks: underline, highlight and colour as classes and a checked colour, `lang` as the attribute. */
function spanToHast(node: Span, face: TextFace, fonts: FontUsage, smallCaps: boolean): ElementContent {
  const classes = [node.underline ? 'layar-underline' : '', node.highlight ? 'layar-mark' : ''].filter((name) => name !== '')
  const properties: Record<string, string | string[]> = {}
  if (classes.length > 0) properties['className'] = classes
  if (node.color !== null) properties['style'] = `color:${cssColor(node.color)}`
  if (node.lang !== null) properties['lang'] = node.lang
  return h('span', properties, inlinesToHast(node.children, face, fonts, smallCaps || node.smallCaps))
}

/** Small capitals as layout measured them (`smallCapsPieces`): lower-case letters upper-cased, smaller. */
function smallCapsToHast(value: string, face: TextFace, fonts: FontUsage): ElementContent[] {
  return smallCapsPieces(value).map((piece) => {
    useFont(fonts, face, piece.text)
    return piece.small ? h('span.layar-small-caps', piece.text) : { type: 'text' as const, value: piece.text }
  })
}
