import type { Inline } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { RunPlan } from './types.js'
import { oneLine } from './text-safety.js'

/** The style inline content starts from; marks add to it. */
export interface RunStyle {
  fontFace: string
  fontSize: number
  color: string
  bold: boolean
  italic: boolean
  strike: boolean
}

/**
 * Runs for inline content, as the brief's inline agreement says: strong = bold,
 * emphasis = italic, delete = strike, inlineCode = mono font at the same size,
 * link = link colour, underline and a real hyperlink, break = line break.
 * Returns at least one run so an empty paragraph still has its size.
 */
export function runsFromInlines(inlines: readonly Inline[], style: RunStyle, theme: Theme): RunPlan[] {
  const runs: RunPlan[] = []
  const state = { breakNext: false }
  collect(inlines, { ...style, underline: false, hyperlink: null }, theme, runs, state)
  if (runs.length === 0 || state.breakNext) runs.push(makeRun('', { ...style, underline: false, hyperlink: null }, state.breakNext))
  return runs
}

type FullStyle = RunStyle & { underline: boolean; hyperlink: string | null }

function collect(inlines: readonly Inline[], style: FullStyle, theme: Theme, runs: RunPlan[], state: { breakNext: boolean }): void {
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        push(node.value, style, runs, state)
        break
      case 'inlineCode':
        push(node.value, { ...style, fontFace: theme.fonts.mono.office }, runs, state)
        break
      case 'break':
        state.breakNext = true
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
    }
  }
}

function push(value: string, style: FullStyle, runs: RunPlan[], state: { breakNext: boolean }): void {
  const text = oneLine(value)
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
  }
}
