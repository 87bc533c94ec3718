import { isMap, isScalar, type ParsedNode } from 'yaml'
import { report } from '../diagnostics/index.js'
import type { Field, MetaDraft } from './front-matter-fields.js'
import { noteWritten } from './front-matter-overrides.js'
import { referenceDocField } from './front-matter-reference-doc.js'
import { flagValue, slideLevelValue, textValue, valuePlace, type FieldContext } from './front-matter-values.js'
import { spanAt } from './source-lines.js'

/** The output formats whose options layar reads: both of its outputs are drawn from them. */
const SLIDE_FORMATS: readonly string[] = ['revealjs', 'pptx']

/** What layar does instead of an option it cannot honour yet; `null` when the value needs no note. */
type Unsupported = (value: ParsedNode | null) => string | null

/** Options of pandoc and Quarto that layar cannot honour yet, and what it does instead. */
const unsupported: Readonly<Record<string, Unsupported>> = {
  'slide-number': (value) =>
    isScalar(value) && value.value === true ? null : 'layar numbers every slide but the title slide; the theme places the number (`chrome.slideNumber`)',
  logo: () => 'a logo comes from the theme (`logo:` in theme.yaml), so that both outputs place it alike',
  smaller: () => 'layar sizes text to fit each slide (front matter `fit`)',
}

/** Top-level Quarto options with the same meaning as under `format:` (Quarto applies them to every format). */
export const quartoOptionFields: Readonly<Record<string, Field>> = Object.fromEntries(
  Object.keys(unsupported).map((key) => [key, (_draft: MetaDraft, value: ParsedNode | null, context: FieldContext) => unsupportedOption(key, value, context)]),
)

/**
 * Reads `format:` as Quarto writes it: a format name, a list of names, or a
 * mapping of formats to `default` or their options. Under `revealjs` and
 * `pptx`, `incremental`, `footer`, `slide-level` and `reference-doc` are
 * honoured (they win over the same top-level keys); `slide-number`, `logo`
 * and `smaller` get a note saying what layar does instead; every other
 * option, and every other format, belongs to pandoc or Quarto and is left alone.
 */
export const formatField: Field = (draft, value, context) => {
  if (!isMap(value)) return
  for (const pair of value.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!SLIDE_FORMATS.includes(name) || !isMap(pair.value)) continue
    for (const option of pair.value.items) {
      const key = isScalar(option.key) ? String(option.key.value) : ''
      const keyPlace = spanAt(context.state.lines, context.base + option.key.range[0], context.base + option.key.range[1])
      formatOption(draft, key, option.value, { ...context, key: `format: ${name}: ${key}`, keyPlace })
    }
  }
}

function formatOption(draft: MetaDraft, key: string, value: ParsedNode | null, context: FieldContext): void {
  if (key === 'incremental') {
    const flag = flagValue(value, context)
    if (flag === undefined) return
    draft.formatOptions.incremental = flag
    noteWritten(draft.written, 'incremental', flag, context, true)
  } else if (key === 'footer') {
    const footer = textValue(value, context)
    if (footer === undefined) return
    draft.formatOptions.footer = footer
    noteWritten(draft.written, 'footer', footer, context, true)
  } else if (key === 'slide-level') {
    const level = slideLevelValue(value, context)
    if (level === undefined) return
    draft.formatOptions.slideLevel = level
    noteWritten(draft.written, 'slide-level', level, context, true)
  } else if (key === 'reference-doc') {
    // Under `revealjs:` too: one template drives both decks.
    referenceDocField(draft, value, context, true)
  } else if (Object.hasOwn(unsupported, key)) {
    unsupportedOption(key, value, context)
  }
}

function unsupportedOption(key: string, value: ParsedNode | null, context: FieldContext): void {
  const instead = unsupported[key]?.(value) ?? null
  if (instead !== null) report(context.state.file, 'front-matter-option-unsupported', { key: context.key, instead }, valuePlace(value, context))
}
