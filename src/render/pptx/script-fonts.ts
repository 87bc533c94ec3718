/**
 * East Asian and complex-script text in PPTX runs. PowerPoint picks a run's
 * font by script: `<a:latin>` for Latin, `<a:ea>` for CJK, `<a:cs>` for
 * Arabic, Hebrew, Thai, Indic…; and a paragraph's base direction from
 * `<a:pPr rtl="1">`. pptxgenjs writes the Latin face into all three (Calibri
 * has no CJK or Arabic glyphs), so runs that hold such letters get a face that
 * has them, and paragraphs whose first strong letter is right-to-left get
 * `rtl="1"` (the HTML deck marks the same paragraphs `dir="auto"`).
 */

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/
const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/
const EAST_ASIAN = /[\u1100-\u11FF\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3FFFF}]/u
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u
const THAI_LAO = /[\u0E00-\u0EFF]/
const INDIC = /[\u0900-\u0DFF]/
const COMPLEX = /[\u0590-\u08FF\u0900-\u0DFF\u0E00-\u0EFF\u1780-\u17FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u
/** Any strong letter: Latin and other scripts with case or a script of their own. */
const STRONG = /\p{L}/u

/** The `<a:ea>` face for CJK text: by the letters themselves, then by the deck's language. */
export function eastAsianFace(text: string, locale: string): string {
  if (HANGUL.test(text)) return 'Malgun Gothic'
  if (KANA.test(text)) return 'Yu Gothic'
  const lang = locale.toLowerCase()
  if (lang.startsWith('ja')) return 'Yu Gothic'
  if (lang.startsWith('ko')) return 'Malgun Gothic'
  if (/^zh-(tw|hk|mo|hant)/.test(lang)) return 'Microsoft JhengHei'
  return 'Microsoft YaHei'
}

/** The `<a:cs>` face for complex-script text (Arabic, Hebrew, Thai, Indic). */
export function complexScriptFace(text: string): string {
  if (THAI_LAO.test(text)) return 'Leelawadee UI'
  if (INDIC.test(text)) return 'Nirmala UI'
  return 'Arial'
}

/** Whether the first strong letter of `text` is right-to-left (the Unicode bidi rule P2, simplified). */
export function isRightToLeft(text: string): boolean {
  for (const char of text) {
    if (RTL.test(char)) return true
    if (STRONG.test(char)) return false
  }
  return false
}

/**
 * Sets script faces on runs and `rtl="1"` on right-to-left paragraphs of a
 * DrawingML part (slide, notes, master). Parts with only Latin text are
 * returned unchanged.
 *
 * @param locale the deck's locale, which decides the face of Han characters
 */
export function fixScripts(xml: string, locale: string): string {
  if (!EAST_ASIAN.test(xml) && !COMPLEX.test(xml)) return xml
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (whole, body: string) => {
    const texts = [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1] ?? '')
    const text = texts.join('')
    if (!EAST_ASIAN.test(text) && !COMPLEX.test(text)) return whole
    const runs = body.replace(/<a:r>(<a:rPr\b[^>]*?)(\/>|>([\s\S]*?)<\/a:rPr>)<a:t>([^<]*)<\/a:t><\/a:r>/g, (_run, open: string, _end: string, inner: string | undefined, runText: string) =>
      `<a:r>${runProperties(open, inner ?? '', runText, locale)}<a:t>${runText}</a:t></a:r>`,
    )
    return `<a:p>${isRightToLeft(text) ? rightToLeft(runs) : runs}</a:p>`
  })
}

/** `<a:rPr>` with `<a:ea>`/`<a:cs>` faces for what the run's text holds. */
function runProperties(open: string, inner: string, text: string, locale: string): string {
  let children = inner
  if (EAST_ASIAN.test(text)) children = setFace(children, 'ea', eastAsianFace(text, locale))
  if (COMPLEX.test(text)) children = setFace(children, 'cs', complexScriptFace(text))
  return children === '' ? `${open}/>` : `${open}>${children}</a:rPr>`
}

/** Replaces the `<a:ea>`/`<a:cs>` element, or inserts it where the schema's order wants it. */
function setFace(children: string, name: 'ea' | 'cs', face: string): string {
  const element = `<a:${name} typeface="${face}"/>`
  const existing = new RegExp(`<a:${name}\\b[^>]*/>`)
  if (existing.test(children)) return children.replace(existing, element)
  // CT_TextCharacterProperties: … latin, ea, cs, sym, hlinkClick, hlinkMouseOver, rtl, extLst.
  const after = name === 'ea' ? /<a:latin\b[^>]*\/>/ : /<a:ea\b[^>]*\/>|<a:latin\b[^>]*\/>/
  const anchor = after.exec(children)
  if (anchor !== null) {
    const at = anchor.index + anchor[0].length
    return children.slice(0, at) + element + children.slice(at)
  }
  const before = /<a:(?:cs|sym|hlinkClick|hlinkMouseOver|rtl|extLst)\b/.exec(children)
  const at = before === null ? children.length : before.index
  return children.slice(0, at) + element + children.slice(at)
}

/** The paragraph body with `rtl="1"` on its `<a:pPr>` (added if it has none). */
function rightToLeft(body: string): string {
  const pPr = /^<a:pPr\b([^>]*?)(\/?)>/.exec(body)
  if (pPr === null) return `<a:pPr rtl="1"/>${body}`
  if (/\srtl="/.test(pPr[1] ?? '')) return body.replace(/^(<a:pPr\b[^>]*?)\srtl="[^"]*"/, '$1 rtl="1"')
  return `<a:pPr${pPr[1] ?? ''} rtl="1"${pPr[2] ?? ''}>${body.slice(pPr[0].length)}`
}
