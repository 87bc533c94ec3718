import JSZip from 'jszip'
import type { Element } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { describe, expect, it } from 'vitest'
import { validatePptx } from '../support/ooxml-schema.js'
import { buildMathDeck } from './build-math.js'
import { elements, textOf } from '../support/xast.js'

const isTitle = (shape: Element): boolean => elements(shape, 'p:ph').some((ph) => ph.attributes['type'] === 'title')

const { pptx } = await buildMathDeck('title-math.md')
const slide = fromXml(await ((await JSZip.loadAsync(pptx)).file('ppt/slides/slide2.xml')?.async('string') ?? Promise.resolve('')))

describe('formulas in a slide title, in the PPTX', () => {
  it('are equations in the title placeholder, wrapped as PowerPoint writes them', () => {
    const [wrapped] = elements(slide, 'mc:AlternateContent').filter((node) => elements(node, 'p:sp').some(isTitle))
    expect(wrapped).toBeDefined()
    if (wrapped === undefined) return
    const [choice] = elements(wrapped, 'mc:Choice')
    const equations = choice === undefined ? [] : elements(choice, 'a14:m')
    expect(equations.map(textOf)).toEqual(['σ2', 'x'])
    // \bar{x}: the bar over the base itself, with no empty script box (mathml2omml writes one; LibreOffice showed ¿¿).
    const bar = equations[1] === undefined ? [] : elements(equations[1], 'm:bar')
    expect(bar).toHaveLength(1)
    expect(equations[1] === undefined ? [''] : elements(equations[1], 'm:sSup')).toEqual([])
    expect(choice?.attributes['Requires']).toBe('a14 p14')
  })

  it('show plain text, never TeX, to readers without equations (the fallback)', () => {
    const [fallback] = elements(slide, 'mc:Fallback').filter((node) => elements(node, 'p:sp').some(isTitle))
    const title = fallback === undefined ? '' : textOf(fallback)
    expect(title).toContain('Variance σ')
    expect(title).not.toMatch(/\\|\$|\^|\{/)
  })

  it('pass the schema check', async () => {
    expect((await validatePptx(pptx)).failures).toEqual([])
  }, 60_000)
})
