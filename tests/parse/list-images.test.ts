import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { inlineText } from '../../src/model/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'

function parse(body: string): VFile {
  const file = new VFile({ path: 'deck.md', value: `---\ntitle: T\nlang: id\n---\n\n## S\n\n${body}` })
  const deck = deckFromMarkdown(file)
  if (!deck) throw new Error('does not parse')
  return file
}

describe('an image inside a list item, quote or footnote', () => {
  it.each([
    ['a list item, after text', '- Satu ![Peta wilayah](tidak-ada.png)\n- Dua\n', 8],
    ['a list item, alone', '- ![Peta wilayah](tidak-ada.png)\n', 8],
    ['a block quote, after text', '> Kutipan ![Peta wilayah](tidak-ada.png)\n', 8],
  ])('in %s gets one warning, saying it is shown as its alt text (not also that it becomes a figure)', (_where, body, line) => {
    const file = parse(body)
    const warnings = file.messages.filter((m) => m.line === line)
    expect(warnings.map((m) => m.ruleId)).toEqual(['unsupported-node'])
    expect(warnings[0]?.reason).toContain('shown as its alt text')
  })

  it('still says an image inside a paragraph of a slide moves after it as a figure', () => {
    const file = parse('Teks ![Peta wilayah](peta.png) lagi.\n')
    expect(file.messages.filter((m) => m.line === 8).map((m) => m.ruleId)).toEqual(['image-inline'])
  })

  it('shows the alt text in the item, so nothing is lost', () => {
    const file = new VFile({ path: 'deck.md', value: '---\ntitle: T\n---\n\n## S\n\n- Satu ![Peta wilayah](tidak-ada.png)\n' })
    const deck = deckFromMarkdown(file)
    const list = deck?.slides.flatMap((s) => (s.type === 'content' ? s.blocks : []))[0]
    const text = list?.type === 'list' ? list.children[0]?.children.map((c) => (c.type === 'paragraph' ? inlineText(c.children) : '')).join(' ') : ''
    expect(text).toContain('Satu')
    expect(text).toContain('Peta wilayah')
  })
})
