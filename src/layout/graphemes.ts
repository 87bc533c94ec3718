/**
 * How many UTF-16 units one call of the segmenter sees. V8's
 * `Intl.Segmenter` takes time quadratic in the length of the text it walks
 * (20,000 characters: ~0.7 s; 200,000: over a minute), so a long text is
 * walked in windows of this size.
 */
const WINDOW = 512

/**
 * The grapheme clusters of `text`, in order, in time linear in its length.
 * Each window's last cluster is walked again as the start of the next
 * window, since the window's end may have cut it; a cluster boundary
 * depends only on the text before it and the one character after it, so a
 * window that starts at a boundary finds the same clusters as one walk of
 * the whole text. A single cluster longer than a window (no script has one) is cut at its end.
 */
export function graphemeClusters(text: string, segmenter: Intl.Segmenter): string[] {
  if (text.length <= WINDOW) return Array.from(segmenter.segment(text), (s) => s.segment)
  const out: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW)
    // Never between the halves of a surrogate pair: the cluster before would be decided without its next character.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
    const segments = Array.from(segmenter.segment(text.slice(start, end)), (s) => s.segment)
    if (end === text.length || segments.length === 1) {
      out.push(...segments)
      start = end
      continue
    }
    const last = segments.pop() ?? ''
    out.push(...segments)
    start = end - last.length
  }
  return out
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
