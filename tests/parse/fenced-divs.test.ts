import { describe, expect, test } from 'vitest'
import { fencedDivsToDirectives } from '../../src/parse/fenced-divs.js'
import { mdastFromMarkdown } from '../../src/parse/mdast-from-markdown.js'

const none = new Set<number>()

function rewrite(text: string, codeLines: ReadonlySet<number> = none): string {
  return fencedDivsToDirectives(text, codeLines).text
}

describe('fencedDivsToDirectives', () => {
  test('moves the name next to the colons and keeps the line length', () => {
    const input = '::: notes\nhi\n:::\n'
    const output = rewrite(input)
    expect(output).toBe(':::notes \nhi\n:::\n')
    expect(output.length).toBe(input.length)
  })

  test('turns the first class of an attribute block into the name', () => {
    expect(rewrite('::: {.notes}\nx\n:::')).toBe(':::notes    \nx\n:::')
    expect(rewrite('::: {.column width="40%"}\nx\n:::')).toBe(':::column{width="40%"}   \nx\n:::')
    expect(rewrite('::: {#a .notes .extra}\nx\n:::')).toBe(':::notes{#a .extra}   \nx\n:::')
  })

  test('drops optional closing colons on an opening line', () => {
    expect(rewrite('::: notes :::\nx\n:::')).toBe(':::notes     \nx\n:::')
  })

  test('leaves lines it cannot express, and code lines, as written', () => {
    expect(rewrite('::: two words\n:::')).toBe('::: two words\n:::')
    expect(rewrite('```\n::: notes\n```', new Set([1, 2, 3]))).toBe('```\n::: notes\n```')
  })

  test('makes a div with attributes but no class a plain `div`', () => {
    expect(rewrite('::: {#only-id}\nx\n:::')).toBe(':::div{#only-id}\nx\n:::')
    expect(rewrite('::: {layout-ncol=2}\nx\n:::')).toBe(':::div{layout-ncol=2}\nx\n:::')
  })

  test('gives outer divs longer fences, pandoc-style nesting, growing a line only when it must', () => {
    const input = '::: columns\n::: column\nx\n:::\n:::\n'
    const result = fencedDivsToDirectives(input, none)
    expect(result.text).toBe('::::columns\n:::column \nx\n:::\n::::\n')
    expect(result.resized).toBe(true)
    expect(fencedDivsToDirectives(':::: columns\n::: column\nx\n:::\n::::\n', none).resized).toBe(false)
  })

  test('keeps CRLF line endings and blockquote prefixes', () => {
    expect(rewrite('> ::: notes\r\n> x\r\n> :::\r\n')).toBe('> :::notes \r\n> x\r\n> :::\r\n')
  })
})

describe('mdastFromMarkdown', () => {
  test('parses pandoc divs as directives and keeps code as code', () => {
    const tree = mdastFromMarkdown('::: notes\nhi\n:::\n\n```\n::: notes\n```\n')
    expect(tree.children.map((node) => node.type)).toEqual(['containerDirective', 'code'])
  })

  test('maps positions back to the source when a fence line grew', () => {
    const source = '::: columns\n::: column\nx\n:::\n:::\n\nafter\n'
    const tree = mdastFromMarkdown(source)
    const [columns, paragraph] = tree.children
    expect(columns?.type).toBe('containerDirective')
    expect(columns?.position?.end).toEqual({ line: 5, column: 4, offset: 32 })
    expect(source.slice(29, 32)).toBe(':::')
    const start = paragraph?.position?.start.offset ?? -1
    expect(source.slice(start, start + 5)).toBe('after')
  })
})

describe('code inside divs', () => {
  test('a bare `:::` line in code inside a div does not close the div', () => {
    const tree = mdastFromMarkdown('::: notes\n```\n:::\n```\n:::\n\nafter\n')
    expect(tree.children.map((node) => node.type)).toEqual(['containerDirective', 'paragraph'])
    const [notes] = tree.children
    expect(notes?.type === 'containerDirective' ? notes.children.map((node) => node.type) : []).toEqual(['code'])
  })
})
