import type { Paragraph as MdParagraph } from 'mdast'
import type { Block } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { imageBlocksFrom, type ImageSource } from '../images.js'
import { inlinesFromMdast, isBlank } from '../inline.js'
import { positionOf } from '../position.js'
import { reportQuartoText } from '../quarto-text.js'
import type { State } from '../state.js'
import { displayParagraph } from '../math/math-nodes.js'

/**
 * A paragraph. A paragraph of images only becomes image blocks; images
 * inside text move to image blocks after the text, with a warning, since
 * slides place images as blocks. A paragraph that is only `$$…$$` is display math.
 */
export function paragraph(node: MdParagraph, state: State): Block[] {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type === 'text' && only.value.trim() === '. . .') {
    // pandoc's pause. Note: not yet drawn as a step (it needs the shared per-slide build steps of the PPTX animation work).
    report(state.file, 'pause-not-stepped', undefined, positionOf(node))
    return []
  }
  const display = displayParagraph(node, state)
  if (display !== null) return [display]
  reportQuartoText(node, state)
  const images: ImageSource[] = []
  const children = inlinesFromMdast(node.children, state, { where: 'paragraph', onImage: (image) => images.push(image) })
  const figures = images.flatMap((image) => imageBlocksFrom(image, state))
  const blank = isBlank(children)
  // pandoc makes a figure, captioned with the alt text, only of an image alone in its paragraph.
  const uncaptioned = figures.map((figure) => (figure.type === 'image' && figure.caption === undefined && (images.length > 1 || !blank) ? { ...figure, caption: null } : figure))
  if (images.length > 0 && blank) return uncaptioned
  // In a list item, quote or footnote the figure becomes its alt text, which `textBlocksFrom` reports instead.
  if (!state.textOnly) for (const image of images) report(state.file, 'image-inline', undefined, image.position)
  return [{ type: 'paragraph', children, position: positionOf(node) }, ...uncaptioned]
}
