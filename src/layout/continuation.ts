import type { Inline } from '../model/index.js'

/**
 * The word a continuation slide's title ends with, in parentheses, by the
 * primary language subtag of the deck's `lang`. Languages not listed get
 * the English `cont.`.
 */
const SUFFIXES: Readonly<Record<string, string>> = {
  id: 'lanjutan',
  ms: 'sambungan',
  jv: 'lanjutan',
  su: 'lanjutan',
  en: 'cont.',
  nl: 'vervolg',
  de: 'Forts.',
  fr: 'suite',
  es: 'cont.',
  pt: 'cont.',
  it: 'segue',
}

/** The continuation suffix for a BCP 47 language tag, with parentheses: `(lanjutan)` for `id`, `(cont.)` for `en`. */
export function continuationSuffix(lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? ''
  return `(${SUFFIXES[primary] ?? 'cont.'})`
}

/**
 * A continuation slide's title: the slide's own title followed by a space
 * and the suffix, as one more text node at the title's end position.
 */
export function continuationTitle(title: readonly Inline[], lang: string): Inline[] {
  const last = title.at(-1)
  const end = last?.position.end ?? { line: 1, column: 1 }
  return [...title, { type: 'text', value: ` ${continuationSuffix(lang)}`, position: { start: end, end } }]
}
