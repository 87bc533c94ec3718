/**
 * Orders package part paths as `Intl.Collator('en', { numeric: true })` does
 * (`image-2-10` after `image-2-9`), without making a collator for the usual
 * paths: the first collator of a process loads ICU's collation data, a few
 * per cent of a cold build, and every build sorts its parts.
 *
 * Paths made only of ASCII letters, digits and `/ . _ -` are compared here
 * by the collator's first (primary) level: punctuation before digits before
 * letters, `_ - . /` in that order, digit runs by their value, letters
 * without regard to case. Where that level cannot tell two paths apart (they
 * differ only in case or leading zeros), and for any other character, the
 * collator decides: the result is always the collator's.
 */
export function naturalOrder(a: string, b: string): number {
  if (a === b) return 0
  const primary = PLAIN_PATH.test(a) && PLAIN_PATH.test(b) ? primaryOrder(a, b) : 0
  return primary !== 0 ? primary : a.localeCompare(b, 'en', { numeric: true })
}

/** The paths `primaryOrder` knows the collator's order for. */
const PLAIN_PATH = /^[A-Za-z0-9/._-]*$/

/** The collator's primary order of the punctuation in `PLAIN_PATH` (CLDR root: `_` < `-` < `.` < `/`). */
const PUNCTUATION_RANK: Readonly<Record<string, number>> = { _: 0, '-': 1, '.': 2, '/': 3 }

/** Element classes in the collator's primary order. */
const PUNCTUATION = 0
const NUMBER = 1
const LETTER = 2

/** Compares two plain paths element by element at the primary level; 0 when that level finds no difference. */
function primaryOrder(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const kindA = kindOf(a.charCodeAt(i))
    const kindB = kindOf(b.charCodeAt(j))
    if (kindA !== kindB) return kindA - kindB
    if (kindA === NUMBER) {
      const endA = digitsEnd(a, i)
      const endB = digitsEnd(b, j)
      const order = compareNumbers(a.slice(i, endA), b.slice(j, endB))
      if (order !== 0) return order
      i = endA
      j = endB
      continue
    }
    const order = kindA === LETTER ? (a.charCodeAt(i) | 0x20) - (b.charCodeAt(j) | 0x20) : (PUNCTUATION_RANK[a.charAt(i)] ?? 0) - (PUNCTUATION_RANK[b.charAt(j)] ?? 0)
    if (order !== 0) return Math.sign(order)
    i++
    j++
  }
  // A path that is the start of the other comes first.
  return Math.sign((a.length - i) - (b.length - j))
}

function kindOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return NUMBER
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? LETTER : PUNCTUATION
}

function digitsEnd(text: string, from: number): number {
  let end = from
  while (end < text.length && kindOf(text.charCodeAt(end)) === NUMBER) end++
  return end
}

/** Two runs of digits by value, however long (leading zeros do not count). */
function compareNumbers(a: string, b: string): number {
  const x = a.replace(/^0+/, '')
  const y = b.replace(/^0+/, '')
  if (x.length !== y.length) return Math.sign(x.length - y.length)
  return x < y ? -1 : x > y ? 1 : 0
}
