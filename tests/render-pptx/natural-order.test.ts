import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { naturalOrder } from '../../src/render/pptx/natural-order.js'

const collator = new Intl.Collator('en', { numeric: true })
const sign = (n: number): number => Math.sign(n)

describe('naturalOrder (part paths, as the ICU collator orders them, mostly without one)', () => {
  it('orders numbers by value', () => {
    const paths = ['ppt/media/image-2-10.png', 'ppt/media/image-2-9.png', 'ppt/media/image-10-1.png', 'ppt/media/image-2-1.png']
    expect([...paths].sort(naturalOrder)).toEqual(['ppt/media/image-2-1.png', 'ppt/media/image-2-9.png', 'ppt/media/image-2-10.png', 'ppt/media/image-10-1.png'])
    expect(['ppt/slides/slide11.xml', 'ppt/slides/slide2.xml', 'ppt/slides/_rels/slide1.xml.rels'].sort(naturalOrder)).toEqual([
      'ppt/slides/_rels/slide1.xml.rels',
      'ppt/slides/slide2.xml',
      'ppt/slides/slide11.xml',
    ])
  })

  it('agrees with Intl.Collator on paths of letters, digits and / . _ - (both cases, leading zeros, prefixes)', () => {
    const path = fc.string({ unit: fc.constantFrom(...'aAbBmZz00190_-./'.split('')), maxLength: 10 })
    fc.assert(
      fc.property(path, path, (a, b) => {
        expect(sign(naturalOrder(a, b)), `${a} vs ${b}`).toBe(sign(collator.compare(a, b)))
      }),
      { numRuns: 20_000 },
    )
  })

  it('agrees with Intl.Collator on any other text (where it asks the collator)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(sign(naturalOrder(a, b))).toBe(sign(collator.compare(a, b)))
      }),
      { numRuns: 2_000 },
    )
    expect(sign(naturalOrder('[Content_Types].xml', '_rels/.rels'))).toBe(sign(collator.compare('[Content_Types].xml', '_rels/.rels')))
    expect(sign(naturalOrder('ppt/média/b', 'ppt/media/a'))).toBe(sign(collator.compare('ppt/média/b', 'ppt/media/a')))
  })
})
