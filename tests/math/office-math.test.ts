import JSZip from 'jszip'
import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { describe, expect, it } from 'vitest'
import { validatePptx } from '../support/ooxml-schema.js'
import { buildMathDeck, MATH_DECKS } from './build-math.js'
import { elements, textOf } from '../support/xast.js'

/**
 * The PPTX holds native, editable equations: the OMML read back from the
 * slides has the structure of each construct the fixture decks write.
 */

async function slides(pptx: Uint8Array): Promise<Root[]> {
  const zip = await JSZip.loadAsync(pptx)
  const names = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
  return Promise.all(names.map(async (name) => fromXml(await (zip.file(name)?.async('string') ?? Promise.resolve('')))))
}

/** Every equation (`a14:m`) of a deck, with its OMML text. */
async function equations(pptx: Uint8Array): Promise<Element[]> {
  return (await slides(pptx)).flatMap((slide) => elements(slide, 'a14:m'))
}

const id = await buildMathDeck('matematika.md')
const en = await buildMathDeck('math-en.md')
const all = [...(await equations(id.pptx)), ...(await equations(en.pptx))]
const withText = (needle: string): Element[] => all.filter((equation) => textOf(equation).includes(needle))

describe('OMML read back per construct', () => {
  it('writes one equation per formula of the decks', () => {
    // 17 formulas on the Indonesian deck's slides (the one in its notes stays TeX), 9 on the English one's.
    expect(all.length).toBe(26)
  })

  it('fraction: m:f with numerator and denominator', () => {
    const [fraction] = withText('k').flatMap((equation) => elements(equation, 'm:f'))
    expect(fraction).toBeDefined()
    if (fraction === undefined) return
    expect(elements(fraction, 'm:num').map(textOf)).toEqual(['k'])
    expect(elements(fraction, 'm:den').map(textOf)).toEqual(['n'])
  })

  it('sum with limits: m:nary ∑ with limits under and over, and its operand inside', () => {
    const sums = all.flatMap((equation) => elements(equation, 'm:nary')).filter((nary) => elements(nary, 'm:chr')[0]?.attributes['m:val'] === '∑')
    const display = sums.find((nary) => elements(nary, 'm:limLoc')[0]?.attributes['m:val'] === 'undOvr' && textOf(elements(nary, 'm:sub')[0] ?? nary) === 'i=1')
    expect(display).toBeDefined()
    if (display === undefined) return
    const part = (name: string): Element | undefined => display.children.find((child): child is Element => child.type === 'element' && child.name === name)
    const sup = part('m:sup')
    expect(sup === undefined ? '' : textOf(sup)).toBe('n')
    const operand = part('m:e')
    expect(operand === undefined ? '' : textOf(operand)).not.toBe('')
  })

  it('sub- and superscripts: m:sSub, m:sSup and m:sSubSup', () => {
    const sub = withText('Pt=P0').flatMap((equation) => elements(equation, 'm:sSub'))
    expect(sub.map((node) => textOf(node))).toEqual(['Pt', 'P0'])
    // (1 + r)^t: the superscript on the whole group in parentheses (a delimiter object, see fences.test.ts).
    const powers = withText('P0').flatMap((equation) => elements(equation, 'm:sSup'))
    expect(powers.map((power) => elements(power, 'm:d').map(textOf).join('') + '^' + textOf(elements(power, 'm:sup')[0] ?? power))).toEqual(['1+r^t'])
    const both = all.flatMap((equation) => elements(equation, 'm:sSubSup')).map(textOf)
    expect(both).toContain('xi,j2')
  })

  it('roots: m:rad, with a degree for a cube root and a hidden one for a square root', () => {
    const roots = all.flatMap((equation) => elements(equation, 'm:rad'))
    const cube = roots.find((root) => elements(root, 'm:deg').map(textOf).join('') === '3')
    expect(cube === undefined ? '' : textOf(cube)).toBe('3x')
    expect(roots.some((root) => textOf(root).startsWith('α2+β2'))).toBe(true)
  })

  it('matrices: m:m with two rows of two cells, in parentheses', () => {
    const [matrix] = all.flatMap((equation) => elements(equation, 'm:m'))
    expect(matrix).toBeDefined()
    if (matrix === undefined) return
    expect(elements(matrix, 'm:mr').map((row) => elements(row, 'm:e').map(textOf))).toEqual([['a', 'b'], ['c', 'd']])
  })

  it('Greek letters and operators as their Unicode characters', () => {
    const greek = withText('α,β,γ,Δ,Ω')
    expect(greek.length).toBe(1)
    const operators = all.map(textOf).join(' ')
    for (const operator of ['×', '÷', '±', '≠', '∞', '→', '−']) expect(operators).toContain(operator)
    // Large operators keep theirs in m:naryPr.
    const large = all.flatMap((equation) => elements(equation, 'm:chr')).map((chr) => chr.attributes['m:val'])
    expect(large).toContain('∫')
    expect(withText('k≤n').length).toBe(1)
  })

  it('every math run carries the size and colour of the text it replaces, in Cambria Math', () => {
    const runs = all.flatMap((equation) => elements(equation, 'm:r'))
    expect(runs.length).toBeGreaterThan(50)
    for (const run of runs) {
      const properties = elements(run, 'a:rPr')[0]
      expect(properties?.attributes['sz']).toMatch(/^\d+$/)
      // The theme's text colour, as the replaced run had it (a scheme or an RGB colour).
      const fill = elements(properties ?? run, 'a:solidFill')[0]
      expect(fill?.children.filter((child) => child.type === 'element').map((child) => (child.type === 'element' ? child.name : ''))).toEqual([
        expect.stringMatching(/^a:(schemeClr|srgbClr)$/),
      ])
      expect(elements(properties ?? run, 'a:latin')[0]?.attributes['typeface']).toBe('Cambria Math')
    }
  })
})

