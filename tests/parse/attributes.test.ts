import { describe, expect, it } from 'vitest'
import {
  attributeValue,
  describeAttributeProblem,
  hasClass,
  parseAttributes,
  parseRawAttribute,
  trailingAttributes,
  type AttributesResult,
} from '../../src/parse/attributes.js'

function read(text: string, from = 0) {
  const result = parseAttributes(text, from)
  if (!result.ok) throw new Error(`expected attributes, got ${JSON.stringify(result.problem)}`)
  return result
}

function problem(result: AttributesResult | null) {
  if (result === null || result.ok) throw new Error(`expected a problem, got ${JSON.stringify(result)}`)
  return result.problem
}

describe('parseAttributes', () => {
  it('reads ids, classes and pairs with their offsets', () => {
    const text = '{#intro .smaller .incremental background-color="#a33" width=30% key=\'q v\'}'
    const result = read(text)
    expect(result.end).toBe(text.length)
    expect(result.attributes.id).toBe('intro')
    expect(result.attributes.classes).toEqual(['smaller', 'incremental'])
    expect(result.attributes.pairs).toEqual([
      { key: 'background-color', value: '#a33' },
      { key: 'width', value: '30%' },
      { key: 'key', value: 'q v' },
    ])
    const [first, , , colour] = result.attributes.items
    expect(first).toEqual({ type: 'id', value: 'intro', start: 1, end: 7 })
    expect(text.slice(colour?.start, colour?.end)).toBe('background-color="#a33"')
  })

  it('reads the empty block and blocks with surrounding space', () => {
    expect(read('{}').attributes).toEqual({ id: null, classes: [], pairs: [], items: [] })
    expect(read('{  .a\t.b  }').attributes.classes).toEqual(['a', 'b'])
  })

  it('starts at the given offset and stops after the closing brace', () => {
    const result = read('Title {.x} tail', 6)
    expect(result.start).toBe(6)
    expect(result.end).toBe(10)
  })

  it('folds id= and class= the pandoc way, a later id winning', () => {
    const { attributes } = read('{#a id=b class="c d" .e}')
    expect(attributes.id).toBe('b')
    expect(attributes.classes).toEqual(['c', 'd', 'e'])
    expect(attributes.pairs).toEqual([])
  })

  it('reads - as the class unnumbered', () => {
    expect(read('{- #x}').attributes.classes).toEqual(['unnumbered'])
  })

  it('accepts identifiers with letters of any script, digits and -_:.', () => {
    const { attributes } = read('{#bagian-1 .ringkasan_2 .a:b.c data-x.y=1 ключ=значение}')
    expect(attributes.id).toBe('bagian-1')
    expect(attributes.classes).toEqual(['ringkasan_2', 'a:b.c'])
    expect(attributes.pairs).toEqual([
      { key: 'data-x.y', value: '1' },
      { key: 'ключ', value: 'значение' },
    ])
  })

  it('decodes escapes and character references in quoted values', () => {
    const { attributes } = read(String.raw`{a="say \"hi\"" b='it\'s' c="x &amp; y &#65;&#x42;" d="back\slash" e="&nope;"}`)
    expect(attributes.pairs.map((pair) => pair.value)).toEqual(['say "hi"', "it's", 'x & y AB', String.raw`back\slash`, '&nope;'])
  })

  it('keeps braces and the other quote inside quoted values', () => {
    expect(read(`{title="a {b} 'c'"}`).attributes.pairs[0]?.value).toBe("a {b} 'c'")
  })

  it('reads unquoted values up to a space or brace, with backslash escapes only', () => {
    const { attributes } = read(String.raw`{a=x"y b=1\}2 c=&amp; d=}`)
    expect(attributes.pairs).toEqual([
      { key: 'a', value: 'x"y' },
      { key: 'b', value: '1}2' },
      { key: 'c', value: '&amp;' },
      { key: 'd', value: '' },
    ])
  })

  it('reads empty quoted values', () => {
    expect(read(`{a="" b=''}`).attributes.pairs).toEqual([
      { key: 'a', value: '' },
      { key: 'b', value: '' },
    ])
  })

  it('keeps repeated keys in order, and attributeValue returns the first', () => {
    const { attributes } = read('{k=1 k=2}')
    expect(attributes.pairs).toHaveLength(2)
    expect(attributeValue(attributes, 'k')).toBe('1')
    expect(attributeValue(attributes, 'missing')).toBeUndefined()
    expect(hasClass(read('{.x}').attributes, 'x')).toBe(true)
    expect(hasClass(attributes, 'x')).toBe(false)
  })

  it('allows one line ending between attributes and inside quotes (read as a space)', () => {
    const { attributes } = read('{.a\n  .b title="one\r\ntwo"}')
    expect(attributes.classes).toEqual(['a', 'b'])
    expect(attributes.pairs[0]?.value).toBe('one two')
  })

  it('stops at a blank line', () => {
    expect(problem(parseAttributes('{.a\n\n.b}')).kind).toBe('unclosed-block')
    expect(problem(parseAttributes('{a="x\n  \ny"}'))).toEqual({ kind: 'unclosed-quote', offset: 3, subject: '`"`' })
  })

  it('reports malformed blocks with a kind, an offset and a subject', () => {
    expect(problem(parseAttributes('x'))).toMatchObject({ kind: 'not-a-block', offset: 0 })
    expect(problem(parseAttributes('{.a'))).toMatchObject({ kind: 'unclosed-block', offset: 0 })
    expect(problem(parseAttributes("{k='abc}"))).toMatchObject({ kind: 'unclosed-quote', offset: 3 })
    expect(problem(parseAttributes('{#1intro}'))).toEqual({ kind: 'bad-id', offset: 1, subject: '1intro' })
    expect(problem(parseAttributes('{. x}'))).toMatchObject({ kind: 'bad-class', offset: 1, subject: '' })
    expect(problem(parseAttributes('{.a smaller}'))).toEqual({ kind: 'bare-word', offset: 4, subject: 'smaller' })
    expect(problem(parseAttributes('{width = 3}'))).toEqual({ kind: 'spaced-equals', offset: 1, subject: 'width' })
    expect(problem(parseAttributes('{.a @}'))).toEqual({ kind: 'unexpected-character', offset: 4, subject: '@' })
    expect(problem(parseAttributes('{a="x"b}'))).toEqual({ kind: 'unexpected-character', offset: 6, subject: 'b' })
  })

  it('describes every problem in words that say what to write', () => {
    expect(describeAttributeProblem({ kind: 'bare-word', offset: 0, subject: 'smaller' })).toContain('`.smaller`')
    expect(describeAttributeProblem({ kind: 'bad-id', offset: 0, subject: '1x' })).toContain('must start with a letter')
    expect(describeAttributeProblem({ kind: 'spaced-equals', offset: 0, subject: 'w' })).toContain('`w=value`')
    expect(describeAttributeProblem({ kind: 'unclosed-block', offset: 0, subject: '{' })).toContain('never closed')
  })

  it('reads a 1 MB value, quoted and unquoted, whole', () => {
    const big = 'x'.repeat(1024 * 1024)
    expect(read(`{a="${big}"}`).attributes.pairs[0]?.value.length).toBe(big.length)
    expect(read(`{a=${big}}`).attributes.pairs[0]?.value.length).toBe(big.length)
    const escaped = String.raw`\"`.repeat(200_000)
    expect(read(`{a="${escaped}"}`).attributes.pairs[0]?.value).toBe('"'.repeat(200_000))
    expect(problem(parseAttributes(`{a="${big}`)).kind).toBe('unclosed-quote')
  })
})

