/**
 * Characters browsers ignore or strip inside a URL scheme (C0 controls,
 * space, DEL, C1 controls and Unicode spaces), so `java\tscript:` and
 * `\u0000javascript:` still run script. They are removed before the check.
 */
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007F-\u00A0\u1680\u180E\u2000-\u200F\u2028\u2029\u202F\u205F\u3000\uFEFF]/g

const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * Whether a link target may be put in the deck as is: http(s), mailto and
 * tel URLs, relative references and `#fragment`s. Everything else with a
 * scheme (`javascript:`, `data:`, `vbscript:`, `file:`, …) is unsafe.
 * `parse/` drops unsafe links (keeping their text); the HTML renderer asks
 * again as a second lock, through this same rule.
 *
 * Note: mdast has already decoded character references, so
 * `&#106;avascript:` arrives here as `javascript:`.
 *
 * @param url the link target as mdast gives it
 */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url.replace(IGNORED_IN_SCHEME, ''))
  if (scheme === null) return true
  return ALLOWED_SCHEMES.has((scheme[1] ?? '').toLowerCase())
}