describe('how the equations are wrapped', () => {
  it('as PowerPoint writes them: a shape in mc:AlternateContent, equations in the Choice, text in the Fallback', async () => {
    for (const slide of await slides(en.pptx)) {
      for (const alternate of elements(slide, 'mc:AlternateContent')) {
        const [choice] = elements(alternate, 'mc:Choice')
        const [fallback] = elements(alternate, 'mc:Fallback')
        expect(choice?.attributes['Requires']).toMatch(/^a14( p14)?$/)
        expect(elements(choice ?? alternate, 'a14:m').length).toBeGreaterThan(0)
        expect(elements(fallback ?? alternate, 'a14:m')).toEqual([])
        // The fallback shows the formula as text, never its TeX.
        expect(elements(fallback ?? alternate, 'a:t').map(textOf).join('')).not.toMatch(/\\[a-z]/)
      }
    }
  })

  it('display formulas only require a14 (LibreOffice imports them as formula objects); shapes with formulas in text add p14', async () => {
    const requires = (await slides(en.pptx)).flatMap((slide) => elements(slide, 'mc:Choice')).map((choice) => {
      const name = elements(choice, 'p:cNvPr')[0]?.attributes['name'] ?? ''
      return `${String(name).split(' ')[0] ?? ''}:${String(choice.attributes['Requires'])}`
    })
    expect(new Set(requires)).toEqual(new Set(['Text:a14 p14', 'Math:a14', 'Table:a14 p14']))
  })

  it.each(MATH_DECKS)('%s: every part passes the schema check (Markup Compatibility processed)', async (name) => {
    const { pptx } = name === 'matematika.md' ? id : en
    const report = await validatePptx(pptx)
    expect(report.checked.filter((part) => part.startsWith('ppt/slides/slide')).length).toBeGreaterThan(2)
    expect(report.failures).toEqual([])
  }, 60_000)

  it('both decks build without messages: nothing overflows, nothing is rejected', () => {
    expect(id.messages).toEqual([])
    expect(en.messages).toEqual([])
  })
})
