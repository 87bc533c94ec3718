import type { Element, ElementContent } from 'xast'
import { fromXml } from 'xast-util-from-xml'

/** A piece of a formula written as text: raised, lowered or on the baseline. */
export interface LinearRun {
  text: string
  baseline: 'super' | 'sub' | null
}

/** Operators written with a space on each side, as a reader expects `L = λW`. */
const SPACED: ReadonlySet<string> = new Set([...'=<>≤≥≠≈≡∼∝+−±∓×÷→←↔⇒⇔∈∉⊂⊆∪∩'])

/** Accents under `\bar`, `\hat`, `\tilde`, `\dot`, `\vec` as combining marks. */
const ACCENTS: Record<string, string> = { '¯': '\u0304', '‾': '\u0304', '^': '\u0302', 'ˆ': '\u0302', '~': '\u0303', '˜': '\u0303', '˙': '\u0307', '→': '\u20d7', '⃗': '\u20d7' }

/**
 * A formula as plain text with raised and lowered pieces (`P₀(1 + r)ᵗ` as
 * runs), from its MathML: what a reader without equation support (LibreOffice
 * inside text) shows instead of the equation. Fractions become `a/b`, roots
 * `√(x)`, matrices `(a b; c d)`.
 */
export function linearRuns(mathml: string): LinearRun[] {
  const root = fromXml(mathml).children.find((node): node is Element => node.type === 'element')
  const runs: LinearRun[] = []
  if (root !== undefined) write(root, null, runs)
  return merged(runs)
}

function write(node: Element, baseline: LinearRun['baseline'], out: LinearRun[]): void {
  const kids = node.children.filter((child): child is Element => child.type === 'element')
  const at = (index: number, shift: LinearRun['baseline'] = baseline): void => {
    const kid = kids[index]
    if (kid !== undefined) write(kid, baseline ?? shift, out)
  }
  const text = (value: string): void => {
    out.push({ text: value, baseline })
  }
  switch (node.name) {
    case 'mi':
    case 'mn':
    case 'mtext':
    case 'ms':
      text(textOf(node))
      return
    case 'mo': {
      const value = textOf(node)
      text(SPACED.has(value) ? ` ${value} ` : value === ',' ? ', ' : value)
      return
    }
    case 'mspace':
      text(' ')
      return
    case 'msub':
      at(0)
      at(1, 'sub')
      return
    case 'msup':
      at(0)
      at(1, 'super')
      return
    case 'msubsup':
    case 'munderover':
      at(0)
      at(1, 'sub')
      at(2, 'super')
      return
    case 'munder':
      at(0)
      at(1, 'sub')
      return
    case 'mover': {
      const accent = ACCENTS[kids[1] === undefined ? '' : textOf(kids[1])]
      at(0)
      if (accent !== undefined) text(accent)
      else at(1, 'super')
      return
    }
    case 'mfrac':
      grouped(kids[0], baseline, out)
      text('/')
      grouped(kids[1], baseline, out)
      return
    case 'msqrt':
      text('√(')
      for (const kid of kids) write(kid, baseline, out)
      text(')')
      return
    case 'mroot':
      at(1, 'super')
      text('√(')
      at(0)
      text(')')
      return
    case 'mtable':
      kids.forEach((row, r) => {
        if (r > 0) text('; ')
        row.children.filter((cell): cell is Element => cell.type === 'element').forEach((cell, c) => {
          if (c > 0) text(' ')
          write(cell, baseline, out)
        })
      })
      return
    case 'semantics':
      at(0)
      return
    case 'annotation':
    case 'annotation-xml':
      return
    default:
      for (const kid of kids) write(kid, baseline, out)
  }
}

/** A fraction's part, in parentheses when it is more than one symbol. */
function grouped(node: Element | undefined, baseline: LinearRun['baseline'], out: LinearRun[]): void {
  if (node === undefined) return
  const inner: LinearRun[] = []
  write(node, baseline, inner)
  const plain = inner.map((run) => run.text).join('').trim()
  const simple = [...plain].length <= 1 || /^[\p{L}\p{N}.]+$/u.test(plain)
  if (!simple) out.push({ text: '(', baseline })
  out.push(...inner.map((run) => ({ ...run, text: run.text.trim() === '' ? run.text : run.text })))
  if (!simple) out.push({ text: ')', baseline })
}

function textOf(node: Element): string {
  return node.children.map((child: ElementContent) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('').trim()
}

/** Adjacent runs on one baseline joined; doubled and outer spaces folded. */
function merged(runs: readonly LinearRun[]): LinearRun[] {
  const out: LinearRun[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const last = out.at(-1)
    if (last !== undefined && last.baseline === run.baseline) last.text += run.text
    else out.push({ ...run })
  }
  for (const run of out) run.text = run.text.replace(/ {2,}/g, ' ')
  const first = out[0]
  if (first !== undefined) first.text = first.text.trimStart()
  const last = out.at(-1)
  if (last !== undefined) last.text = last.text.trimEnd()
  return out.filter((run) => run.text !== '')
}
