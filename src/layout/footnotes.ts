import type { Block, Footnote, Inline, Paragraph } from '../model/index.js'
import { allRows } from '../model/index.js'
import type { LayoutContext } from './context.js'
import { round2, roundBox } from './geometry.js'
import type { Region } from './frames.js'
import type { TextFrame } from './laid-out.js'
import { textBlocksHeight, textMetrics } from './text-frame.js'
import { mathLineMetrics } from './math-lines.js'

/**
 * A slide's footnotes as one small text frame at the foot of its body
 * (pandoc's reveal.js output lists them under the slide): one paragraph per
 * note, led by its number as a superscript, at the theme's `minBody` size.
 * The body region gives up their height (and a gap) before the body is
 * fitted, so fit and split account for them; a split slide reserves room
 * for all of its notes on every part and shows on each the ones it marks.
 */
export interface SlideFootnotes {
  notes: readonly Footnote[]
  /** Height of the frame holding all of them, plus the gap above it; 0 without notes. */
  room: number
}

/** The notes of a slide and the room they take in a body `width` pt wide. */
export function slideFootnotes(notes: readonly Footnote[], ctx: LayoutContext, width: number): SlideFootnotes {
  if (notes.length === 0) return { notes, room: 0 }
  return { notes, room: notesHeight(notes, ctx, width) + ctx.theme.gap }
}

/** A body region with the room for the notes taken off its foot. */
export function regionAboveNotes(region: Region, footnotes: SlideFootnotes): Region {
  return footnotes.room === 0 ? region : { ...region, h: Math.max(0, region.h - footnotes.room) }
}

/**
 * The frame of the notes a part of a slide marks (in its title or blocks),
 * its bottom on the bottom of `region` (the full body region); `null` if it marks none.
 */
export function footnoteFrame(footnotes: SlideFootnotes, title: readonly Inline[] | null, blocks: readonly Block[], ctx: LayoutContext, region: Region): TextFrame | null {
  if (footnotes.notes.length === 0) return null
  const marked = new Set<number>()
  collectMarks(title ?? [], marked)
  for (const block of blocks) collectBlockMarks(block, marked)
  const shown = footnotes.notes.filter((note) => marked.has(note.number))
  if (shown.length === 0) return null
  const size = noteSize(ctx)
  const metrics = textMetrics(ctx.theme, size)
  const paragraphs = shown.map(noteParagraph)
  const h = textBlocksHeight(paragraphs, ctx.faces, metrics, region.w)
  return {
    type: 'text',
    box: roundBox({ x: region.x, y: region.y + region.h - h, w: region.w, h }),
    fontSize: size,
    lineHeight: round2(metrics.lineHeight),
    paragraphSpacing: round2(metrics.paragraphSpacing),
    listIndent: metrics.listIndent,
    blocks: paragraphs,
    ...mathLineMetrics(paragraphs, ctx.faces.body.regular),
  }
}

function notesHeight(notes: readonly Footnote[], ctx: LayoutContext, width: number): number {
  return textBlocksHeight(notes.map(noteParagraph), ctx.faces, textMetrics(ctx.theme, noteSize(ctx)), width)
}

function noteSize(ctx: LayoutContext): number {
  return Math.min(ctx.theme.sizes.minBody, ctx.theme.sizes.body)
}

function noteParagraph(note: Footnote): Paragraph {
  const mark: Inline = { type: 'footnoteReference', number: note.number, position: note.position }
  return { type: 'paragraph', children: [mark, { type: 'text', value: ' ', position: note.position }, ...note.children], position: note.position }
}

function collectBlockMarks(block: Block, into: Set<number>): void {
  switch (block.type) {
    case 'paragraph':
      collectMarks(block.children, into)
      break
    case 'list':
      for (const item of block.children) for (const child of item.children) collectBlockMarks(child, into)
      break
    case 'blockquote':
      for (const child of block.children) collectBlockMarks(child, into)
      break
    case 'definitionList':
      for (const item of block.children) {
        collectMarks(item.term, into)
        for (const definition of item.definitions) for (const child of definition) collectBlockMarks(child, into)
      }
      break
    case 'table':
      for (const row of allRows(block)) for (const cell of row.children) collectMarks(cell.children, into)
      if (block.caption !== undefined) collectMarks(block.caption, into)
      break
    case 'columns':
      for (const column of block.children) for (const child of column.children) collectBlockMarks(child, into)
      break
    case 'callout':
      collectMarks(block.title, into)
      for (const child of block.children) collectBlockMarks(child, into)
      break
    case 'image':
    case 'code':
      break
  }
}

function collectMarks(inlines: readonly Inline[], into: Set<number>): void {
  for (const node of inlines) {
    if (node.type === 'footnoteReference') into.add(node.number)
    else if ('children' in node) collectMarks(node.children, into)
  }
}
