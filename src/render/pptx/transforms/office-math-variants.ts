import type { Element, Nodes } from 'xast'

/** The `mathvariant` values mathml2omml 0.5 writes as an Office Math style (`m:sty`). */
const STYLED: ReadonlySet<string> = new Set(['bold', 'italic', 'bold-italic'])

/** MathML token elements, whose text a variant applies to. */
const TOKENS: ReadonlySet<string> = new Set(['mi', 'mn', 'mo', 'mtext', 'ms'])

/**
 * Where a variant's letters and digits start in Unicode's Mathematical
 * Alphanumeric Symbols (capital A, small a, digit 0), and the letters that
 * sit in Letterlike Symbols instead (ℝ, ℒ, ℭ, …).
 */
interface Alphabet {
  upper: number
  lower: number
  digit?: number
  holes?: Record<string, number>
}

const ALPHABETS: Record<string, Alphabet> = {
  'double-struck': { upper: 0x1d538, lower: 0x1d552, digit: 0x1d7d8, holes: { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 } },
  script: {
    upper: 0x1d49c,
    lower: 0x1d4b6,
    holes: { B: 0x212c, E: 0x2130, F: 0x2131, H: 0x210b, I: 0x2110, L: 0x2112, M: 0x2133, R: 0x211b, e: 0x212f, g: 0x210a, o: 0x2134 },
  },
  'bold-script': { upper: 0x1d4d0, lower: 0x1d4ea },
  fraktur: { upper: 0x1d504, lower: 0x1d51e, holes: { C: 0x212d, H: 0x210c, I: 0x2111, R: 0x211c, Z: 0x2128 } },
  'bold-fraktur': { upper: 0x1d56c, lower: 0x1d586 },
  'sans-serif': { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
  'bold-sans-serif': { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec },
  'sans-serif-italic': { upper: 0x1d608, lower: 0x1d622 },
  'sans-serif-bold-italic': { upper: 0x1d63c, lower: 0x1d656 },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
}

/**
 * Rewrites MathML text styles into what mathml2omml turns into valid Office
 * Math, on the MathML tree, before conversion:
 *
 * - `mathvariant="normal"` (`\mathrm`, upright capital Greek) becomes
 *   `fontstyle="normal"`, which mathml2omml writes as `m:sty m:val="p"`.
 *   Workaround: mathml2omml 0.5 writes every variant but bold and italic
 *   as `<m:sty m:val="undefined"/>`, which the schema forbids.
 * - Double-struck, script, fraktur, sans-serif and monospace letters
 *   (`\mathbb{R}`, `\mathcal{L}`) become their Unicode mathematical
 *   letters (ℝ, ℒ), upright, as Word writes them.
 * - A name of several letters (`\det`, `\sin`, `\operatorname{tr}`) is
 *   upright, as in TeX: Office Math slants every letter of a run unless
 *   told otherwise.
 */
export function withOfficeVariants(node: Nodes): void {
  if (node.type === 'element') variant(node)
  if ('children' in node) for (const child of node.children) withOfficeVariants(child)
}

function variant(element: Element): void {
  const value = element.attributes['mathvariant']
  if (typeof value !== 'string') {
    if ((element.name === 'mi' || element.name === 'mo') && /^\p{L}{2,}$/u.test(textOf(element).trim())) upright(element)
    return
  }
  if (STYLED.has(value)) return
  delete element.attributes['mathvariant']
  const alphabet = ALPHABETS[value]
  if (alphabet !== undefined && TOKENS.has(element.name)) mapText(element, alphabet)
  else if (value.startsWith('bold')) element.attributes['mathvariant'] = 'bold'
  upright(element)
}

function upright(element: Element): void {
  element.attributes['fontstyle'] = 'normal'
}

function mapText(node: Element, alphabet: Alphabet): void {
  for (const child of node.children) {
    if (child.type === 'text') child.value = [...child.value].map((char) => mapped(char, alphabet)).join('')
    else if (child.type === 'element') mapText(child, alphabet)
  }
}

function mapped(char: string, alphabet: Alphabet): string {
  const hole = alphabet.holes?.[char]
  if (hole !== undefined) return String.fromCodePoint(hole)
  const code = char.codePointAt(0) ?? 0
  if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(alphabet.upper + code - 0x41)
  if (code >= 0x61 && code <= 0x7a) return String.fromCodePoint(alphabet.lower + code - 0x61)
  if (code >= 0x30 && code <= 0x39 && alphabet.digit !== undefined) return String.fromCodePoint(alphabet.digit + code - 0x30)
  return char
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('')
}
