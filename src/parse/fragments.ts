import type { Block, Fragment, FragmentStyle, List, Paragraph, Position, PowerPointEffect, Span } from '../model/index.js'
import { FRAGMENT_STYLES, isFragmentStyle } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import type { ContainerDirective } from './mdast-directive.js'
import { positionOf } from './position.js'
import type { State } from './state.js'

/** A `.fragment` span the inline conversion met: its build, and where it was written. */
export interface SpanFragment {
  fragment: Fragment
  position: Position
}

/**
 * The build asked for by a list of classes holding `fragment`, with the
 * first reveal.js fragment style among them (`.fragment .fade-up`); `rest`
 * is the classes left to report. `null` without `fragment`.
 */
export function fragmentFromClasses(classes: readonly string[]): { fragment: Fragment; rest: string[] } | null {
  if (!classes.includes('fragment')) return null
  const style = classes.find(isFragmentStyle) ?? null
  return { fragment: { style }, rest: classes.filter((name) => name !== 'fragment' && name !== style) }
}

/**
 * The build a fenced div asks for, `::: {.fragment .fade-up}` or `::: fragment`
 * (pandoc's first class is the directive's name, so `::: {.fade-up .fragment}`
 * counts too); `null` when the div is not a fragment. Reports the div's other
 * attributes (an id is harmless) and a style the PPTX cannot draw.
 */
export function directiveFragment(node: ContainerDirective, state: State): Fragment | null {
  const attributes = node.attributes ?? {}
  const classes = [node.name, ...(attributes['class'] ?? '').split(/\s+/).filter((name) => name !== '')]
  const read = fragmentFromClasses(classes)
  if (read === null) return null
  const place = positionOf(node)
  for (const name of read.rest) report(state.file, 'directive-attribute-ignored', { name: 'fragment', attribute: `.${name}` }, place)
  for (const [key, value] of Object.entries(attributes)) {
    if (key !== 'id' && key !== 'class') report(state.file, 'directive-attribute-ignored', { name: 'fragment', attribute: `${key}="${value ?? ''}"` }, place)
  }
  reportStyle(read.fragment.style, place, state)
  return read.fragment
}

/** Reports a fragment style the PPTX draws differently from reveal.js (the HTML deck draws it as written). */
export function reportStyle(style: FragmentStyle | null, place: Position, state: State): void {
  if (style === null) return
  const info = FRAGMENT_STYLES[style]
  if (!info.exact) report(state.file, 'fragment-style-html-only', { style, drawn: drawnAs(info.powerpoint) }, place)
}

function drawnAs(effect: PowerPointEffect): string {
  switch (effect.type) {
    case 'none':
      return 'shows the text from the start, unchanged'
    case 'font-color':
      return `turns the text #${effect.color} on the click and leaves it so`
    default:
      return 'fades it in on the click and does nothing more'
  }
}

/**
 * Gives each paragraph that is a `.fragment` span and nothing else a step
 * of its own (`next()`), and marks each list item that is one such
 * paragraph as a fragment (a click of its own, decided by the layout), in
 * lists at any depth. The spans used so are taken out of
 * `state.fragmentSpans`; the rest are reported by `reportFragmentSpans`.
 *
 * @param blocks a slide's top-level blocks (a top-level fragment div's included), changed in place
 * @param next opens the slide's next step and returns its number
 */
export function liftFragmentSpans(blocks: readonly Block[], next: () => number, state: State): void {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const found = wholeFragment(block, state)
      if (found === null) continue
      block.step = next()
      if (found.style === null) delete block.fragment
      else block.fragment = found.style
    } else if (block.type === 'list') liftItems(block, state)
  }
}

function liftItems(list: List, state: State): void {
  for (const item of list.children) {
    const [only, ...more] = item.children
    if (only?.type === 'paragraph' && more.length === 0) {
      const found = wholeFragment(only, state)
      if (found !== null) item.fragment = found
    }
    for (const child of item.children) if (child.type === 'list') liftItems(child, state)
  }
}

/** The build of a paragraph whose only content (blanks aside) is a `.fragment` span, taken out of `state.fragmentSpans`. */
function wholeFragment(paragraph: Paragraph, state: State): Fragment | null {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const [span, ...more] = content
  if (span?.type !== 'span' || more.length > 0) return null
  const found = state.fragmentSpans.get(span)
  if (found === undefined) return null
  state.fragmentSpans.delete(span)
  reportStyle(found.fragment.style, found.position, state)
  return found.fragment
}

/** Reports the `.fragment` spans no paragraph or list item took as a step (their text is shown from the start), and forgets them. */
export function reportFragmentSpans(state: State): void {
  for (const { position } of state.fragmentSpans.values()) report(state.file, 'fragment-span-not-stepped', undefined, position)
  state.fragmentSpans.clear()
}

/** Remembers a span's `.fragment` build for `liftFragmentSpans`. */
export function noteFragmentSpan(span: Span, found: SpanFragment, state: State): void {
  state.fragmentSpans.set(span, found)
}
