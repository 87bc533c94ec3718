import type { VFile } from 'vfile'
import type { Frame, LaidOutDeck, LaidOutSlide } from '../../src/layout/index.js'
import { inlineText, type Block, type FlowBlock, type Inline, type ListItem, type NoteBlock } from '../../src/model/index.js'

/** The first and last few words of a text, so a summary shows where a cut fell. */
function ends(text: string, words = 4): string {
  const all = text.split(/\s+/).filter((w) => w !== '')
  if (all.length <= words * 2) return all.join(' ')
  return `${all.slice(0, words).join(' ')} … ${all.slice(-words).join(' ')}`
}

function itemSummary(item: ListItem): unknown {
  return item.children.map((child) => (child.type === 'paragraph' ? ends(inlineText(child.children), 3) : listSummary(child)))
}

function listSummary(block: Extract<Block, { type: 'list' }>): unknown {
  return { list: block.ordered ? `ordered from ${block.start}` : 'bullets', items: block.children.map(itemSummary) }
}

function blockSummary(block: FlowBlock | NoteBlock): unknown {
  switch (block.type) {
    case 'paragraph':
      return `¶ ${ends(inlineText(block.children))}`
    case 'list':
      return listSummary(block)
    case 'blockquote':
      return { quote: block.children.map(blockSummary) }
    default:
      return block.type
  }
}

function frameSummary(frame: Frame): unknown {
  const box = `${frame.box.x},${frame.box.y} ${frame.box.w}×${frame.box.h}`
  switch (frame.type) {
    case 'text':
      return { text: box, size: frame.fontSize, blocks: frame.blocks.map(blockSummary) }
    case 'table':
      return {
        table: box,
        size: frame.fontSize,
        header: (frame.table.header?.children ?? []).map((cell) => inlineText(cell.children)).join(' | '),
        rows: frame.table.rows.map((row) => inlineText(row.children[0]?.children ?? [])).join(','),
      }
    case 'code': {
      const line = (i: number): string => frame.lines[i]?.map((t) => t.text).join('') ?? ''
      return { code: box, size: frame.fontSize, lines: frame.lines.length, first: line(0), last: line(frame.lines.length - 1) }
    }
    case 'image':
      return { image: box }
  }
}

function slideSummary(slide: LaidOutSlide): unknown {
  if (slide.layout === 'title' || slide.layout === 'section') return { layout: slide.layout, title: inlineText(slide.title.inlines) }
  return {
    layout: slide.layout,
    title: slide.title === null ? null : inlineText(slide.title.inlines),
    fit: slide.fit,
    ...(slide.continuation ? { continuation: `${slide.continuation.part}/${slide.continuation.of}` } : {}),
    notes: slide.notes.length,
    frames: slide.frames.map(frameSummary),
  }
}

/** A compact, reviewable JSON summary of a laid-out deck and the fit messages. */
export function laidOutSummary(deck: LaidOutDeck, file: VFile): string {
  const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`)
  return `${JSON.stringify({ slides: deck.slides.map(slideSummary), messages }, null, 2)}\n`
}

function textOfBlock(block: Block | NoteBlock): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.children)
    case 'list':
      return block.children.map((item) => item.children.map(textOfBlock).join(' ')).join(' ')
    case 'blockquote':
      return block.children.map(textOfBlock).join(' ')
    case 'definitionList':
      return block.children.map((item) => [inlineText(item.term), ...item.definitions.flat().map(textOfBlock)].join(' ')).join(' ')
    case 'table':
      // Headers repeat on continuation tables; compare body rows only.
      return block.rows.map((row) => row.children.map((c) => inlineText(c.children)).join(' ')).join(' ')
    case 'code':
      return block.value
    case 'columns':
      return block.children.map((column) => column.children.map(textOfBlock).join(' ')).join(' ')
    case 'image':
      return block.alt
    case 'math':
      return block.tex
    case 'callout':
      return [inlineText(block.title), ...block.children.map(textOfBlock)].join(' ')
  }
}

/** The words of model blocks, whitespace folded (table headers left out). */
export function blocksText(blocks: readonly Block[]): string {
  return fold(blocks.map(textOfBlock).join(' '))
}

/** The words of laid-out frames, whitespace folded (table headers left out). */
export function framesText(frames: readonly Frame[]): string {
  return fold(
    frames
      .map((frame) => {
        switch (frame.type) {
          case 'text':
            return frame.blocks.map(textOfBlock).join(' ')
          case 'table':
            return textOfBlock(frame.table)
          case 'code':
            return frame.lines.map((line) => line.map((t) => t.text).join('')).join('\n')
          case 'image':
            return frame.image.alt
        }
      })
      .join(' '),
  )
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The plain text of a title's inlines. */
export function titleText(inlines: readonly Inline[]): string {
  return inlineText(inlines)
}
