import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'

/** Opening delimiters and the closing one each usually pairs with. */
const OPENERS: ReadonlySet<string> = new Set([...'([{⟨⌊⌈⟦'])
const CLOSERS: ReadonlySet<string> = new Set([...')]}⟩⌋⌉⟧'])
/** Delimiters that open or close depending on what is open (`|x|`, `‖v‖`). */
const BARS: ReadonlySet<string> = new Set([...'|‖'])

/** OMML elements whose children are a row of math (where delimiters pair up). */
const ROWS: ReadonlySet<string> = new Set(['m:oMath', 'm:e', 'm:num', 'm:den', 'm:sub', 'm:sup', 'm:deg', 'm:lim', 'm:fName'])

/** Scripts whose base may be a closing delimiter: MathJax writes `(a+b)^2` as `( a + b <msup>) 2</msup>`. */
const SCRIPTS: ReadonlySet<string> = new Set(['m:sSup', 'm:sSub', 'm:sSubSup'])

/**
 * Groups each pair of delimiters in a row of Office Math, with what lies
 * between them, into one delimiter object (`m:d`), as Word and PowerPoint
 * write `(a+b)`; a script on the closing delimiter moves onto the whole
 * group (`m:sSup` with the `m:d` as its base), as they write `(a+b)^2`.
 *
 * Why: MathML, and so mathml2omml 0.5, has no such group: `(x_i-\bar{x})^2`
 * came out as a run `(`, the terms, and a superscript on a lone `)`, even
 * with the `(` inside a sum's operand and the `)` outside. LibreOffice
 * turns OMML into its own formula language, where brackets must pair inside
 * one group, and drew the whole operand as `¿¿`; PowerPoint set a
 * superscript on a bracket as tall as a letter.
 *
 * A delimiter pairs with the nearest unmatched one before it in the same
 * row (so `[0, 1)` is one group); a bar closes an open bar, or opens; one
 * left unpaired stays a plain character. Runs of ordinary text (`m:nor`,
 * from `\text{…}`) are left alone.
 */
export function withFences(node: Element): void {
  for (const child of node.children) if (child.type === 'element') withFences(child)
  if (ROWS.has(node.name)) node.children = fenced(node.children.flatMap(splitDelimiters).flatMap(withOpenOperandOut))
}

/**
 * A sum (`m:nary`) and, after it, its operand's content when that opens a
 * bracket it does not close: mathml2omml puts the element after a sum (the
 * `(` of `\sum (x_i-\bar{x})^2`) into the sum's operand, away from the
 * rest of the group. `withOperands` moves the whole group back in.
 */
function withOpenOperandOut(child: ElementContent): ElementContent[] {
  if (child.type !== 'element' || child.name !== 'm:nary') return [child]
  const operand = partOf(child, 'm:e')
  const opens = operand?.children.some((part) => {
    if (part.type !== 'element' || part.name !== 'm:r') return false
    const text = runText(part)
    return text !== null && (OPENERS.has(text) || BARS.has(text))
  })
  if (operand === undefined || opens !== true) return [child]
  const content = operand.children
  operand.children = []
  return [child, ...content]
}

interface Open {
  at: number
  char: string
}

function fenced(row: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  const open: Open[] = []
  for (const child of row) {
    const char = child.type === 'element' ? delimiterOf(child) : null
    const closer = char !== null && (CLOSERS.has(char) || (BARS.has(char) && open.at(-1)?.char === char)) ? char : null
    // A bar left open inside a pair (`(a | b)`) is an ordinary character.
    while (closer !== null && !BARS.has(closer) && open.length > 0 && BARS.has(open.at(-1)?.char ?? '')) open.pop()
    const opener = open.at(-1)
    if (child.type === 'element' && closer !== null && opener !== undefined) {
      open.pop()
      const inner = out.splice(opener.at)
      out.push(closing(child, delimiter(opener.char, closer, inner.slice(1))))
      continue
    }
    // Only a run opens: a script on an opening bracket keeps its script.
    if (char !== null && child.type === 'element' && child.name === 'm:r' && (OPENERS.has(char) || BARS.has(char))) open.push({ at: out.length, char })
    out.push(child)
  }
  return out
}

/**
 * The delimiter character a row element stands for: a run holding just
 * one, or a script whose base is such a run; otherwise `null`.
 */
function delimiterOf(element: Element): string | null {
  if (element.name === 'm:r') {
    const text = runText(element)
    return text !== null && isDelimiter(text) && !isNormalText(element) ? text : null
  }
  if (!SCRIPTS.has(element.name)) return null
  const base = partOf(element, 'm:e')
  const parts = base?.children.filter((child): child is Element => child.type === 'element') ?? []
  const [only] = parts
  if (parts.length !== 1 || only === undefined || only.name !== 'm:r') return null
  const text = runText(only)
  return text !== null && (CLOSERS.has(text) || BARS.has(text)) ? text : null
}

/** The closing element with the group in its place: the group itself, or the script with the group as its base. */
function closing(closer: Element, group: Element): Element {
  if (closer.name === 'm:r') return group
  const base = partOf(closer, 'm:e')
  if (base !== undefined) base.children = [group]
  return closer
}

function delimiter(begin: string, end: string, inner: ElementContent[]): Element {
  const properties = x('m:dPr', {}, [x('m:begChr', { 'm:val': begin }), x('m:endChr', { 'm:val': end }), x('m:ctrlPr')])
  return x('m:d', {}, [properties, x('m:e', {}, inner)])
}

/** A run split so that each delimiter in its text is a run of its own (the rest of the text stays together). */
function splitDelimiters(child: ElementContent): ElementContent[] {
  if (child.type !== 'element' || child.name !== 'm:r' || isNormalText(child)) return [child]
  const text = runText(child)
  if (text === null || text.length < 2 || ![...text].some(isDelimiter)) return [child]
  const pieces: string[] = []
  let plain = ''
  for (const char of text) {
    if (!isDelimiter(char)) {
      plain += char
      continue
    }
    if (plain !== '') pieces.push(plain)
    pieces.push(char)
    plain = ''
  }
  if (plain !== '') pieces.push(plain)
  return pieces.map((piece) => withText(child, piece))
}

function isDelimiter(text: string): boolean {
  return OPENERS.has(text) || CLOSERS.has(text) || BARS.has(text)
}

/** The text of a run (its one `m:t`), or `null` when it has none. */
function runText(run: Element): string | null {
  const t = partOf(run, 'm:t')
  if (t === undefined) return null
  return t.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}

/** A copy of `run` (its properties kept) holding `text`. */
function withText(run: Element, text: string): Element {
  const copy = structuredClone(run)
  const t = partOf(copy, 'm:t')
  if (t !== undefined) t.children = [{ type: 'text', value: text }]
  return copy
}

/** Whether a run is ordinary text (`\text{…}`: `m:rPr/m:nor`), whose brackets are not math. */
function isNormalText(run: Element): boolean {
  const properties = partOf(run, 'm:rPr')
  return properties !== undefined && partOf(properties, 'm:nor') !== undefined
}

function partOf(element: Element, name: string): Element | undefined {
  return element.children.find((child): child is Element => child.type === 'element' && child.name === name)
}
