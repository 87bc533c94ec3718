import { francAll } from 'franc-min'
import type { Slide } from '../model/index.js'

/** Text shorter than this (in characters) is too short to tell (franc guesses wildly on a few words); the language is then `en`. */
const MIN_TEXT = 100

/** The language assumed when the text cannot tell. */
export const FALLBACK_LANG = 'en'

/**
 * BCP 47 tags for franc's ISO 639-3 codes: the two-letter code where ISO 639-1
 * has one (BCP 47 requires it then), else the three-letter code itself.
 */
const BCP47: Readonly<Record<string, string>> = {
  arb: 'ar', azj: 'az', bel: 'be', bos: 'bs', bul: 'bg', ces: 'cs', cmn: 'zh', deu: 'de', ell: 'el', eng: 'en',
  fra: 'fr', fuv: 'ff', hau: 'ha', heb: 'he', hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id', ita: 'it',
  jav: 'jv', jpn: 'ja', kaz: 'kk', kin: 'rw', kor: 'ko', lin: 'ln', mar: 'mr', nld: 'nl', npi: 'ne', nya: 'ny',
  pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', som: 'so', spa: 'es',
  srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz',
  vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu',
}

/** A detected language: its BCP 47 tag, and whether the text was long enough to tell. */
export interface DetectedLang {
  lang: string
  detected: boolean
}

/**
 * The deck's language, told from its text (titles, paragraphs, lists, tables;
 * not code) by franc's trigram model: deterministic, the same text always
 * gives the same answer. Too little text gives `en`.
 *
 * @param titles the title slide's texts (title, subtitle), if any
 */
export function detectLang(titles: readonly string[], slides: readonly Slide[]): DetectedLang {
  const parts: string[] = [...titles]
  for (const slide of slides) collectText(slide, parts)
  const text = parts.join(' ').replace(/\s+/g, ' ').trim()
  // franc answers `und` for it too; asked first, the CLI bundle would load franc (see scripts/bundle-shims/franc-min-lazy.mjs).
  if (text.length < MIN_TEXT) return { lang: FALLBACK_LANG, detected: false }
  const scores = francAll(text, { minLength: MIN_TEXT })
  const code = scores[0]?.[0] ?? 'und'
  if (code === 'und') return { lang: FALLBACK_LANG, detected: false }
  if (MALAYIC.has(code) && scores.some(([other, score]) => (other === 'ind' || other === 'zlm') && score >= MALAYIC_MARGIN)) {
    return { lang: malayOrIndonesian(text), detected: true }
  }
  return { lang: BCP47[code] ?? code, detected: true }
}

/**
 * Languages of Indonesia and Malaysia whose trigrams franc's small model
 * barely separates: Indonesian text often comes out Malay, Sundanese or
 * Javanese with Indonesian a hair behind. When Indonesian or Malay scores
 * within `MALAYIC_MARGIN` of the top, the text is taken as one of those two.
 */
const MALAYIC: ReadonlySet<string> = new Set(['ind', 'zlm', 'sun', 'jav', 'mad'])
const MALAYIC_MARGIN = 0.97

/** Words Malaysian Malay spells differently from Indonesian (`bahwa`, `karena`, `saja`, `mau`). */
const MALAY_WORDS: ReadonlySet<string> = new Set(['bahawa', 'kerana', 'sahaja', 'semula', 'mahu'])

/**
 * Indonesian or Malay: franc's trigrams barely separate the two (Indonesian
 * text often scores as Malay), so the answer is Indonesian unless the text
 * uses at least two of Malay's own spellings.
 */
function malayOrIndonesian(text: string): string {
  const words = text.toLowerCase().split(/[^\p{L}]+/u)
  const malay = words.filter((word) => MALAY_WORDS.has(word)).length
  return malay >= 2 ? 'ms' : 'id'
}

/** Every `text` node's value under a model node, in order, skipping code blocks. */
function collectText(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectText(item, into)
    return
  }
  if (node === null || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  if (record['type'] === 'code' || record['type'] === 'position') return
  if (record['type'] === 'text' && typeof record['value'] === 'string') into.push(record['value'])
  for (const [key, value] of Object.entries(record)) if (key !== 'position' && typeof value === 'object') collectText(value, into)
}
