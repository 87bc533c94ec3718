import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { fontSubsetFiles } from '../../src/layout/font-files.js'
import { loadFaceSet, widthEm } from '../../src/layout/font-metrics.js'
import { breakText, prepareText, textWidth, type LineItem } from '../../src/layout/measure.js'
import { layoutTestTheme } from '../support/theme.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'

const theme = layoutTestTheme()
const carlito = loadFaceSet(theme.fonts.body, createLayoutCache())

function lines(items: LineItem[], size: number, width: number): string[] {
  return breakText(prepareText(items), size, width).map((line) => line.text)
}

function plain(value: string): LineItem {
  return { type: 'text', text: value, face: carlito.regular }
}

describe('text width', () => {
  it('measures Carlito "Hello" at 22 pt like the font file says', () => {
    // Independently: the latin woff2 opened here, advances summed from the hmtx table.
    const file = fontSubsetFiles(theme.fonts.body, { weight: 400, style: 'normal' }, createLayoutCache()).find((f) => f.subset === 'latin')
    if (!file) throw new Error('no latin subset')
    const font = fontkit.create(Buffer.from(file.woff2)) as fontkit.Font
    const expected = (font.glyphsForString('Hello').reduce((sum, g) => sum + g.advanceWidth, 0) / font.unitsPerEm) * 22
    expect(expected).toBeCloseTo(46.35, 2)
    expect(textWidth(carlito.regular, 'Hello', 22)).toBeCloseTo(expected, 3)
  })

  it('applies GPOS kerning (AV is narrower than A plus V)', () => {
    expect(widthEm(carlito.regular, 'AV')).toBeLessThan(widthEm(carlito.regular, 'A') + widthEm(carlito.regular, 'V'))
  })

  it('measures bold wider than regular and scales with the size', () => {
    expect(textWidth(carlito.bold, 'kerjasama', 20)).toBeGreaterThan(textWidth(carlito.regular, 'kerjasama', 20))
    expect(textWidth(carlito.regular, 'kerjasama', 40)).toBeCloseTo(2 * textWidth(carlito.regular, 'kerjasama', 20), 6)
  })

  it('gives a character no subset has a width instead of failing', () => {
    expect(widthEm(carlito.regular, '\u{1F600}')).toBeGreaterThan(0)
    expect(widthEm(carlito.regular, '中')).toBeGreaterThan(0)
  })

  it('measures latin-ext letters from their own subset file', () => {
    expect(widthEm(carlito.regular, 'ā')).toBeGreaterThan(0.3)
  })
})

describe('line breaking', () => {
  it('breaks at spaces and lets trailing spaces hang', () => {
    const oneWord = textWidth(carlito.regular, 'kapal besar', 20)
    expect(lines([plain('kapal besar  ')], 20, oneWord)).toEqual(['kapal besar'])
    expect(lines([plain('kapal besar')], 20, oneWord - 0.1)).toEqual(['kapal', 'besar'])
  })

  it('collapses white space across runs, newlines included', () => {
    expect(lines([plain('kapal \n'), { type: 'text', text: '  besar', face: carlito.bold }], 20, 1000)).toEqual(['kapal besar'])
  })

  it('breaks a word longer than the line between characters', () => {
    const word = 'pertanggungjawabannyalah'
    const result = lines([plain(`di ${word} ini`)], 20, textWidth(carlito.regular, word, 20) / 2)
    expect(result[0]).toBe('di')
    expect(result.join('').replace(/ /g, '')).toBe(`di${word}ini`)
    expect(result.length).toBeGreaterThanOrEqual(4)
  })

  it('starts a new line at a hard break; a break at the end adds none', () => {
    expect(lines([plain('satu'), { type: 'break' }, plain('dua')], 20, 1000)).toEqual(['satu', 'dua'])
    expect(lines([plain('satu'), { type: 'break' }], 20, 1000)).toEqual(['satu'])
    expect(lines([{ type: 'break' }, plain('dua')], 20, 1000)).toEqual(['', 'dua'])
  })

  it('breaks after a hyphen inside a word', () => {
    const width = textWidth(carlito.regular, 'negara-', 20) + 1
    expect(lines([plain('negara-negara')], 20, width)).toEqual(['negara-', 'negara'])
  })

  it('does not start a line with a comma after a space', () => {
    const width = textWidth(carlito.regular, 'kapal ,besar', 20) + 1
    expect(lines([plain('ini kapal ,besar')], 20, width)).toEqual(['ini', 'kapal ,besar'])
  })

  it('breaks CJK text between any two characters, not before a closing mark', () => {
    const one = widthEm(carlito.regular, '中') * 20
    const result = lines([plain('中文字。中')], 20, one * 2 + 0.01)
    expect(result).toEqual(['中文', '字。', '中'])
  })

  it('measures mixed bold and regular runs as one word where they touch', () => {
    const items: LineItem[] = [plain('kerja'), { type: 'text', text: 'sama militer', face: carlito.bold }]
    const word = textWidth(carlito.regular, 'kerja', 20) + textWidth(carlito.bold, 'sama', 20)
    expect(lines(items, 20, word + 0.01)).toEqual(['kerjasama', 'militer'])
    expect(breakText(prepareText(items), 20, word + 0.01)[0]?.width).toBeCloseTo(word, 6)
  })
})
