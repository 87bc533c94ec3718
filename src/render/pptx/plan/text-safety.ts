import { withoutInvisibleChars } from '../../../model/index.js'

/**
 * `value` without XML-forbidden (and invisible) characters: pptxgenjs writes
 * strings into XML as they are, so they are removed before any string reaches it.
 */
export function xmlSafe(value: string): string {
  return withoutInvisibleChars(value)
}

/** `value` made safe for XML and kept on one line (run text never holds newlines). */
export function oneLine(value: string): string {
  return xmlSafe(value).replace(/\r\n|[\r\n]/g, ' ')
}

/** The bare language codes layar gives their usual region, and that region's locale (`id` → `id-ID`). */
export const KNOWN_LOCALES: Readonly<Record<string, string>> = Object.freeze({
  id: 'id-ID',
  en: 'en-US',
  ms: 'ms-MY',
  nl: 'nl-NL',
  de: 'de-DE',
  fr: 'fr-FR',
  ja: 'ja-JP',
  zh: 'zh-CN',
  ar: 'ar-SA',
})

/**
 * The locale PowerPoint expects on `a:rPr lang` for a BCP 47 tag: bare language
 * codes get their usual region (`id` → `id-ID`, `en` → `en-US`); anything
 * else is kept as written.
 */
export function localeFromLang(lang: string): string {
  const safe = xmlSafe(lang).trim()
  return KNOWN_LOCALES[safe.toLowerCase()] ?? (safe === '' ? 'id-ID' : safe)
}
