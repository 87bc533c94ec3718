/**
 * A whole-deck bound on inline formatting, counted by the same linear scan
 * as `input-bounds.ts`, before micromark runs. Every code span, link,
 * emphasis, sub/superscript, footnote mark or hard break is its own node in
 * micromark's events, the mdast and the deck, its own laid-out run, and one
 * or two runs of about 290 bytes each in the PPTX (plus a relationship per
 * link), held as pptxgenjs strings and then as parsed XML trees. Measured
 * with in-process builds (issue 20): one paragraph of `` `a` `` spans peaked
 * at 0.59 GB RSS at 20,000 spans and 1.7 GB at 80,000 (about 18 KB a span);
 * 500,000 spans (2 MB, under the size limit) took 2.8 GB and 94 s in the
 * parser alone, and would need about 9 GB to finish. The memory grows with
 * the number of spans, not with the characters, so it is the spans that are
 * bounded.
 *
 * The scan cannot tell a span from a mark that stays text, so it counts
 * marks, each weighted by what its worst shape cost per mark (peak RSS of a
 * whole build, HTML and PPTX, measured per shape): at most about 12 KB
 * per weight unit for each of `` `a` ``, `*a*`, `H~2~O`, `a^2^`, `[a](b)`,
 * `^[a]`, hard breaks, `http://a` and `a@b.c`.
 */

/**
 * Most weight of inline marks in one deck: about 50,000 code spans or
 * emphasised words, 33,000 bare links or 25,000 links. Just under it, a
 * whole build of the costliest shapes (all in one paragraph, so one slide
 * part holds them all) peaked near 1.2 GB RSS with 15-35 s of CPU when the
 * bound was chosen (0.85-0.94 GB after this round's PPTX changes): within a
 * normal laptop. Real decks weigh far less: a generated 1,000-slide deck
 * (510 KB) about 600, layar's README (56 KB of dense technical prose)
 * 1,300, so 2 MB (the size limit) written as densely as the README stays
 * under half the bound.
 */
export const MAX_INLINE_MARKS = 100_000

/** Whether a mark may start with the UTF-16 unit `code`: the scan asks `markWeight` only then, sparing a call for every letter. */
export function mayStartMark(code: number): boolean {
  switch (code) {
    case 0x24: // $
    case 0x3a: // :
    case 0x3c: // <
    case 0x40: // @
    case 0x57: // W
    case 0x5b: // [
    case 0x5c: // \
    case 0x5d: // ]
    case 0x5e: // ^
    case 0x60: // `
    case 0x77: // w
    case 0x7e: // ~
      return true
    default:
      return false
  }
}

/**
 * The weight of the mark at `text[i]`, and the index of its last character
 * (so a run of backticks or dollars counts once):
 *
 * - 1 for a run of `` ` ``, `~` or `$`, a `^` or `<`, and `\(`, `\)` (math):
 *   half a span each, as a span is opened and closed;
 * - 2 for `[` and `]` (a link, bracketed span or note, with its
 *   relationship or note, costs twice a code span) and a backslash at the
 *   end of a line (a hard break, a run of its own);
 * - 3 for the start of a literal autolink (`://`, `www.`, `@`): a whole
 *   span without a closing mark, with its link relationship, and the
 *   costliest shape in one paragraph (50,000 `http://a` peaked at 1.56 GB,
 *   against 1.17 GB for 50,000 code spans).
 *
 * Emphasis runs (`*`, `_`) are weighed by the caller, which knows whether
 * they can open or close. Anything else weighs 0.
 */
export function markWeight(text: string, i: number): { weight: number; end: number } {
  const char = text[i]
  switch (char) {
    case '`':
    case '~':
    case '$': {
      let end = i
      while (text[end + 1] === char) end++
      return { weight: 1, end }
    }
    case '^':
    case '<':
      return { weight: 1, end: i }
    case '[':
    case ']':
      return { weight: 2, end: i }
    case '@':
      return { weight: 3, end: i }
    case '\\': {
      const next = text[i + 1]
      if (next === undefined) return { weight: 2, end: i }
      return { weight: next === '(' || next === ')' ? 1 : 0, end: i + 1 }
    }
    case ':':
      return text.startsWith('//', i + 1) ? { weight: 3, end: i + 2 } : { weight: 0, end: i }
    case 'w':
    case 'W':
      return isWww(text, i) ? { weight: 3, end: i + 3 } : { weight: 0, end: i }
    default:
      return { weight: 0, end: i }
  }
}

/** Whether `www.` (in any case) starts at `text[i]`. */
function isWww(text: string, i: number): boolean {
  for (let k = i; k < i + 3; k++) if ((text.charCodeAt(k) | 0x20) !== 0x77) return false
  return text[i + 3] === '.'
}
