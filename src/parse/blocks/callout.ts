import type { Block, CalloutKind, Inline } from '../../model/index.js'
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

/** Whether a directive name is a Quarto callout (`callout-note`, …). */
export function isCalloutName(name: string): name is `callout-${CalloutKind}` {
  return name.startsWith('callout-') && name.slice('callout-'.length) in CALLOUT_TITLES
}

/**
 * A Quarto callout `::: {.callout-note}`: its title is the `title`
 * attribute, else its first heading (taken out of the text, as Quarto
 * does), else the kind's name. `icon` and `appearance="default|simple"`
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
    title = [{ type: 'text', value: CALLOUT_TITLES[kind], position }]
  }
  const blocks = textBlocksFrom(state.blocks(children), state, 'a callout')
  return [{ type: 'callout', kind, title, children: blocks, position }]
}