describe('trailingAttributes', () => {
  it('finds the block that ends a heading, with trailing spaces', () => {
    const text = 'Results {#res .smaller}  '
    const result = trailingAttributes(text)
    expect(result?.ok).toBe(true)
    if (result?.ok !== true) return
    expect(text.slice(0, result.start)).toBe('Results ')
    expect(result.attributes.classes).toEqual(['smaller'])
  })

  it('is null when the text does not end in a brace', () => {
    expect(trailingAttributes('Plain title')).toBeNull()
    expect(trailingAttributes('{.a} then text')).toBeNull()
  })

  it('skips braces inside quoted values', () => {
    const result = trailingAttributes('Set {a} theory {title="x {y}"}')
    expect(result?.ok && result.attributes.pairs[0]?.value).toBe('x {y}')
  })

  it('reports the rightmost candidate when none reads', () => {
    expect(problem(trailingAttributes('Title {smaller}'))).toEqual({ kind: 'bare-word', offset: 7, subject: 'smaller' })
  })

  it('stays fast on a line of many braces', () => {
    const text = '{a=b'.repeat(100_000) + '}'
    // Only the last 32 candidates are tried: each reads one value to the end.
    expect(trailingAttributes(text)?.ok).toBe(true)
  })
})

describe('parseRawAttribute', () => {
  it('reads {=format} with optional spaces', () => {
    expect(parseRawAttribute('{=html}')).toEqual({ format: 'html', end: 7 })
    expect(parseRawAttribute('x{ =open-xml }', 1)).toEqual({ format: 'open-xml', end: 14 })
  })

  it('is null for ordinary attributes and malformed raw blocks', () => {
    expect(parseRawAttribute('{.html}')).toBeNull()
    expect(parseRawAttribute('{=}')).toBeNull()
    expect(parseRawAttribute('{=html .x}')).toBeNull()
  })
})
