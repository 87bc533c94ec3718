import type { Element } from 'xast'
import { x } from 'xastscript'
import type { ElementTransform } from './part-transforms.js'
import { isNotesSlidePart, isSlidePart } from './part-paths.js'
import { childElement, childElements, textOf } from './xml-tree.js'

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
 * Sets script faces on runs and `rtl="1"` on right-to-left paragraphs of
 * slides and notes slides (the master and layouts are layar's own, written
 * with their faces). Paragraphs with only Latin text are left as they are.
 */
export const scriptFaces: ElementTransform = {
  type: 'elements',
  name: 'script-faces',
  appliesTo: (path) => isSlidePart(path) || isNotesSlidePart(path),
  names: ['a:p'],
  start({ lang }) {
    return { visit: (paragraph) => fixParagraph(paragraph, lang) }
  },
}

/** Faces for the paragraph's runs, and its direction, by the letters it holds. */
function fixParagraph(paragraph: Element, locale: string): void {
  if (!runsBeyondLatin(paragraph)) return
  const runs = childElements(paragraph).filter((child) => child.name === 'a:r')
  const text = runs.map(runText).join('')
  if (!EAST_ASIAN.test(text) && !COMPLEX.test(text)) return
  for (const run of runs) {
    const properties = childElement(run, 'a:rPr')
    const value = runText(run)
    if (properties === undefined) continue
    if (EAST_ASIAN.test(value)) setFace(properties, 'ea', eastAsianFace(value, locale))
    if (COMPLEX.test(value)) setFace(properties, 'cs', complexScriptFace(value))
  }
  if (!isRightToLeft(text)) return
  const pPr = childElement(paragraph, 'a:pPr')
  if (pPr === undefined) paragraph.children.unshift(x('a:pPr', { rtl: '1' }))
  else pPr.attributes = { ...pPr.attributes, rtl: '1' }
}

/**
 * Whether a run's text holds a character at or above U+0590, where the
 * east-Asian and complex scripts (`EAST_ASIAN`, `COMPLEX`) begin; paragraphs
 * without one (most) are left without joining their text.
 */
function runsBeyondLatin(paragraph: Element): boolean {
  for (const run of paragraph.children) {
    if (run.type !== 'element' || run.name !== 'a:r') continue
    const text = childElement(run, 'a:t')
    if (text === undefined) continue
    for (const child of text.children) {
      if (child.type !== 'text') continue
      const value = child.value
      for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) >= 0x0590) return true
    }
  }
  return false
}

function runText(run: Element): string {
  const text = childElement(run, 'a:t')
  return text === undefined ? '' : textOf(text)
}

/** Replaces the `<a:ea>`/`<a:cs>` element, or inserts it where the schema's order wants it. */
function setFace(properties: Element, name: 'ea' | 'cs', face: string): void {
  const element = x(`a:${name}`, { typeface: face })
  const children = properties.children
  const existing = children.findIndex((child) => child.type === 'element' && child.name === `a:${name}`)
  if (existing !== -1) {
    children[existing] = element
    return
  }
  // CT_TextCharacterProperties: … latin, ea, cs, sym, hlinkClick, hlinkMouseOver, rtl, extLst.
  const anchors = name === 'ea' ? ['a:latin'] : ['a:ea', 'a:latin']
  for (const anchor of anchors) {
    const at = children.findIndex((child) => child.type === 'element' && child.name === anchor)
    if (at !== -1) {
      children.splice(at + 1, 0, element)
      return
    }
  }
  const later = new Set(['a:cs', 'a:sym', 'a:hlinkClick', 'a:hlinkMouseOver', 'a:rtl', 'a:extLst'])
  const before = children.findIndex((child) => child.type === 'element' && later.has(child.name))
  children.splice(before === -1 ? children.length : before, 0, element)
}
