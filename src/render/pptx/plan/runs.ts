import type { Inline, Span } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { RunPlan } from './types.js'
import { collapseWhitespace } from '../../../layout/whitespace.js'
import { MARK_COLORS, SMALL_CAPS_SCALE, smallCapsPieces } from '../../../layout/small-caps.js'
import { oneLine, xmlSafe } from './text-safety.js'

/** The style inline content starts from; marks add to it. */
export type RunStyle = Pick<RunPlan, 'fontFace' | 'fontSize' | 'color' | 'bold' | 'italic' | 'strike'>

/**
 * Runs for inline content, as the brief's inline agreement says: strong = bold,
 * emphasis = italic, delete = strike, inlineCode = mono font at the same size,
 * link = link colour, underline and a real hyperlink, break = line break,
 * a formula = one run that becomes Office Math (see `mathRun`).
 * White space is collapsed across the paragraph's runs as layout measured it
 * (`collapseWhitespace`): PowerPoint keeps every space, the HTML does not.
 * Returns at least one run so an empty paragraph still has its size.
 */
export function runsFromInlines(inlines: readonly Inline[], style: RunStyle, theme: Theme): RunPlan[] {
  const runs: RunPlan[] = []
  const state: State = { breakNext: false, afterSpace: true }
  collect(inlines, { ...style, underline: false, hyperlink: null }, theme, runs, state)
  dropTrailingSpace(runs)
  if (runs.length === 0 || state.breakNext) runs.push(makeRun('', { ...style, underline: false, hyperlink: null }, state.breakNext))
  return runs
}

type FullStyle = RunStyle & {
  underline: boolean
  hyperlink: string | null
  baseline?: 'super' | 'sub'
  smallCaps?: boolean
  highlight?: string
  lang?: string
}

/** A span's looks on top of the style around it. */
function spanStyle(span: Span, style: FullStyle): FullStyle {
  return {
    ...style,
    ...(span.smallCaps ? { smallCaps: true } : {}),
    ...(span.underline ? { underline: true } : {}),
    ...(span.highlight ? { highlight: MARK_COLORS.background, color: MARK_COLORS.text } : {}),
    ...(span.color === null ? {} : { color: span.color }),
    ...(span.lang === null ? {} : { lang: span.lang }),
  }
}

/** Small capitals' size, as layout measured them. */
function smallSize(size: number): number {
  return Math.round(size * SMALL_CAPS_SCALE * 100) / 100
}

/**
 * A sub- or superscript: the run keeps the size around it and is shifted
 * (`baseline`); PowerPoint and LibreOffice draw a shifted run smaller on
 * their own (LibreOffice at 58 %, the `SCRIPT_SCALE` layout measured it at).
 */
function scriptStyle(style: FullStyle, baseline: 'super' | 'sub'): FullStyle {
  return { ...style, baseline }
}

/** Carried across the runs of one paragraph. */
interface State {
  /** A hard break comes before the next run. */
  breakNext: boolean
  /** The text so far ends in collapsed white space (or a line start). */
  afterSpace: boolean
}

function collect(inlines: readonly Inline[], style: FullStyle, theme: Theme, runs: RunPlan[], state: State): void {
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        if (style.smallCaps !== true) push(node.value, style, runs, state)
        else for (const piece of smallCapsPieces(node.value)) push(piece.text, piece.small ? { ...style, fontSize: smallSize(style.fontSize) } : style, runs, state)
        break
      case 'inlineCode':
        push(node.value, { ...style, fontFace: theme.fonts.mono.office }, runs, state)
        break
      case 'break':
        // A space before a line break is dropped, as the HTML and the measurer drop it.
        dropTrailingSpace(runs)
        state.breakNext = true
        state.afterSpace = true
        break
      case 'strong':
        collect(node.children, { ...style, bold: true }, theme, runs, state)
        break
      case 'emphasis':
        collect(node.children, { ...style, italic: true }, theme, runs, state)
        break
      case 'delete':
        collect(node.children, { ...style, strike: true }, theme, runs, state)
        break
      case 'link':
        collect(node.children, { ...style, color: theme.colors.link, underline: true, hyperlink: oneLine(node.url) }, theme, runs, state)
        break
      case 'subscript':
      case 'superscript':
        collect(node.children, scriptStyle(style, node.type === 'subscript' ? 'sub' : 'super'), theme, runs, state)
        break
      case 'footnoteReference':
        push(String(node.number), scriptStyle(style, 'super'), runs, state)
        break
      case 'span':
        collect(node.children, spanStyle(node, style), theme, runs, state)
        break
      case 'inlineMath':
        if (state.breakNext && runs.length === 0) runs.push(makeRun('', style, false))
        runs.push(mathRun(node.tex, node.typeset.mathml, false, style, state.breakNext))
        state.breakNext = false
        state.afterSpace = false
        break
    }
  }
}

function push(value: string, style: FullStyle, runs: RunPlan[], state: State): void {
  const collapsed = collapseWhitespace(xmlSafe(value), state.afterSpace)
  state.afterSpace = collapsed.afterSpace
  const text = collapsed.text
  if (text === '') return
  // A break before the first run would be lost (pptxgenjs only breaks between runs).
  if (state.breakNext && runs.length === 0) runs.push(makeRun('', style, false))
  runs.push(makeRun(text, style, state.breakNext))
  state.breakNext = false
}

function makeRun(text: string, style: FullStyle, breakBefore: boolean): RunPlan {
  return {
    text,
    fontFace: style.fontFace,
    fontSize: style.fontSize,
    color: style.color,
    bold: style.bold,
    italic: style.italic,
    strike: style.strike,
    underline: style.underline,
    hyperlink: style.hyperlink,
    breakBefore,
    ...(style.baseline === undefined ? {} : { baseline: style.baseline }),
    ...(style.highlight === undefined ? {} : { highlight: style.highlight }),
    ...(style.lang === undefined ? {} : { lang: style.lang }),
  }
}

/** The font PowerPoint sets equations in; the fallback run shows the TeX in it too. */
export const MATH_FONT = 'Cambria Math'

/** A formula's run: its TeX on one line, plain, in the math font, with the MathML for the Office Math transform. */
export function mathRun(tex: string, mathml: string, display: boolean, style: RunStyle, breakBefore: boolean): RunPlan {
  const text = oneLine(xmlSafe(tex)).replace(/\s+/g, ' ').trim()
  const plain = { ...style, fontFace: MATH_FONT, bold: false, italic: false, strike: false, underline: false, hyperlink: null }
  const { baseline: _baseline, ...run } = makeRun(text, plain, breakBefore)
  return { ...run, math: { tex: text, mathml, display, font: style.fontFace } }
}

function dropTrailingSpace(runs: RunPlan[]): void {
  const last = runs.at(-1)
  if (last?.text.endsWith(' ')) last.text = last.text.slice(0, -1)
}
