import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import { positionOf } from './position.js'

/**
 * The longest word (characters without white space, in UTF-16 units) layar
 * lays out: a pasted token, hash or data URI of this size already takes
 * about a second of measuring and breaking for both outputs, and one of a
 * megabyte, minutes. No language has words anywhere near it.
 */
export const MAX_WORD_CHARS = 50_000

/**
 * Reports `word-too-long` at the first text (or inline code) holding a word
 * longer than `MAX_WORD_CHARS` and returns false; true when every word is
 * within it. Linear in the text's length, with an explicit stack.
 */
export function checkWordLength(tree: Root, file: VFile): boolean {
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ((node.type === 'text' || node.type === 'inlineCode') && longestWord(node.value) > MAX_WORD_CHARS) {
      const place = positionOf(node)
      report(file, 'word-too-long', { length: longestWord(node.value), limit: MAX_WORD_CHARS }, { start: place.start, end: place.start })
      return false
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes)
  }
  return true
}

/** The length of the longest run of characters without white space. */
function longestWord(text: string): number {
  let longest = 0
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // Space, tab, line breaks and the other white space a line may break at.
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || (code >= 0x2000 && code <= 0x200b)) run = 0
    else if (++run > longest) longest = run
  }
  return longest
}
