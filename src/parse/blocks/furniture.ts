import type { ContentSlide, Inline, List, Paragraph } from '../../model/index.js'
import type { ContainerDirective } from '../mdast-directive.js'
import { positionOf, spanOf } from '../position.js'
import type { State } from '../state.js'
import { ignoredAttributes } from './directive-attributes.js'
import { textBlocksFrom } from './flatten.js'

/**
 * Quarto's `::: footer` (its text replaces the deck's footer on this slide,
 * on one line) and `::: aside` (small text at the slide's foot), at the top
 * level of a slide or inside a div or column on it (`state.slide`). A second
 * footer on a slide replaces the first, as in Quarto; asides add up.
 */
export function slideFurniture(node: ContainerDirective, slide: ContentSlide, state: State): void {
  ignoredAttributes(node, state)
  const blocks = textBlocksFrom(state.blocks(node.children), state, `a ${node.name}`)
  if (node.name === 'aside') slide.aside = [...(slide.aside ?? []), ...blocks]
  else {
    const inlines: Inline[] = []
    for (const block of paragraphsOf(blocks)) {
      if (inlines.length > 0) inlines.push({ type: 'text', value: ' ', position: block.position })
      inlines.push(...block.children)
    }
    slide.footer = inlines
  }
  slide.position = spanOf(slide.position, positionOf(node))
}

/** Every paragraph, lists' items included, in order: a footer is one line of text. */
function paragraphsOf(blocks: ReadonlyArray<Paragraph | List>): Paragraph[] {
  return blocks.flatMap((block) => (block.type === 'paragraph' ? [block] : block.children.flatMap((item) => paragraphsOf(item.children))))
}
