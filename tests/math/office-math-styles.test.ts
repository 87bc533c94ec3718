import type { Element } from 'xast'
import { x } from 'xastscript'
import { describe, expect, it } from 'vitest'
import { createTypesetter } from '../../src/parse/math/typeset.js'
import { officeMath } from '../../src/render/pptx/transforms/office-math.js'
import { elements, textOf } from '../support/xast.js'

/**
 * Text styles in Office Math: only the values the schema allows
 * (`ST_Style`: p, b, i, bi), upright names, and the letters of `\mathbb`
 * and friends as Unicode's mathematical letters.
 */

const typesetter = createTypesetter()

function equation(tex: string): Element {
  const result = typesetter.typeset(tex, false)
  if (result.type !== 'ok') throw new Error(result.reason)
  return officeMath(result.math.mathml, false, x('a:rPr'))
}

/** Each run's text with its style (`p` upright, `-` none). */
const runs = (node: Element): string[] =>
  elements(node, 'm:r').map((run) => `${textOf(elements(run, 'm:t')[0] ?? run)}:${String(elements(run, 'm:sty')[0]?.attributes['m:val'] ?? '-')}`)

describe('Office Math text styles', () => {
  it.each([String.raw`\Delta`, String.raw`\mathrm{d}x`, String.raw`\mathbb{R}`, String.raw`\mathcal{L}`, String.raw`\mathfrak{g}`, String.raw`\mathsf{A}`, String.raw`\mathtt{x}`, String.raw`\boldsymbol{\beta}`])(
    '%s: every m:sty is one the schema allows',
    (tex) => {
      const styles = elements(equation(tex), 'm:sty').map((sty) => sty.attributes['m:val'])
      for (const style of styles) expect(['p', 'b', 'i', 'bi']).toContain(style)
    },
  )

  it('upright capital Greek and \\mathrm are plain (m:sty p); a variable stays as Office slants it', () => {
    expect(runs(equation(String.raw`\Delta`))).toEqual(['Δ:p'])
    expect(runs(equation(String.raw`\mathrm{d}x`))).toEqual(['d:p', 'x:-'])
  })

  it('\\mathbb, \\mathcal, \\mathfrak letters become the mathematical letters Word writes', () => {
    expect(runs(equation(String.raw`\mathbb{R}`))).toEqual(['ℝ:p'])
    expect(runs(equation(String.raw`\mathbb{E}`))).toEqual(['𝔼:p'])
    expect(runs(equation(String.raw`\mathcal{L}`))).toEqual(['ℒ:p'])
    expect(runs(equation(String.raw`\mathfrak{g}`))).toEqual(['𝔤:p'])
  })

  it('bold and italic letters are math styles, never ordinary text with a style (the schema allows one of the two)', () => {
    expect(runs(equation(String.raw`\mathbf{A} + \boldsymbol{\beta}`))).toEqual(['A:b', '+:-', 'β:bi'])
    expect(elements(equation(String.raw`\mathbf{A}`), 'm:nor')).toEqual([])
    expect(runs(equation(String.raw`\text{if } x`))[0]).toMatch(/^if\s*:-$/)
    expect(elements(equation(String.raw`\text{if } x`), 'm:nor').length).toBe(1)
  })

  it('names of several letters (\\det, \\operatorname) are upright, products of variables are not', () => {
    expect(runs(equation(String.raw`\det A = ad`))).toEqual(['det:p', 'A=ad:-'])
    expect(runs(equation(String.raw`\operatorname{tr} M`))).toEqual(['tr:p', 'M:-'])
  })
})
