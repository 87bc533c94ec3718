/**
 * pandoc definition lists, first step: finds the lines where a definition
 * starts (`:` or `~`, up to three spaces in, then blanks and text) under a
 * term, and rewrites that marker to `-`. The line keeps its length, so every
 * position stays valid, and CommonMark then reads each definition as a list
 * item: with its continuation lines, nested lists, code and lazy lines,
 * exactly as pandoc's indentation rules for definitions ask.
 * `definitionListsFromMdast` turns those items back into definitions.
 *
 * Written by hand: micromark-extension-definition-list (the maintained one)
 * reads only `:` (PHP Markdown Extra), not pandoc's `~`, says it may not work
 * with other extensions, and scans back over all earlier events for each
 * definition (quadratic in a long list). This scan looks at each line once.
 */

const marker = /^( {0,3})([:~])([ \t]+)\S/
/** Lines that start another block, so they cannot be a term. */
const notATerm = /^ {0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\||`{3}|~{3}|:{3}|<|\+[-=:]|[:~][ \t]|-{3,}[ \t]*$|={3,}[ \t]*$)/
const blank = /^[ \t]*$/

/** The result of `definitionMarkersToBullets`. */
export interface DefinitionMarkers {
  text: string
  /** 1-based lines whose marker was rewritten. */
  lines: Set<number>
}

/**
 * Rewrites the definition markers of `text` into list markers.
 *
 * @param lines the text's lines, without line endings
 * @param taken 1-based lines no definition may use (code, front matter, pandoc tables and line blocks)
 */
export function definitionMarkersToBullets(text: string, lines: readonly string[], taken: ReadonlySet<number>): DefinitionMarkers {
  const found = new Set<number>()
  if (!/^ {0,3}[:~][ \t]/m.test(text)) return { text, lines: found }
  let inList = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (taken.has(i + 1)) {
      inList = false
      continue
    }
    if (marker.test(line)) {
      if (inList || termAt(lines, taken, termLine(lines, i))) {
        found.add(i + 1)
        inList = true
      }
      continue
    }
    if (blank.test(line)) continue
    // Inside a definition: an indented line, or a lazy line right after text. Anything else ends the list.
    const lazy = i > 0 && !blank.test(lines[i - 1] ?? '')
    if (!(inList && (/^(?: {4}|\t)/.test(line) || lazy))) inList = false
  }
  if (found.size === 0) return { text, lines: found }
  return { text: rewrite(text, found), lines: found }
}

/** The line a term for a definition at `i` would be on: the line above, or the one above a blank line. */
function termLine(lines: readonly string[], i: number): number {
  if (i >= 1 && !blank.test(lines[i - 1] ?? '')) return i - 1
  if (i >= 2 && blank.test(lines[i - 1] ?? '') && !blank.test(lines[i - 2] ?? '')) return i - 2
  return -1
}

/** A term is one line of text, a paragraph of its own (nothing right above it but a heading or a fence). */
function termAt(lines: readonly string[], taken: ReadonlySet<number>, j: number): boolean {
  if (j < 0 || taken.has(j + 1)) return false
  const line = lines[j] ?? ''
  if (notATerm.test(line) || /^(?: {4}|\t)/.test(line)) return false
  if (j === 0) return true
  const above = lines[j - 1] ?? ''
  return blank.test(above) || taken.has(j) || /^#{1,6}(?:[ \t]|$)/.test(above) || /^[ \t]*:{3,}/.test(above)
}

function rewrite(text: string, found: ReadonlySet<number>): string {
  let line = 1
  let out = ''
  for (const piece of text.split(/(\r\n|\r|\n)/)) {
    if (/^(?:\r\n|\r|\n)$/.test(piece)) {
      out += piece
      line++
      continue
    }
    out += found.has(line) ? piece.replace(/^( {0,3})[:~]/, '$1-') : piece
  }
  return out
}
