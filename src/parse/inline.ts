import type { PhrasingContent } from 'mdast'
import { isSafeUrl, type Inline, type Position, type Text } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import type { ImageSource } from './images.js'
import { positionOf, spanOf } from './position.js'
import { sourceOf, type State } from './state.js'
import { isComment } from './blocks/html.js'
import { inlineMathFromMdast } from './math/math-nodes.js'
import { textWithScripts } from './scripts.js'
import { footnoteReference, inlineNote } from './footnotes.js'
import { withInlineNotes } from './inline-notes.js'
import { spanFrom, withSpans } from './spans.js'
import { reportLiteralSyntax } from './literal-syntax.js'
import { withTrailingAttributes, type AttributedNode } from './trailing-attributes.js'

/** How inline content is converted where it appears. */
export interface InlineOptions {
  /**
   * Takes images found in the text (a paragraph turns them into blocks).
   * Without it, an image is shown as its alt text, with a warning.
   */
  onImage?: ((image: ImageSource) => void) | undefined
  /** Where the text is, for messages: `heading`, `table cell`, … */
  where: string
  /** How many inline notes and bracketed spans are around the text (none when absent). */
  nesting?: number
}

/**
 * Most inline notes and bracketed spans inside each other. Each level is
 * converted inside the one around it (2,000 overflowed the stack), and its
 * text is read again at each level, so the bound keeps both in proportion
 * to the text; real decks nest two or three.
 */
export const MAX_INLINE_NESTING = 100

type InlineHandler<N> = (node: N, state: State, options: InlineOptions) => Inline[]
type InlineHandlers = { [K in PhrasingContent['type']]: InlineHandler<Extract<PhrasingContent, { type: K }>> }

const handlers = {
  text: (node, state) => {
    reportUndefinedMarks(node.value, positionOf(node), state)
    reportLiteralSyntax(node.value, positionOf(node), state)
    return textWithScripts(node, state)
  },
  strong: (node, state, options) => [
    { type: 'strong', children: inlinesFromMdast(node.children, state, options), position: positionOf(node) },
  ],
  emphasis: (node, state, options) => [
    { type: 'emphasis', children: inlinesFromMdast(node.children, state, options), position: positionOf(node) },
  ],
  delete: (node, state, options) => [
    { type: 'delete', children: inlinesFromMdast(node.children, state, options), position: positionOf(node) },
  ],
  inlineCode: (node) => [{ type: 'inlineCode', value: node.value, position: positionOf(node) }],
  inlineMath: (node, state) => inlineMathFromMdast(node, state),
  break: (node) => [{ type: 'break', position: positionOf(node) }],
  link: (node, state, options) => link(node.url, node.title ?? null, node.children, positionOf(node), state, options),
  linkReference: (node, state, options) => {
    const definition = state.definitions.get(node.identifier)
    if (definition === undefined) return literal(sourceOf(state, node), positionOf(node))
    return link(definition.url, definition.title ?? null, node.children, positionOf(node), state, options)
  },
  image: (node, state, options) =>
    image({ url: node.url, alt: node.alt ?? '', title: node.title ?? null, position: positionOf(node) }, state, options),
  imageReference: (node, state, options) => {
    const definition = state.definitions.get(node.identifier)
    if (definition === undefined) return literal(sourceOf(state, node), positionOf(node))
    const source = { url: definition.url, alt: node.alt ?? '', title: definition.title ?? null, position: positionOf(node) }
    return image(source, state, options)
  },
  html: (node, state) => {
    if (isComment(node.value)) {
      report(state.file, 'html-comment', undefined, positionOf(node))
      return []
    }
    report(state.file, 'raw-html', undefined, positionOf(node))
    return literal(sourceOf(state, node), positionOf(node))
  },
  footnoteReference: (node, state) => {
    const definition = state.footnoteDefinitions.get(node.identifier)
    // micromark makes a reference only for a defined label; the check keeps the types honest.
    if (definition === undefined) return literal(sourceOf(state, node), positionOf(node))
    return footnoteReference(definition, positionOf(node), state)
  },
  // layar has no text directives, and `10:30` or `Catatan:tambahan` would
  // otherwise lose their `:30` / `:tambahan`: give the source back as text.
  textDirective: (node, state) => literal(sourceOf(state, node), positionOf(node)),
} satisfies InlineHandlers

/**
 * Converts mdast phrasing content to model inlines, merging adjacent text.
 *
 * @param nodes the mdast children of a paragraph, heading, cell, …
 * @param state the conversion state
 * @param options where the text is and what to do with images
 */
