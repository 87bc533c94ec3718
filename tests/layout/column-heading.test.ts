import { describe, expect, it } from 'vitest'
import { hasHeadedColumns } from '../../src/layout/column-heading.js'
import type { Column, Columns, FlowBlock, Inline, Position } from '../../src/model/index.js'

const position: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }
const text = (value: string): Inline => ({ type: 'text', value, position })
const strong = (value: string): Inline => ({ type: 'strong', children: [text(value)], position })
const paragraph = (...children: Inline[]): FlowBlock => ({ type: 'paragraph', children, position })
const column = (...children: FlowBlock[]): Column => ({ type: 'column', children, position })
const columns = (...children: Column[]): Columns => ({ type: 'columns', children, position })

describe('headed columns (the PPTX draws them on Comparison)', () => {
  it('are two columns, each opening with a paragraph all in bold and more after it', () => {
    expect(hasHeadedColumns(columns(column(paragraph(strong('Peran')), paragraph(text('a'))), column(paragraph(text(' '), strong('Kunci')), paragraph(text('b')))))).toBe(true)
  })

  it('are not columns where one opens with plain or partly bold text, holds the heading alone, or there are three', () => {
    const headed = column(paragraph(strong('Peran')), paragraph(text('a')))
    expect(hasHeadedColumns(columns(headed, column(paragraph(strong('Kunci'), text(' dan')), paragraph(text('b')))))).toBe(false)
    expect(hasHeadedColumns(columns(headed, column(paragraph(strong('Kunci')))))).toBe(false)
    expect(hasHeadedColumns(columns(headed, column(paragraph(text('b')), paragraph(text('c')))))).toBe(false)
    expect(hasHeadedColumns(columns(headed, headed, headed))).toBe(false)
  })
})
