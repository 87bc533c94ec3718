import type { Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import type { FieldContext } from './front-matter-values.js'
import type { State } from './state.js'

/** The options written both at the top level and under `format: revealjs:` / `format: pptx:`. */
export type OverridableOption = 'footer' | 'incremental' | 'slide-level' | 'reference-doc'

/** One place an overridable option was written with a value layar read. */
export interface WrittenOption {
  option: OverridableOption
  /** The key as written: `footer`, `format: revealjs: footer`. */
  key: string
  place: Position
  value: string | number | boolean | null
  inFormat: boolean
}

/**
 * Notes that `option` was written at `context`'s key with a value read
 * (never called for a value already reported as the wrong type).
 *
 * @param written the draft's list, in the order the keys are written
 */
export function noteWritten(written: WrittenOption[], option: OverridableOption, value: WrittenOption['value'], context: FieldContext, inFormat: boolean): void {
  written.push({ option, key: context.key, place: context.keyPlace, value, inFormat })
}

/**
 * Reports every written option whose value the deck does not use
 * (`front-matter-option-overridden`, at its key): the one that wins is the
 * last written under `format:` (as in Quarto, a format's options win over
 * the top level's), else the last at the top level. layar draws both decks
 * from one value, so `revealjs` and `pptx` giving different values leave one
 * unused too. A key giving the value that wins is not reported.
 */
export function reportOverriddenOptions(written: readonly WrittenOption[], state: State): void {
  const options = new Set(written.map((entry) => entry.option))
  for (const option of options) {
    const entries = written.filter((entry) => entry.option === option)
    const winner = entries.findLast((entry) => entry.inFormat) ?? entries.at(-1)
    if (winner === undefined) continue
    for (const entry of entries) {
      if (entry === winner || entry.value === winner.value) continue
      const why = entry.inFormat
        ? 'layar draws both decks from one value, and the last one written under `format:` wins'
        : 'an option under `format:` wins over the same top-level key, as in Quarto'
      report(state.file, 'front-matter-option-overridden', { key: entry.key, winner: winner.key, why }, entry.place)
    }
  }
}
