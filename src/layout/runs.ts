import type { Inline } from '../model/index.js'
import { faceName, type FaceSet, type LoadedFace } from './font-metrics.js'
import { SMALL_CAPS_SCALE, smallCapsPieces } from './small-caps.js'
import { prepareText, SCRIPT_SCALE, type LineItem, type PreparedText } from './measure.js'

/** The fonts a piece of text may use: the text font and the mono font for inline code. */
export interface TextFonts {
  text: FaceSet
  mono: FaceSet
}

/** The style inline content starts from (a table header is bold, a quotation italic). */
export interface BaseStyle {
  bold: boolean
  italic: boolean
}

/**
 * Inline content as line items: each text in the face its marks select
 * (strong → bold, emphasis → italic, inline code → mono, same size; sub- and
 * superscripts and footnote marks at `SCRIPT_SCALE`; a formula as a box of
 * its typeset width). Links and
 * strikethrough do not change widths.
 */
export function lineItemsOf(inlines: readonly Inline[], fonts: TextFonts, base: BaseStyle): LineItem[] {
  const items: LineItem[] = []
  const walk = (nodes: readonly Inline[], bold: boolean, italic: boolean, scale: number, smallCaps = false): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          if (!smallCaps) items.push(textItem(node.value, fonts.text[faceName(bold, italic)], scale))
          else for (const piece of smallCapsPieces(node.value)) items.push(textItem(piece.text, fonts.text[faceName(bold, italic)], piece.small ? scale * SMALL_CAPS_SCALE : scale))
          break
        case 'span':
          walk(node.children, bold, italic, scale, smallCaps || node.smallCaps)
          break
        case 'inlineCode':
          items.push(textItem(node.value, fonts.mono[faceName(bold, italic)], scale))
          break
        case 'footnoteReference':
          items.push(textItem(String(node.number), fonts.text[faceName(bold, italic)], scale * SCRIPT_SCALE))
          break
        case 'break':
          items.push({ type: 'break' })
          break
        case 'inlineMath':
          items.push({ type: 'box', em: node.typeset.width * scale })
          break
        case 'strong':
          walk(node.children, true, italic, scale, smallCaps)
          break
        case 'emphasis':
          walk(node.children, bold, true, scale, smallCaps)
          break
        case 'delete':
        case 'link':
          walk(node.children, bold, italic, scale, smallCaps)
          break
        case 'subscript':
        case 'superscript':
          walk(node.children, bold, italic, scale * SCRIPT_SCALE, smallCaps)
          break
      }
    }
  }
  walk(inlines, base.bold, base.italic, 1)
  return items
}

function textItem(text: string, face: LoadedFace, scale: number): LineItem {
  return scale === 1 ? { type: 'text', text, face } : { type: 'text', text, face, scale }
}

/**
 * Inline content cut into measured chunks, cached (in the layout cache the
 * faces live in) per inline array and style, so that trying several sizes
 * (fit) measures each paragraph once.
 */
export function preparedInlines(inlines: readonly Inline[], fonts: TextFonts, base: BaseStyle): PreparedText {
  const key = `${fonts.text.regular.key}|${fonts.mono.regular.key}|${base.bold}|${base.italic}`
  const prepared = fonts.text.regular.cache.prepared
  let byStyle = prepared.get(inlines)
  if (!byStyle) {
    byStyle = new Map()
    prepared.set(inlines, byStyle)
  }
  const cached = byStyle.get(key)
  if (cached) return cached
  const made = prepareText(lineItemsOf(inlines, fonts, base))
  byStyle.set(key, made)
  return made
}
