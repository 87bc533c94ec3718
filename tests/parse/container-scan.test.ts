import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { containerState, MAX_CONTAINER_DEPTH, MAX_LAZY_PARAGRAPH_LINES, scanContainerLine, type ContainerState } from '../../src/parse/container-scan.js'
import { checkInputBounds } from '../../src/parse/input-bounds.js'

/** Scans `source` line by line; the depth of open containers after each line, and the first bound passed as `line:column rule`. */
function scan(source: string): { depths: number[]; over: string | null } {
  const state: ContainerState = containerState()
  const depths: number[] = []
  const lines = source.split('\n')
  for (const [i, line] of lines.entries()) {
    const shape = scanContainerLine(line, state)
    if (shape.over !== null) return { depths, over: `${i + 1}:${shape.over.index + 1} ${shape.over.rule}` }
    depths.push(state.stack.length)
  }
  return { depths, over: null }
}

/** The bounds check's messages as `line:column rule`. */
function messages(source: string): string[] {
  const file = new VFile({ path: 'deck.md', value: source })
  checkInputBounds(source, file)
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)
}

/** A list `depth` levels deep, one item a line, each level indented by `indent` more spaces. */
function staircase(depth: number, indent: number): string {
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(indent * i)}- item ${i}`).join('\n')
}

describe('the container model of the bounds check', () => {
  it('follows nested lists by their indentation, two or four spaces a level, and tabs', () => {
    expect(scan(staircase(5, 2)).depths).toEqual([1, 2, 3, 4, 5])
    expect(scan(staircase(5, 4)).depths).toEqual([1, 2, 3, 4, 5])
    expect(scan('1. a\n   1. b\n\t  - c\n- d').depths).toEqual([1, 2, 3, 1])
    // A continuation paragraph indented to an item's content stays in it; a blank line does not close lists.
    expect(scan('- a\n  - b\n\n    more of b\n  - c\nout').depths).toEqual([1, 2, 2, 2, 2, 2])
    // After a blank line, unindented text closes every list.
    expect(scan('- a\n  - b\n\ntext').depths).toEqual([1, 2, 2, 0])
  })

  it('follows quotes by their markers, and does not count thematic breaks, indented code or fenced code', () => {
    expect(scan('> a\n> > b\n>\n\nc').depths).toEqual([1, 2, 1, 0, 0])
    expect(scan('* * *\n- - -\n---').depths).toEqual([0, 0, 0])
    expect(scan('para\n\n    - - - code').depths).toEqual([0, 0, 0])
    expect(scan('```\n- - - - x\n```\n- a').depths).toEqual([0, 0, 0, 1])
    // A fence in a list item ends with the item: the markers after it count again.
    expect(scan('- ```\n  - - code\n- - b').depths).toEqual([1, 1, 2])
  })

  it('keeps the containers of a paragraph open over its lazy lines, but not after a blank line or a heading', () => {
    expect(scan('> - a\nlazy\nlazy').depths).toEqual([2, 2, 2])
    expect(scan('> a\n\nb').depths).toEqual([1, 0, 0])
    expect(scan('- # Heading\nnext').depths).toEqual([1, 0])
  })

  it(`refuses the ${MAX_CONTAINER_DEPTH + 1}th open level, on one line or over many`, () => {
    expect(scan(`${'- '.repeat(MAX_CONTAINER_DEPTH)}x`).over).toBeNull()
    expect(scan(`${'- '.repeat(MAX_CONTAINER_DEPTH + 1)}x`).over).toBe(`1:${2 * MAX_CONTAINER_DEPTH + 1} markdown-containers-too-deep`)
    expect(scan(staircase(MAX_CONTAINER_DEPTH, 2)).over).toBeNull()
    expect(scan(staircase(MAX_CONTAINER_DEPTH + 1, 2)).over).toBe(`${MAX_CONTAINER_DEPTH + 1}:${2 * MAX_CONTAINER_DEPTH + 1} markdown-containers-too-deep`)
    expect(scan(`${'>'.repeat(MAX_CONTAINER_DEPTH + 5)} x`).over).toBe(`1:${MAX_CONTAINER_DEPTH + 1} markdown-containers-too-deep`)
    // Deep indentation alone (indented code, or text in a shallow list) opens nothing.
    expect(scan(`- a\n${' '.repeat(4_000)}text\n${' '.repeat(4_000)}- b`).over).toBeNull()
  })

  it(`refuses a lazy line past ${MAX_LAZY_PARAGRAPH_LINES} lines of its paragraph, but not lines with their markers`, () => {
    const lazy = (count: number): string => `> quoted\n${'lazy\n'.repeat(count)}`
    expect(scan(lazy(MAX_LAZY_PARAGRAPH_LINES - 1)).over).toBeNull()
    expect(scan(lazy(MAX_LAZY_PARAGRAPH_LINES)).over).toBe(`${MAX_LAZY_PARAGRAPH_LINES + 1}:1 markdown-lazy-lines-too-many`)
    expect(scan(`> quoted\n${'> marked\n'.repeat(MAX_LAZY_PARAGRAPH_LINES * 2)}`).over).toBeNull()
    expect(scan(`- item\n${'  indented\n'.repeat(MAX_LAZY_PARAGRAPH_LINES * 2)}`).over).toBeNull()
    // Top-level paragraphs have no lazy lines; blank lines start a new paragraph.
    expect(scan('plain\n'.repeat(MAX_LAZY_PARAGRAPH_LINES * 2)).over).toBeNull()
    expect(scan(`> q\n${'lazy\n'.repeat(MAX_LAZY_PARAGRAPH_LINES - 1)}\n> q\n${'lazy\n'.repeat(MAX_LAZY_PARAGRAPH_LINES - 1)}`).over).toBeNull()
  })

  it('reports through the bounds check with the line and column', () => {
    expect(messages(`## S\n\n${staircase(MAX_CONTAINER_DEPTH + 1, 4)}\n`)).toEqual([`${MAX_CONTAINER_DEPTH + 3}:${4 * MAX_CONTAINER_DEPTH + 1} markdown-containers-too-deep`])
    expect(messages(`## S\n\n- item\n${'lazy\n'.repeat(MAX_LAZY_PARAGRAPH_LINES)}`)).toEqual([`${MAX_LAZY_PARAGRAPH_LINES + 3}:1 markdown-lazy-lines-too-many`])
  })
})
