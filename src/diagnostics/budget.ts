import type { VFile } from 'vfile'
import type { Position } from '../model/index.js'
import { report } from './report.js'

/**
 * What one build may spend, beyond the 2 M-character and nesting limits of
 * the parser (issue 21). Each bounds a stage whose time grows with the count:
 * MathJax takes tens of milliseconds a formula, table layout measures every
 * cell at every trial size, and each laid-out slide is drawn twice. The limits
 * are far beyond any briefing (the seed deck: 40 slides, no formula, 60 cells).
 */
export const BUILD_BUDGET = {
  /** Formulas, counted where written (a repeated one is typeset once, but counted each time). */
  formulas: 1_000,
  /** TeX characters, over all formulas. */
  texChars: 200_000,
  /** Table cells, over all tables. */
  tableCells: 20_000,
  /** Slides after fitting and splitting, continuations included. */
  slides: 12_000,
} as const

/** One of the budgeted quantities. */
export type BudgetKind = keyof typeof BUILD_BUDGET

/** What each quantity is called in the message, and what to do about it. */
const WORDS: { [K in BudgetKind]: { construct: string; fix: string } } = {
  formulas: { construct: 'formulas', fix: 'Split the deck into several files, or show long derivations as an image.' },
  texChars: { construct: 'characters of TeX math', fix: 'Split the deck into several files, or shorten the formulas.' },
  tableCells: { construct: 'table cells', fix: 'Split the deck, or attach large tables as a file instead of slides.' },
  slides: { construct: 'slides after fitting and splitting', fix: 'Split the deck into several files, or shorten the content that splits into many continuation slides.' },
}

/** A build's running totals; `spend` says whether the build may go on. */
export interface Budget {
  /**
   * Adds `amount` of `kind`. The first time a total passes its limit, reports
   * `build-budget-exceeded` at `place` (an error, naming the construct) and
   * returns false; it keeps returning false for that kind afterwards.
   */
  spend: (kind: BudgetKind, amount: number, place: Position) => boolean
}

/** A fresh budget for one build of `file`, with `limits` (default `BUILD_BUDGET`). */
export function createBudget(file: VFile, limits: { [K in BudgetKind]: number } = BUILD_BUDGET): Budget {
  const spent: { [K in BudgetKind]: number } = { formulas: 0, texChars: 0, tableCells: 0, slides: 0 }
  return {
    spend(kind, amount, place) {
      const before = spent[kind]
      spent[kind] = before + amount
      if (spent[kind] <= limits[kind]) return true
      if (before <= limits[kind]) report(file, 'build-budget-exceeded', { construct: WORDS[kind].construct, limit: limits[kind], fix: WORDS[kind].fix }, place)
      return false
    },
  }
}
