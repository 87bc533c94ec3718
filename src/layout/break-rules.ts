/**
 * Line break opportunities besides spaces: a small part of UAX #14 that
 * covers what slides hold (hyphenated words, CJK text, punctuation), written
 * to agree with Chromium's line breaker.
 */

/**
 * Characters a line may not start with, even after a space (UAX #14 classes
 * CL, CP, EX, IS, SY, and the CJK closing marks and small kana that Chromium
 * treats as non-starters).
 */
const NO_BREAK_BEFORE: ReadonlySet<string> = new Set([
  ...')]}!?,.:;/…',
  ...'、。，．：；！？）」』】〉》〕〗〙〛｝］〟',
  ...'ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々',
])

/** CJK opening brackets, after which a line may not break. */
const OPENING: ReadonlySet<string> = new Set([...'（「『【〈《〔〖〘〚｛［〝'])

/** Whether a line may not start with `char`. */
export function forbidsBreakBefore(char: string): boolean {
  return NO_BREAK_BEFORE.has(char)
}

/**
 * Whether CJK ideographs, kana, Hangul syllables or fullwidth forms: text
 * that may break between any two characters.
 */
export function isCjk(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  )
}

const ASCII_ALNUM = /^[A-Za-z0-9]$/
const DIGIT = /^[0-9]$/
const LETTER = /^\p{L}$/u

/**
 * Whether a line may break between `previous` and `current` (neither a
 * space). `before` is the character before `previous` (`''` or `' '` when
 * none).
 *
 * - After a hyphen-minus inside a word (`negara-negara`), but not before a
 *   digit unless the hyphen follows a letter or digit (`-5` stays whole), as
 *   Chromium decides.
 * - After an en dash or em dash between words.
 * - Before and after CJK characters, except before closing marks and after
 *   opening brackets.
 */
export function breakAllowedBetween(previous: string, current: string, before: string): boolean {
  if (forbidsBreakBefore(current)) return false
  if (previous === '-') {
    if (before === '' || before === ' ') return false
    if (DIGIT.test(current)) return ASCII_ALNUM.test(before)
    return LETTER.test(current)
  }
  if (previous === '\u2013' || previous === '\u2014') return LETTER.test(current) || isCjk(current)
  if (isCjk(previous) || isCjk(current)) return !OPENING.has(previous)
  return false
}
