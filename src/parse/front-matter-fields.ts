import { isScalar, type ParsedNode } from 'yaml'
import type { DeckMeta, FitMode, Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import { authorsFrom, institutesFrom } from './front-matter-authors.js'
import { formatField, quartoOptionFields } from './front-matter-format.js'
import { noteWritten, type WrittenOption } from './front-matter-overrides.js'
import { referenceDocField } from './front-matter-reference-doc.js'
import { flagValue, mistyped, plainValue, slideLevelValue, textValue as text, valuePlace, type FieldContext } from './front-matter-values.js'

export type { ValueContext } from './front-matter-values.js'

/** Metadata being read: `DeckMeta` with what is decided after the whole file is read still open. */
export interface MetaDraft extends Omit<DeckMeta, 'title' | 'slideLevel' | 'lang' | 'author' | 'affiliations'> {
  title: string | null
  /** Whether `title` was present but invalid (already reported). */
  titleInvalid: boolean
  authors: string[]
  affiliations: string[]
  /** `null`: detect it from the text. */
  lang: string | null
  /** `null`: detect it from the headings, as pandoc does. */
  slideLevel: number | null
  /** Options under `format: revealjs:` / `format: pptx:`; they win over the same top-level keys, as in Quarto. */
  formatOptions: FormatOptions
  /** Where the options that `format:` can override were written, to report the values left unused. */
  written: WrittenOption[]
}

/** The options of `format:` that map onto layar's own. */
export interface FormatOptions {
  incremental?: boolean
  footer?: string | null
  slideLevel?: number
  referenceDoc?: { path: string; position: Position }
}

/** How one front matter key is read into the draft. */
export type Field = (draft: MetaDraft, value: ParsedNode | null, context: FieldContext) => void

/** Defaults for every field: what a deck gets when front matter leaves a key out. */
export function newDraft(): MetaDraft {
  return {
    title: null,
    titleInvalid: false,
    subtitle: null,
    authors: [],
    affiliations: [],
    organization: null,
    date: null,
    lang: null,
    theme: null,
    classification: null,
    footer: null,
    slideLevel: null,
    incremental: false,
    fit: 'split',
    formatOptions: {},
    written: [],
  }
}

const fitModes: readonly FitMode[] = ['split', 'shrink', 'none']
const languageTag = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/
/** Quarto's date keywords, replaced by the build's date. */
const dateKeywords: readonly string[] = ['today', 'now', 'last-modified']

const author: Field = (draft, value, context) => {
  const authors = authorsFrom(plainValue(value, context) ?? [{}])
  if (authors === null) {
    mistyped(value, context, 'a name, a list of names, or a list of `name:` entries (with `affiliation`)')
    return
  }
  draft.authors.push(...authors.names)
  for (const affiliation of authors.affiliations) if (!draft.affiliations.includes(affiliation)) draft.affiliations.push(affiliation)
}

/** How each of layar's own front matter keys is read into the draft. */
const ownFields = {
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
  author,
  authors: author,
  institute: (draft, value, context) => {
    const institutes = institutesFrom(plainValue(value, context) ?? [{}])
    if (institutes === null) mistyped(value, context, 'a name or a list of names')
    else for (const name of institutes) if (!draft.affiliations.includes(name)) draft.affiliations.push(name)
  },
  organization: (draft, value, context) => void (draft.organization = text(value, context) ?? null),
  date: (draft, value, context) => {
    const date = text(value, context) ?? null
    if (date === null || !dateKeywords.includes(date.trim())) {
      draft.date = date
      return
    }
    const buildDate = context.state.options.buildDate ?? null
    if (buildDate === null) report(context.state.file, 'front-matter-date-unresolved', { keyword: date.trim() }, valuePlace(value, context))
    draft.date = buildDate
  },
  theme: (draft, value, context) => void (draft.theme = text(value, context) ?? null),
  classification: (draft, value, context) => void (draft.classification = text(value, context) ?? null),
  footer: (draft, value, context) => {
    const footer = text(value, context)
    if (footer === undefined) return
    draft.footer = footer
    noteWritten(draft.written, 'footer', footer, context, false)
  },
  lang: (draft, value, context) => {
    const lang = text(value, context)
    if (lang === undefined || lang === null) return
    if (languageTag.test(lang)) draft.lang = lang
    else mistyped(value, context, 'a BCP 47 language tag such as `id` or `en-US`')
  },
  'slide-level': (draft, value, context) => {
    const level = slideLevelValue(value, context)
    if (level === undefined) return
    draft.slideLevel = level
    noteWritten(draft.written, 'slide-level', level, context, false)
  },
  incremental: (draft, value, context) => {
    const flag = flagValue(value, context)
    if (flag === undefined) return
    draft.incremental = flag
    noteWritten(draft.written, 'incremental', flag, context, false)
  },
  'reference-doc': (draft, value, context) => referenceDocField(draft, value, context, false),
  fit: (draft, value, context) => {
    const mode = fitModes.find((candidate) => isScalar(value) && value.value === candidate)
    if (mode !== undefined) draft.fit = mode
    else mistyped(value, context, 'one of `split`, `shrink` or `none`')
  },
} satisfies Record<string, Field>

/** layar's own keys, for the unknown-key message. */
export const knownKeys = Object.keys(ownFields)
  .map((key) => `\`${key}\``)
  .join(', ')

/** Every key read into the draft: layar's own, and pandoc's or Quarto's that map onto layar features. */
export const frontMatterFields: Readonly<Record<string, Field>> = { ...ownFields, format: formatField, ...quartoOptionFields }