export function inlinesFromMdast(nodes: readonly PhrasingContent[], state: State, options: InlineOptions): Inline[] {
  const out: Inline[] = []
  for (const node of withTrailingAttributes(withSpans(withInlineNotes(nodes, state), state), state)) {
    if (node.type === 'attributed') {
      out.push(...attributed(node, state, options))
      continue
    }
    if (node.type === 'bracketedSpan' || node.type === 'inlineNote') {
      const nesting = (options.nesting ?? 0) + 1
      if (nesting > MAX_INLINE_NESTING) {
        report(state.file, 'inline-nesting-too-deep', { limit: MAX_INLINE_NESTING }, node.position)
        out.push(...literal(sourceOf(state, node), node.position))
        continue
      }
      const inner = { ...options, nesting }
      if (node.type === 'bracketedSpan') out.push(spanFrom(node, inlinesFromMdast(node.children as PhrasingContent[], state, inner), state))
      else out.push(...inlineNote(node.children, node.position, state, (children) => inlinesFromMdast(children, state, inner)))
      continue
    }
    const handler = handlers[node.type] as InlineHandler<PhrasingContent>
    out.push(...handler(node, state, options))
  }
  return mergeText(out)
}

/** Joins runs of adjacent text nodes into one, spanning their positions. */
export function mergeText(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = []
  for (const inline of inlines) {
    const last = out.at(-1)
    if (inline.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', value: last.value + inline.value, position: spanOf(last.position, inline.position) }
    } else {
      out.push(inline)
    }
  }
  return out
}

/** Whether inlines hold nothing a reader would see. */
export function isBlank(inlines: readonly Inline[]): boolean {
  return inlines.every((inline) => (inline.type === 'text' && inline.value.trim() === '') || inline.type === 'break')
}

/**
 * `[^label]` left in text is a footnote mark whose label has no definition
 * (micromark reads only defined ones as marks): reported, shown as written.
 */
function reportUndefinedMarks(value: string, position: Position, state: State): void {
  if (!value.includes('[^')) return
  for (const match of value.matchAll(/\[\^([^\]\s]+)\]/g)) report(state.file, 'footnote-undefined', { label: match[1] ?? '' }, position)
}

function literal(value: string, position: Position): Text[] {
  return value === '' ? [] : [{ type: 'text', value, position }]
}

function link(
  url: string,
  title: string | null,
  children: PhrasingContent[],
  position: Position,
  state: State,
  options: InlineOptions,
): Inline[] {
  const inlines = inlinesFromMdast(children, state, options)
  // A linked image (`[![logo](a.png)](https://…)`) moves out as a figure; the link stays, showing its URL, so it is not lost.
  const shown = isBlank(inlines) && url !== '' ? [{ type: 'text' as const, value: url, position }] : inlines
  if (isSafeUrl(url)) return [{ type: 'link', url, title, children: shown, position }]
  report(state.file, 'unsafe-link', { url }, position)
  return inlines
}

/**
 * An image or link with its `{…}` block: an image's attributes go with it
 * to its figure; a link keeps `title=` as its title, and the rest (a link
 * has no look of its own on a slide) is reported.
 */
function attributed(item: AttributedNode, state: State, options: InlineOptions): Inline[] {
  const { node, attributes, attributesPosition } = item
  const trailing = { attributes, position: attributesPosition }
  if (node.type === 'image') {
    return image({ url: node.url, alt: node.alt ?? '', title: node.title ?? null, position: positionOf(node), trailing }, state, options)
  }
  if (node.type === 'imageReference') {
    const definition = state.definitions.get(node.identifier)
    if (definition !== undefined) {
      return image({ url: definition.url, alt: node.alt ?? '', title: definition.title ?? null, position: positionOf(node), trailing }, state, options)
    }
    return [...handlers.imageReference(node, state, options), ...literal(sourceOf(state, { position: attributesPosition }), attributesPosition)]
  }
  const title = attributes.pairs.find((pair) => pair.key === 'title')?.value
  const ignored = [
    ...(attributes.id === null ? [] : [`#${attributes.id}`]),
    ...attributes.classes.map((name) => `.${name}`),
    ...attributes.pairs.filter((pair) => pair.key !== 'title').map((pair) => `${pair.key}="${pair.value}"`),
  ]
  for (const attribute of ignored) report(state.file, 'attribute-ignored', { attribute, on: 'link' }, attributesPosition)
  const inlines = node.type === 'link' ? handlers.link(node, state, options) : handlers.linkReference(node, state, options)
  if (title === undefined) return inlines
  return inlines.map((inline) => (inline.type === 'link' ? { ...inline, title } : inline))
}

function image(source: ImageSource, state: State, options: InlineOptions): Inline[] {
  if (options.onImage !== undefined) {
    options.onImage(source)
    return []
  }
  report(state.file, 'unsupported-node', { node: `picture in a ${options.where}`, shownAs: 'its alt text' }, source.position)
  return literal(source.alt, source.position)
}
