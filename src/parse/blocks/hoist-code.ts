import type { Block, Code } from '../../model/index.js'

/**
 * Code inside a list item or block quote is drawn as code, not as text: it
 * leaves the text block (which holds text only) and follows it as a code
 * block set in by one more list indent, under the text it belongs to.
 */
export function indented(code: Code): Code {
  return { ...code, indent: (code.indent ?? 0) + 1 }
}

/**
 * Where a list item's trailing code starts: the index of the first of the
 * code blocks that end the item, or null when no code ends it or other
 * blocks follow some code (then the item stays whole, its code as text).
 */
export function trailingCode(blocks: readonly Block[]): number | null {
  let cut = blocks.length
  while (cut > 0 && blocks[cut - 1]?.type === 'code') cut--
  if (cut === blocks.length) return null
  return blocks.slice(0, cut).some((block) => block.type === 'code') ? null : cut
}
