import type { Root } from 'mdast'
import type { Processor } from 'unified'

/**
 * What parsing keeps between builds: the trees of the pieces of the last
 * document parsed (so a save re-parses only the piece that changed; see
 * `segments.ts`) and the Markdown parsers made so far. Created by the caller
 * with `createParseCache` and passed in, never kept in a module.
 */
export interface ParseCache {
  /** Piece text → its tree, positions relative to the piece. */
  pieces: Map<string, Root>
  /** Frozen slide parsers by the GFM parts they include. */
  processors: Map<string, Processor<Root>>
}

/** An empty parse cache. */
export function createParseCache(): ParseCache {
  return { pieces: new Map(), processors: new Map() }
}
