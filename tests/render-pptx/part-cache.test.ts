import { describe, expect, it } from 'vitest'
import { samePlain } from '../../src/render/pptx/part-cache.js'

/** The part cache reuses a part only when its slide's plan is the same data: what counts as the same. */
describe('samePlain', () => {
  it('compares plain data in full, keys in any order', () => {
    expect(samePlain({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true)
    expect(samePlain({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'y' }] })).toBe(false)
    expect(samePlain([1, 2], [1, 2, 3])).toBe(false)
    expect(samePlain({ a: [] }, { a: {} })).toBe(false)
  })

  it('tells apart what JSON would not: an absent key from an undefined one, NaN from Infinity, −0 from 0', () => {
    expect(samePlain({ a: undefined }, {})).toBe(false)
    expect(samePlain({ x: Number.NaN }, { x: Number.NaN })).toBe(true)
    expect(samePlain({ x: Number.NaN }, { x: Number.POSITIVE_INFINITY })).toBe(false)
    expect(samePlain(-0, 0)).toBe(false)
  })

  it('compares byte arrays (an SVG picture’s) by their bytes', () => {
    expect(samePlain({ svg: new Uint8Array([1, 2, 3]) }, { svg: new Uint8Array([1, 2, 3]) })).toBe(true)
    expect(samePlain({ svg: new Uint8Array([1, 2, 3]) }, { svg: new Uint8Array([1, 2, 4]) })).toBe(false)
    expect(samePlain({ svg: new Uint8Array([1, 2, 3]) }, { svg: [1, 2, 3] })).toBe(false)
  })
})
