import type { Blockquote, DefinitionList, FragmentStyle, List, ListItem, Paragraph } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { TextFrame } from '../../../layout/laid-out.js'
import { listItemMarker, SYMBOL_FONTS, type ListMarker } from '../../../layout/list-marker.js'
import { paragraphLineHeight } from '../../../layout/math-lines.js'
import type { ParagraphMarker, ParagraphPlan } from './types.js'
import { runsFromInlines, type RunStyle } from './runs.js'

/** What a block inherits from the blocks around it. */
interface Context {
  frame: TextFrame
  theme: Theme
  style: RunStyle
  /** Indents already taken by enclosing blockquotes and lists. */
  depth: number
  /** List nesting level (0-based) for the next list. */
  listLevel: number
  /** The click of the incremental list item the paragraphs belong to, if any. */
  step?: number
  /** That item's fragment style (`ListItem.fragment`), if it has one. */
  fragment?: FragmentStyle
}

/**
 * The paragraphs of a text frame: one per paragraph and per list item paragraph,
 * with exact line spacing, the frame's paragraph spacing after each, and list
 * markers that hang in the last `listIndent`.
 */
export function paragraphsFromTextFrame(frame: TextFrame, theme: Theme): ParagraphPlan[] {
  const style: RunStyle = {
    fontFace: theme.fonts.body.office,
    fontSize: frame.fontSize,
    color: theme.colors.text,
    bold: false,
    italic: false,
    strike: false,
  }
  const context: Context = { frame, theme, style, depth: 0, listLevel: 0 }
  return frame.blocks.flatMap((block) => fromBlock(block, context))
}

function fromBlock(block: Paragraph | List | Blockquote | DefinitionList, context: Context): ParagraphPlan[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraph(block, context, markerForDepth(context))]
    case 'list':
      return fromList(block, context)
    case 'blockquote': {
      // Blockquotes: indented by one listIndent, italic, muted.
      const inner: Context = {
        ...context,
        depth: context.depth + 1,
        style: { ...context.style, italic: true, color: context.theme.colors.muted },
      }
      return block.children.flatMap((child) => fromBlock(child, inner))
    }
    case 'definitionList':
      return fromDefinitionList(block, context)
  }
}

/** Each term a bold paragraph at the current indent, its definitions' paragraphs one list indent in. */
function fromDefinitionList(list: DefinitionList, context: Context): ParagraphPlan[] {
  const inner: Context = { ...context, depth: context.depth + 1 }
  return list.children.flatMap((item) => [
    paragraph({ type: 'paragraph', children: item.term, position: item.position }, { ...context, style: { ...context.style, bold: true } }, markerForDepth(context)),
    ...item.definitions.flat().flatMap((child) => fromBlock(child, inner)),
  ])
}

function fromList(list: List, context: Context): ParagraphPlan[] {
  const out: ParagraphPlan[] = []
  const depth = context.depth + 1
  list.children.forEach((item, index) => {
    const first = itemMarker(listItemMarker(list, item, index, context.listLevel, context.theme.bullets), depth, context.frame.listIndent, context.theme.bulletLooks)
    out.push(...fromItem(item, first, itemContext(item, { ...context, depth }), context.listLevel))
  })
  return out
}

/** The context of an item's paragraphs: the item's own click and style when it has a click, else those around it. */
function itemContext(item: ListItem, context: Context): Context {
  if (item.step === undefined) return context
  const { step: _step, fragment: _fragment, ...rest } = context
  const style = item.fragment?.style ?? null
  return style === null ? { ...rest, step: item.step } : { ...rest, step: item.step, fragment: style }
}

/** The layout's marker as a paragraph marker: task boxes are bullets in a symbol font (see `SYMBOL_FONTS`). */
function itemMarker(marker: ListMarker, depth: number, indent: number, looks: Theme['bulletLooks']): ParagraphMarker {
  switch (marker.type) {
    case 'number':
      return { type: 'number', depth, indent, startAt: marker.number }
    case 'bullet': {
      // The template's bullet colour and size of the marker's level (`a:buClr`, `a:buSzPct`, written by `bulletLooks`).
      const look = looks?.[marker.level % looks.length]
      const drawn = look !== undefined && (look.color !== null || look.size !== null) ? { look } : {}
      return { type: 'bullet', depth, indent, char: marker.char, font: null, ...drawn }
    }
    case 'task':
      return { type: 'bullet', depth, indent, char: marker.char, font: SYMBOL_FONTS[0] }
  }
}

function fromItem(item: ListItem, first: ParagraphMarker, context: Context, level: number): ParagraphPlan[] {
  const out: ParagraphPlan[] = []
  let marked = false
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      // Only the item's first paragraph carries the marker; later ones keep the indent.
      out.push(paragraph(child, context, marked ? markerForDepth(context) : first))
      marked = true
    } else {
      out.push(...fromList(child, { ...context, listLevel: level + 1 }))
    }
  }
  if (!marked) out.unshift(emptyParagraph(context, first))
  return out
}

function markerForDepth(context: Context): ParagraphMarker {
  return context.depth === 0 ? { type: 'none' } : { type: 'indent', depth: context.depth, indent: context.frame.listIndent }
}

function paragraph(block: Paragraph, context: Context, marker: ParagraphMarker): ParagraphPlan {
  return {
    align: 'left',
    // Taller than the frame's when a formula reaches out of the line (the layout measured it so).
    lineSpacing: paragraphLineHeight(block.children, context.frame.fontSize, context.frame.lineHeight, context.frame.baselineDrop),
    spaceAfter: context.frame.paragraphSpacing,
    marker,
    runs: runsFromInlines(block.children, context.style, context.theme),
    ...(context.step === undefined ? {} : { step: context.step }),
    ...(context.fragment === undefined ? {} : { fragment: context.fragment }),
  }
}

function emptyParagraph(context: Context, marker: ParagraphMarker): ParagraphPlan {
  return { ...paragraph({ type: 'paragraph', children: [], position: zero }, context, marker) }
}

const zero = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
