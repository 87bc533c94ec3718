import type { Paragraph as MdParagraph } from 'mdast'
import type { InlineMath as MdInlineMath, Math as MdMath } from 'mdast-util-math'
import type { Code, Inline, InlineCode, InlineMath, MathBlock, Position } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { positionOf } from '../position.js'
import { sourceOf, type State } from '../state.js'

/**
 * `$…$` (or `$$…$$` inside a line) as a formula in text style. micromark
 * pairs dollars as it pairs code-span backticks; pandoc's `tex_math_dollars`
 * is stricter about single dollars: the opening `$` must have a non-space
 * character right after it, the closing one a non-space right before it and
 * no digit right after it. A pair that breaks those rules is text, as in
 * pandoc (`$5 and $10` is money, not math).
 */
export function inlineMathFromMdast(node: MdInlineMath, state: State): Inline[] {
  const position = positionOf(node)
  const written = sourceOf(state, node)
  if (written.startsWith('$') && !written.startsWith('$$')) {
    const inner = written.slice(1, -1)
    const after = state.source.charAt(position.end.offset ?? 0)
    if (inner === '' || /^\s|\s$/.test(inner) || /[0-9]/.test(after)) return [{ type: 'text', value: written, position }]
  }
  // `\( x \)` keeps its inner spaces in the token; as with `$$ x $$`, they are not part of the TeX.
  return [inlineMath(written.startsWith('\\') ? node.value.trim() : node.value, position, state)]
}

/** A formula in text style; TeX the engine rejects is an error, and shown as inline code meanwhile. */
export function inlineMath(tex: string, position: Position, state: State): InlineMath | InlineCode {
  if (!withinBudget(tex, position, state)) return { type: 'inlineCode', value: tex, position }
  const result = state.math.typeset(tex, false)
  if (result.type === 'ok') return { type: 'inlineMath', tex, typeset: result.math, position }
  report(state.file, 'math-invalid', { reason: result.reason }, position)
  return { type: 'inlineCode', value: tex, position }
}

/** A `$$` … `$$` block: display math (a rejected formula is an error, shown as a code block meanwhile). */
export function mathBlockFromMdast(node: MdMath, state: State): MathBlock | Code {
  const tex = node.meta === null || node.meta === undefined || node.meta === '' ? node.value : `${node.meta}\n${node.value}`
  return mathBlock(tex, positionOf(node), state)
}

/** Whether inline math was written as display math: `$$…$$` or `\[…\]`. */
export function writtenAsDisplay(node: MdInlineMath, state: State): boolean {
  const written = sourceOf(state, node)
  return written.startsWith('$$') || written.startsWith('\\[')
}

/** A paragraph that is only `$$…$$` or `\[…\]` (pandoc's display math) as a math block; otherwise `null`. */
export function displayParagraph(node: MdParagraph, state: State): MathBlock | Code | null {
  const [only, ...rest] = node.children
  if (only?.type !== 'inlineMath' || rest.length > 0 || !writtenAsDisplay(only, state)) return null
  return mathBlock(only.value.trim(), positionOf(node), state)
}

function mathBlock(tex: string, position: Position, state: State): MathBlock | Code {
  if (!withinBudget(tex, position, state)) return { type: 'code', lang: 'tex', value: tex, position }
  const result = state.math.typeset(tex, true)
  if (result.type === 'ok') return { type: 'math', tex, typeset: result.math, position }
  report(state.file, 'math-invalid', { reason: result.reason }, position)
  return { type: 'code', lang: 'tex', value: tex, position }
}

/** Counts a formula against the build's budget; past it (reported once), formulas are no longer typeset. */
function withinBudget(tex: string, position: Position, state: State): boolean {
  return state.budget.spend('formulas', 1, position) && state.budget.spend('texChars', tex.length, position)
}
