import { describe, expect, it } from 'vitest'
import { fontPackageVersion } from '../../src/layout/font-files.js'
import { knownWidths, loadFaceSet, measuredWidthCount, openedFontFiles, seedWidths, widthEm } from '../../src/layout/font-metrics.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'
import { layoutTestTheme } from '../support/theme.js'

// One cache for the file's cases, as the CLI keeps one for a run; nothing was measured or opened with it before.
const cache = createLayoutCache()
const theme = layoutTestTheme()
const font = theme.fonts.body
const regularKey = `${font.package}@${fontPackageVersion(font.package, cache)}|400|normal`

describe('seeded text widths (the CLI cache on disk)', () => {
  it('measures a seeded text without opening any font file, and gives the seeded width', () => {
    seedWidths(cache, { [regularKey]: { Pertahanan: 0.25, kerjasama: 0.125 } })
    const faces = loadFaceSet(font, cache)
    expect(widthEm(faces.regular, 'Pertahanan')).toBe(0.25)
    expect(widthEm(faces.regular, 'kerjasama')).toBe(0.125)
    expect(openedFontFiles(cache)).toBe(0)
    expect(measuredWidthCount(cache)).toBe(0)
  })

  it('opens the font for a text it does not know, and keeps that width for the cache', () => {
    const faces = loadFaceSet(font, cache)
    const width = widthEm(faces.regular, 'regional')
    expect(width).toBeGreaterThan(1)
    expect(openedFontFiles(cache)).toBeGreaterThan(0)
    expect(measuredWidthCount(cache)).toBe(1)
    expect(knownWidths(cache)[regularKey]).toMatchObject({ Pertahanan: 0.25, regional: width })
  })

  it('ignores entries that are not widths, and never overrides a width already known', () => {
    seedWidths(cache, { [regularKey]: { regional: 99, rusak: Number.NaN, minus: -1, teks: 'lebar' as unknown as number } })
    const known = knownWidths(cache)[regularKey] ?? {}
    expect(known.regional).not.toBe(99)
    expect(Object.keys(known)).not.toEqual(expect.arrayContaining(['rusak']))
    expect('minus' in known || 'teks' in known).toBe(false)
  })

  it('keeps faces of another font version apart', () => {
    seedWidths(cache, { [`${font.package}@0.0.1|400|normal`]: { lain: 0.5 } })
    const faces = loadFaceSet(font, cache)
    const opened = openedFontFiles(cache)
    expect(widthEm(faces.regular, 'lain')).not.toBe(0.5)
    expect(openedFontFiles(cache)).toBeGreaterThanOrEqual(opened)
  })

  it('keeps what one cache measured out of another', () => {
    const other = createLayoutCache()
    expect(knownWidths(other)).toEqual({})
    widthEm(loadFaceSet(font, other).regular, 'lain')
    expect(measuredWidthCount(other)).toBe(1)
    expect(Object.keys(knownWidths(other)[regularKey] ?? {})).toEqual(['lain'])
  })
})
