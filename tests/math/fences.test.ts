import JSZip from 'jszip'
import type { Element } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { describe, expect, it } from 'vitest'
import { pdfPageTexts, pptxToPdf } from '../support/libreoffice.js'
import { validatePptx } from '../support/ooxml-schema.js'
import { buildMathDeck } from './build-math.js'
import { elements, textOf } from '../support/xast.js'

/**
 * Brackets around a sub- or superscripted group are one delimiter object
 * (`m:d`) with the script on the whole group, as Word and PowerPoint write
 * them; LibreOffice drew a lone `)` with a superscript as `¿¿`.
 */

const part = (node: Element, name: string): Element | undefined => node.children.find((child): child is Element => child.type === 'element' && child.name === name)
const kids = (node: Element | undefined): Element[] => node?.children.filter((child): child is Element => child.type === 'element') ?? []
/** A delimiter object's characters and its content's text, as `(a+b)`. */
const shown = (d: Element): string => {
  const properties = part(d, 'm:dPr')
  const char = (name: string): string => String((properties === undefined ? undefined : part(properties, name))?.attributes['m:val'] ?? '')
  const inner = part(d, 'm:e')
  return `${char('m:begChr')}${inner === undefined ? '' : textOf(inner)}${char('m:endChr')}`
}

const { pptx, messages } = await buildMathDeck('fences.md')
const zip = await JSZip.loadAsync(pptx)
const slide = fromXml(await (zip.file('ppt/slides/slide2.xml')?.async('string') ?? Promise.resolve('')))
const equations = elements(slide, 'a14:m')
const equation = (i: number): Element => {
  const found = equations[i]
  if (found === undefined) throw new Error(`no equation ${i} on the slide`)
  return found
}

describe('brackets in Office Math', () => {
  it('the deck builds without messages, one equation per formula', () => {
    expect(messages).toEqual([])
    expect(equations.length).toBe(4)
  })

  it('(a+b)^2: the superscript sits on the group in parentheses', () => {
    const [square] = elements(equation(0), 'm:sSup')
    const base = kids(square === undefined ? undefined : part(square, 'm:e'))
    expect(base.map((node) => node.name)).toEqual(['m:d'])
    expect(base.map(shown)).toEqual(['(a+b)'])
    expect(textOf(part(square ?? equation(0), 'm:sup') ?? equation(0))).toBe('2')
  })

  it('\\left( \\frac{1}{2} \\right): a fraction inside one delimiter object; [x]_i and |x| beside it', () => {
    const delimiters = elements(equation(1), 'm:d')
    expect(delimiters.map(shown)).toEqual(['(12)', '[x]', '|x|'])
    expect(kids(part(delimiters[0] ?? equation(1), 'm:e')).map((node) => node.name)).toEqual(['m:f'])
    const [sub] = elements(equation(1), 'm:sSub')
    expect(kids(sub === undefined ? undefined : part(sub, 'm:e')).map(shown)).toEqual(['[x]'])
    expect(textOf(part(sub ?? equation(1), 'm:sub') ?? equation(1))).toBe('i')
  })

  it('\\sum (x_i-\\bar{x})^2: the squared group, whole, is the sum’s operand', () => {
    const [sum] = elements(equation(2), 'm:nary')
    const operand = kids(sum === undefined ? undefined : part(sum, 'm:e'))
    expect(operand.map((node) => node.name)).toEqual(['m:sSup'])
    const [group] = kids(part(operand[0] ?? equation(2), 'm:e'))
    expect(group?.name).toBe('m:d')
    expect(group === undefined ? '' : shown(group)).toBe('(xi−x)')
    // Nothing of the formula is left outside the sum.
    expect(kids(elements(equation(2), 'm:oMath')[0]).map((node) => node.name)).toEqual(['m:nary'])
  })

  it('a half-open interval and a set pair their own brackets', () => {
    expect(elements(equation(3), 'm:d').map(shown)).toEqual(['[0,1)', '{x∣x>0}'])
  })

  it('no bracket is left as a run of its own', () => {
    const lone = equations.flatMap((node) => elements(node, 'm:r')).map(textOf).filter((text) => /^[()[\]{}|]$/.test(text))
    expect(lone).toEqual([])
  })

  it('every part passes the schema check', async () => {
    expect((await validatePptx(pptx)).failures).toEqual([])
  }, 60_000)

  it('LibreOffice draws every formula without its error marks (¿)', () => {
    const pdf = pptxToPdf(pptx, 'fences')
    const pages = pdfPageTexts(pdf)
    expect(pages.length).toBe(2)
    expect(pages[1]).not.toContain('¿')
  }, 180_000)
})
