import type { ElementContent } from 'hast'
import type { RenderContext, TextFace } from '../context.js'
import { blockquote } from './blockquote.js'
import { definitionList } from './definition-list.js'
import { list } from './list.js'
import { paragraph } from './paragraph.js'
import type { TextBlock, TextBlockHandler, TextState } from './types.js'

export type { TextBlock } from './types.js'

/** One handler per text block type; adding a type to the union fails to compile until it is handled. */
const handlers = {
  paragraph,
  list,
  blockquote,
  definitionList,
} satisfies { [K in TextBlock['type']]: TextBlockHandler<Extract<TextBlock, { type: K }>> }

function all(blocks: readonly TextBlock[], state: TextState): ElementContent[] {
  return blocks.flatMap((block) => one(block, state))
}

function one(block: TextBlock, state: TextState): ElementContent[] {
  // The union is narrowed per key by `satisfies`; TypeScript cannot correlate it here.
  const handler = handlers[block.type] as TextBlockHandler<TextBlock>
  return handler(block, state)
}

/**
 * Text blocks (paragraphs, lists, blockquotes) as hast, drawn in `face`;
 * `lineHeightOf`, when given, sets each paragraph's line height (see `TextState`).
 */
export function textBlocksToHast(blocks: readonly TextBlock[], ctx: RenderContext, face: TextFace, lineHeightOf?: TextState['lineHeightOf']): ElementContent[] {
  return all(blocks, { ctx, face, level: 0, all, ...(lineHeightOf === undefined ? {} : { lineHeightOf }) })
}
