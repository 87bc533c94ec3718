import { shapedWidthEm, widthEm, type LoadedFace } from './font-metrics.js'
import { graphemeClusters } from './graphemes.js'

/**
 * Each grapheme of a word with its advance in em, for the line breaker when a
 * word is wider than a whole line and must be cut between characters
 * (`measure.ts`). Kerning inside the word counts, as when Chromium cuts a
 * shaped word.
 */
export function graphemeAdvancesEm(face: LoadedFace, text: string): { segments: string[]; ems: number[] } {
  // Made on first use (in the face's cache): creating one loads ICU's break data (~10 ms), and most decks never cut inside a word.
  face.cache.segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })
  const segments = graphemeClusters(text, face.cache.segmenter)
  const ems = text.length <= MAX_CACHED_PREFIX_WORD ? prefixAdvancesEm(face, segments) : pairAdvancesEm(face, segments)
  return { segments, ems }
}

/** Words up to this many UTF-16 units have their prefixes' widths measured (and cached). */
const MAX_CACHED_PREFIX_WORD = 40

/**
 * A word longer than this (no language has one; a pasted token or data URI
 * does) is measured as the sum of its graphemes' advances (`pairAdvancesEm`)
 * rather than shaped whole: fontkit takes ~50 µs a character, and the width
 * cache would keep the token.
 */
export const MAX_SHAPED_WORD = 1000

/** Each grapheme's advance as the growth of the shaped prefix it ends: exact, but quadratic in the word's length. */
function prefixAdvancesEm(face: LoadedFace, segments: readonly string[]): number[] {
  let prefix = ''
  let before = 0
  return segments.map((segment) => {
    prefix += segment
    const after = widthEm(face, prefix)
    const em = after - before
    before = after
    return em
  })
}

/**
 * Each grapheme's advance as the growth of the shaped pair it ends (the
 * grapheme with the one before it): what the prefix gives when shaping is
 * pairwise (kerning, two-letter ligatures), in time linear in the text's
 * length. Single graphemes go through the width cache (an alphabet's worth);
 * pairs are shaped once per text, so a pasted token never fills the cache.
 */
function pairAdvancesEm(face: LoadedFace, segments: readonly string[]): number[] {
  const pairs = new Map<string, number>()
  let previous = ''
  return segments.map((segment) => {
    const alone = widthEm(face, segment)
    let em = alone
    if (previous !== '') {
      const pair = previous + segment
      let grown = pairs.get(pair)
      if (grown === undefined) {
        grown = shapedWidthEm(face, pair) - widthEm(face, previous)
        pairs.set(pair, grown)
      }
      em = grown
    }
    previous = segment
    return em
  })
}
