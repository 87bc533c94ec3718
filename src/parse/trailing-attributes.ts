import type { Image, ImageReference, Link, LinkReference, PhrasingContent } from 'mdast'
import type { Position } from '../model/index.js'
import { parseAttributes, type Attributes } from './attributes.js'
import type { State } from './state.js'
import { positionIn, sourcedText, textSlice } from './text-source.js'

/** An image or link and the `{…}` block written right after it (`![](x.png){width=50%}`, `[x](url){.external}`). */
export interface AttributedNode {
  type: 'attributed'
  node: Image | ImageReference | Link | LinkReference
  attributes: Attributes
  /** Where the `{…}` block is written. */
  attributesPosition: Position
}

const TAKES_ATTRIBUTES: ReadonlySet<string> = new Set(['image', 'imageReference', 'link', 'linkReference'])

/**
 * Pairs each image and link with the attribute block that follows it at
 * once, as pandoc's `link_attributes` extension reads it. CommonMark leaves
 * `{…}` in the next text node; a block that reads (`attributes.ts`) is cut
 * out of that text, one that does not stays text (and the literal-syntax
 * net reports it). An escaped `\{` is never a block.
 *
 * @param nodes phrasing content, after inline notes and spans are found
 * @param state the conversion state
 */
export function withTrailingAttributes<P extends { type: string }>(nodes: readonly P[], state: State): Array<P | AttributedNode> {
  const out: Array<P | AttributedNode> = []
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as P
    const next = nodes[i + 1] as P | undefined
    if (!TAKES_ATTRIBUTES.has(node.type) || next === undefined || !isText(next) || !next.value.startsWith('{')) {
      out.push(node)
      continue
    }
    const text = sourcedText(next, state)
    const read = text.escaped[0] === true ? null : parseAttributes(text.value, 0)
    if (read === null || !read.ok) {
      out.push(node)
      continue
    }
    const attributesPosition = positionIn(text, 0, read.end, state)
    out.push({ type: 'attributed', node: node as unknown as AttributedNode['node'], attributes: read.attributes, attributesPosition })
    if (read.end < text.value.length) out.push(textSlice(text, read.end, text.value.length, state) as unknown as P)
    i += 1
  }
  return out
}

function isText(node: { type: string }): node is PhrasingContent & { type: 'text'; value: string } {
  return node.type === 'text'
}
