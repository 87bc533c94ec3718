import { describe, expect, it } from 'vitest'
import { fontPackageVersion } from '../../src/layout/font-files.js'
import { knownWidths, loadFaceSet, measuredWidthCount, openedFontFiles, seedWidths, widthEm } from '../../src/layout/font-metrics.js'
import { fontkitLoaded } from '../../src/layout/fontkit-module.js'
import { layoutTestTheme } from '../support/theme.js'

// vitest runs each test file in a fresh module graph, so nothing was measured or opened before this file.
const theme = layoutTestTheme()
const font = theme.fonts.body
const regularKey = `${font.package}@${fontPackageVersion(font.package)}|400|normal`

describe('seeded text widths (the CLI cache on disk)', () => {
  it('measures a seeded text without opening any font file, and gives the seeded width', () => {
    seedWidths({ [regularKey]: { Pertahanan: 0.25, kerjasama: 0.125 } })
    const faces = loadFaceSet(font)
    expect(widthEm(faces.regular, 'Pertahanan')).toBe(0.25)
    expect(widthEm(faces.regular, 'kerjasama')).toBe(0.125)
    expect(openedFontFiles()).toBe(0)
    expect(fontkitLoaded()).toBe(false)
    expect(measuredWidthCount()).toBe(0)
  })

  it('opens the font for a text it does not know, and keeps that width for the cache', () => {
    const faces = loadFaceSet(font)
    const width = widthEm(faces.regular, 'regional')
    expect(width).toBeGreaterThan(1)
    expect(openedFontFiles()).toBeGreaterThan(0)
    expect(fontkitLoaded()).toBe(true)
    expect(measuredWidthCount()).toBe(1)
    expect(knownWidths()[regularKey]).toMatchObject({ Pertahanan: 0.25, regional: width })
  })

  it('ignores entries that are not widths, and never overrides a width already known', () => {
    seedWidths({ [regularKey]: { regional: 99, rusak: Number.NaN, minus: -1, teks: 'lebar' as unknown as number } })
    const known = knownWidths()[regularKey] ?? {}
    expect(known.regional).not.toBe(99)
    expect(Object.keys(known)).not.toEqual(expect.arrayContaining(['rusak']))
    expect('minus' in known || 'teks' in known).toBe(false)
  })

  it('keeps faces of another font version apart', () => {
    seedWidths({ [`${font.package}@0.0.1|400|normal`]: { lain: 0.5 } })
    const faces = loadFaceSet(font)
    const opened = openedFontFiles()
    expect(widthEm(faces.regular, 'lain')).not.toBe(0.5)
    expect(openedFontFiles()).toBeGreaterThanOrEqual(opened)
  })
})
