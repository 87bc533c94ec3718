// Stands in for `string-width` in the CLI bundle (scripts/bundle.mjs), where
// vfile-reporter pads the columns of every printed message with it.
// string-width makes an `Intl.Segmenter` and runs emoji-regex for every
// character, and the first segmenter loads ICU's break rules: ~25 ms of a
// cold `layar build` that prints a few warnings. Text made only of characters
// that are each one column wide on their own and never join a neighbour into
// one grapheme (printable ASCII, most of Latin-1 and Latin Extended, the
// common dashes and quotes) is as wide as it is long, which is what
// string-width answers for it; anything else goes to string-width itself.
// tests/cli/string-width-fast-path.test.ts checks every such character
// against string-width. The path is the real package's, which `alias` does
// not redirect here again.
import stringWidth from '../../node_modules/string-width/index.js'

/**
 * One column each, alone and next to each other: no controls (so no ANSI
 * escapes), combining marks, soft hyphen, or characters that can be emoji
 * (U+00A9, U+00AE).
 */
export const ONE_COLUMN_EACH = /^[\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2027]*$/

/** string-width's signature; its own answer unless `string` is plain one-column text and no options are given. */
export default function fastStringWidth(string, options) {
  if (options === undefined && typeof string === 'string' && ONE_COLUMN_EACH.test(string)) return string.length
  return stringWidth(string, options)
}
