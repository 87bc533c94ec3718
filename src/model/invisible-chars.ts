/**
 * Characters no slide can show and XML 1.0 (so PPTX) forbids or discourages:
 * C0 controls but tab, line feed and carriage return; DEL and the C1 controls;
 * the noncharacters U+FFFE/U+FFFF; lone surrogates. Visible text (any script,
 * emoji sequences, combining marks, zero-width joiners) is never matched.
 * `parse/` masks them in the source (with a warning); the PPTX plan removes
 * them from strings that did not come through parse (theme text, file names).
 *
 * Note: global, so use it with `replace`/`matchAll` only (they reset
 * `lastIndex`), never with `test`/`exec`.
 */
export const INVISIBLE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** `value` without any of the `INVISIBLE_CHARS`. */
export function withoutInvisibleChars(value: string): string {
  return value.replace(INVISIBLE_CHARS, '')
}
