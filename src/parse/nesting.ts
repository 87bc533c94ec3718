import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import { fileStart, positionOf } from './position.js'

/**
 * The deepest mdast nesting layar converts. Every stage walks the tree
 * recursively, so a pasted `>>>>…` or `*a *a *a …` thousands deep would
 * overflow the stack. (Quotes and lists deeper than 50 are refused before
 * parsing, by `container-scan.ts`.)
 */
export const MAX_NESTING = 600

/**
 * Reports `nesting-too-deep` at the first node nested deeper than
 * `MAX_NESTING` and returns false; true when the tree is shallow enough.
 * Walks with an explicit stack, so the check itself cannot overflow.
 */
export function checkNesting(tree: Root, file: VFile): boolean {
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.depth > MAX_NESTING) {
      const place = item.node.position === undefined ? fileStart : positionOf(item.node)
      report(file, 'nesting-too-deep', { limit: MAX_NESTING }, { start: place.start, end: place.start })
      return false
    }
    if ('children' in item.node) for (const child of item.node.children) stack.push({ node: child, depth: item.depth + 1 })
  }
  return true
}
