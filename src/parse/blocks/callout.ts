import type { Block, CalloutKind, Inline, Text } from '../../model/index.js'
import { report } from '../../diagnostics/index.js'
import { inlinesFromMdast } from '../inline.js'
import type { ContainerDirective } from '../mdast-directive.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'
import { textBlocksFrom } from './flatten.js'

/** The callout kinds Quarto has, and the title each shows when none is given (Quarto's English defaults). */
export const CALLOUT_TITLES: Readonly<Record<CalloutKind, string>> = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  important: 'Important',
  caution: 'Caution',
}

/**
 * Quarto's default callout titles in other languages, by the primary
 * language subtag of the deck's `lang` (Quarto's own translations,
 * `src/resources/language/_language-*.yml`); other languages get the English ones.
 */
const LOCALISED_TITLES: Readonly<Record<string, Readonly<Record<CalloutKind, string>>>> = {
  id: { note: 'Catatan', tip: 'Tip', warning: 'Peringatan', important: 'Penting', caution: 'Bahaya' },
}

/** The title a callout of `kind` shows without one of its own, in the deck's language (a BCP 47 tag). */
export function defaultCalloutTitle(kind: CalloutKind, lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? ''
  return LOCALISED_TITLES[primary]?.[kind] ?? CALLOUT_TITLES[kind]
}

/**
 * Puts the deck's language into the titles of callouts that had none of
 * their own (`state.calloutTitles`): the language is only known once the
 * whole deck is read (it may be detected from the text).
 */
export function localiseCalloutTitles(titles: ReadonlyArray<{ kind: CalloutKind; text: Text }>, lang: string): void {
  for (const { kind, text } of titles) text.value = defaultCalloutTitle(kind, lang)
}

/** Whether a directive name is a Quarto callout (`callout-note`, …). */
export function isCalloutName(name: string): name is `callout-${CalloutKind}` {
  return name.startsWith('callout-') && name.slice('callout-'.length) in CALLOUT_TITLES
}

/**
 * A Quarto callout `::: {.callout-note}`: its title is the `title`
 * attribute, else its first heading (taken out of the text, as Quarto
 * does), else the kind's name in the deck's language (see `localiseCalloutTitles`). `icon` and `appearance="default|simple"`
 * change nothing layar draws (no icons; one look) and pass quietly;
 * `collapse=true` (a callout is always open on a slide), `appearance="minimal"`
 * and other attributes are reported.
 */
export function callout(node: ContainerDirective, kind: CalloutKind, state: State): Block[] {
  const position = positionOf(node)
  const attributes = node.attributes ?? {}
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'id' || key === 'title' || key === 'icon') continue
    if (key === 'appearance' && (value === 'default' || value === 'simple')) continue
    if (key === 'collapse' && value === 'false') continue
    const attribute = key === 'class' ? `.${value ?? ''}` : `${key}="${value ?? ''}"`
    report(state.file, 'attribute-ignored', { attribute, on: 'callout (it is drawn open, with a coloured bar and its title)' }, position)
  }
  const [first, ...rest] = node.children
  const headed = first?.type === 'heading' && typeof attributes['title'] !== 'string'
  const children = headed ? rest : node.children
  let title: Inline[]
  if (typeof attributes['title'] === 'string' && attributes['title'].trim() !== '') {
    title = [{ type: 'text', value: attributes['title'], position }]
  } else if (headed) {
    title = inlinesFromMdast(first.children, state, { where: 'callout title' })
  } else {
    const text: Text = { type: 'text', value: CALLOUT_TITLES[kind], position }
    state.calloutTitles.push({ kind, text })
    title = [text]
  }
  const blocks = textBlocksFrom(state.blocks(children), state, 'a callout')
  return [{ type: 'callout', kind, title, children: blocks, position }]
}
