import { isScalar, type ParsedNode } from 'yaml'
import type { DeckMeta, FitMode, Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import { spanAt } from './source-lines.js'
import type { State } from './state.js'

/** Metadata being read: `DeckMeta`, with `title` possibly missing and the slide level possibly unset. */
export interface MetaDraft extends Omit<DeckMeta, 'title' | 'slideLevel'> {
  title: string | null
  /** Whether `title` was present but invalid (already reported). */
  titleInvalid: boolean
  /** `null`: detect it from the headings, as pandoc does. */
  slideLevel: number | null
}

/** Where a value is read from, for its messages. */
export interface ValueContext {
  state: State
  /** Offset of the YAML text in the content file. */
  base: number
  /** The YAML text. */
  text: string
}

interface FieldContext extends ValueContext {
  key: string
  keyPlace: Position
}

type Field = (draft: MetaDraft, value: ParsedNode | null, context: FieldContext) => void

/** Defaults for every field: what a deck gets when front matter leaves a key out. */
export function newDraft(): MetaDraft {
  return {
    title: null,
    titleInvalid: false,
    subtitle: null,
    author: null,
    organization: null,
    date: null,
    lang: 'id',
    theme: null,
    classification: null,
    footer: null,
    slideLevel: null,
    incremental: false,
    fit: 'split',
  }
}

const fitModes: readonly FitMode[] = ['split', 'shrink', 'none']
const languageTag = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/

/** How each known front matter key is read into the draft. */
export const frontMatterFields = {
  title: (draft, value, context) => {
    const title = text(value, context, 'a non-empty string')
    if (title === undefined || title?.trim() === '') {
      draft.titleInvalid = true
      if (title !== undefined) mistyped(value, context, 'a non-empty string')
      return
    }
    draft.title = title
  },
  subtitle: (draft, value, context) => void (draft.subtitle = text(value, context) ?? null),
  author: (draft, value, context) => void (draft.author = text(value, context) ?? null),
  organization: (draft, value, context) => void (draft.organization = text(value, context) ?? null),
  date: (draft, value, context) => void (draft.date = text(value, context) ?? null),
  theme: (draft, value, context) => void (draft.theme = text(value, context) ?? null),
  classification: (draft, value, context) => void (draft.classification = text(value, context) ?? null),
  footer: (draft, value, context) => void (draft.footer = text(value, context) ?? null),
  lang: (draft, value, context) => {
    const lang = text(value, context)
    if (lang === undefined || lang === null) return
    if (languageTag.test(lang)) draft.lang = lang
    else mistyped(value, context, 'a BCP 47 language tag such as `id` or `en-US`')
  },
  'slide-level': (draft, value, context) => {
    const level = isScalar(value) ? value.value : undefined
    if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) draft.slideLevel = level
    else mistyped(value, context, 'a whole number from 1 to 6')
  },
  incremental: (draft, value, context) => {
    const flag = isScalar(value) ? value.value : undefined
    if (typeof flag === 'boolean') draft.incremental = flag
    else mistyped(value, context, '`true` or `false`')
  },
  fit: (draft, value, context) => {
    const mode = fitModes.find((candidate) => isScalar(value) && value.value === candidate)
    if (mode !== undefined) draft.fit = mode
    else mistyped(value, context, 'one of `split`, `shrink` or `none`')
  },
} satisfies Record<string, Field>

/** The known keys, for the unknown-key message. */
export const knownKeys = Object.keys(frontMatterFields)
  .map((key) => `\`${key}\``)
  .join(', ')

/**
 * A text value. Numbers and other plain scalars (`date: 2026`, `1.50`) are
 * taken as the characters written, not as YAML re-prints them; an empty
 * value is `null`; a list or mapping is reported and gives `undefined`.
 */
function text(value: ParsedNode | null, context: FieldContext, expected = 'a string'): string | null | undefined {
  if (value === null || (isScalar(value) && value.value === null)) return null
  if (isScalar(value)) {
    if (typeof value.value === 'string') return value.value
    if (typeof value.value === 'number' || typeof value.value === 'bigint') return context.text.slice(value.range[0], value.range[1])
  }
  mistyped(value, context, expected)
  return undefined
}

function mistyped(value: ParsedNode | null, context: FieldContext, expected: string): void {
  if (value === null) {
    report(context.state.file, 'front-matter-type', { key: context.key, expected }, context.keyPlace)
    return
  }
  // A block value's range runs on to the next line; end it at its last character.
  const written = context.text.slice(value.range[0], value.range[1]).trimEnd()
  const place = spanAt(context.state.lines, context.base + value.range[0], context.base + value.range[0] + written.length)
  report(context.state.file, 'front-matter-type', { key: context.key, expected }, place)
}
