import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadFaceSet } from '../../src/layout/font-metrics.js'
import { breakText } from '../../src/layout/measure.js'
import { preparedInlines } from '../../src/layout/runs.js'
import { layoutTestTheme } from '../support/theme.js'
import { agreementCases } from './agreement-corpus.js'
import { chromiumLineCounts } from './chromium-lines.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'

const theme = layoutTestTheme()
const CASES = 400

describe('line breaking agrees with Chromium', () => {
  it(`predicts the line count of ${CASES} generated paragraphs as Chromium renders them`, async () => {
    // No skip: without Chromium this test must fail, since fit rests on the agreement.
    expect(existsSync('/usr/bin/chromium'), 'Chromium is missing at /usr/bin/chromium: apt-get install chromium').toBe(true)
    const cases = agreementCases(CASES, 20261125)
    const fonts = { text: loadFaceSet(theme.fonts.body, createLayoutCache()), mono: loadFaceSet(theme.fonts.mono, createLayoutCache()) }
    const predicted = cases.map((c) => breakText(preparedInlines(c.inlines, fonts, { bold: false, italic: false }), c.size, c.width).length)
    const rendered = await chromiumLineCounts(theme.fonts.body, cases, { lineSpacing: theme.lineSpacing })
    expect(rendered).toHaveLength(cases.length)
    const agree = predicted.filter((p, i) => p === rendered[i]).length
    const share = agree / cases.length
    const worst = Math.max(...rendered.map((r, i) => r - (predicted[i] ?? 0)))
    const lines = rendered.reduce((a, b) => a + b, 0)
    console.info(`layout/Chromium line-count agreement: ${agree}/${cases.length} paragraphs (${(share * 100).toFixed(2)} %), ${lines} lines rendered`)
    expect(share).toBeGreaterThanOrEqual(0.99)
    // Predicting fewer lines than the browser draws would let text overflow the slide.
    expect(worst).toBeLessThanOrEqual(1)
    // The corpus must exercise wrapping, not just one-liners.
    expect(lines / cases.length).toBeGreaterThan(4)
  })
})
