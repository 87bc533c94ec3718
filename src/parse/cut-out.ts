import type { Text as MdText } from 'mdast'

/** What a finder cut out of a text node and the nodes after it. */
export interface Cut<T> {
  /** The text before the construct in the node it opens in. */
  before: MdText | null
  found: T
  /** How many nodes after the opening one the construct took (the last one's rest is `after`). */
  consumed: number
  /** The text after the construct in the node it closes in; it is searched again. */
  after: MdText | null
}

/**
 * Replaces every construct `find` recognises in `nodes` with what it found,
 * keeping the text around it. Inline notes and bracketed spans share this
 * walk: both open in one text node and may close several nodes later.
 *
 * @param find the construct opening in `node`, given the nodes after it, or `null`
 */
export function cutOut<N, T>(nodes: ReadonlyArray<N | MdText>, find: (node: N | MdText, rest: ReadonlyArray<N | MdText>) => Cut<T> | null): Array<N | MdText | T> {
  const queue = [...nodes]
  const out: Array<N | MdText | T> = []
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    const cut = find(node, queue)
    if (cut === null) {
      out.push(node)
      continue
    }
    if (cut.before !== null) out.push(cut.before)
    out.push(cut.found)
    queue.splice(0, cut.consumed, ...(cut.after === null ? [] : [cut.after]))
  }
  return out
}
