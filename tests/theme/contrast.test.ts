import { describe, expect, it } from 'vitest'
import { contrastPairs, contrastRatio, loadShippedTheme, shippedThemeNames, type Theme } from '../../src/theme/index.js'

function shipped(name: string): Theme {
  const result = loadShippedTheme(name)
  if (result.type !== 'ok') throw new Error(`${name} does not load: ${JSON.stringify(result)}`)
  return result.theme
}

describe('contrast ratio (WCAG 2.x)', () => {
  it('matches known values', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5)
    expect(contrastRatio('FFFFFF', 'FFFFFF')).toBeCloseTo(1, 5)
    // #777 on white is the classic just-failing grey (4.48:1).
    expect(contrastRatio('777777', 'FFFFFF')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('FFFFFF', '777777')).toBe(contrastRatio('777777', 'FFFFFF'))
  })
})

describe.each(shippedThemeNames())('theme %s', (name) => {
  const theme = shipped(name)
  const pairs = contrastPairs(theme)

  it('checks every text/background pair the outputs draw', () => {
    const labels = pairs.map((pair) => pair.label)
    for (const label of [
      'colors.text on colors.background', 'colors.title on colors.background', 'colors.muted on colors.background',
      'colors.link on colors.background', 'colors.codeText on colors.codeBackground',
      'colors.tableHeaderText on colors.tableHeaderBackground', 'colors.text on colors.tableRowBackground',
      'colors.text on colors.tableRowAltBackground', 'colors.bannerText on colors.bannerBackground',
      'colors.titleSlideText on colors.titleSlideBackground', 'colors.sectionText on colors.sectionBackground',
    ]) {
      expect(labels).toContain(label)
    }
    for (const token of Object.keys(theme.codeTokens)) expect(labels).toContain(`codeTokens.${token} on colors.codeBackground`)
  })

  it('sizes decide large text: 3:1 only at 24 pt and above', () => {
    for (const pair of pairs) expect(pair.minimum).toBe(pair.size >= 24 ? 3 : 4.5)
    const body = pairs.find((pair) => pair.label === 'colors.text on colors.background')
    expect(body?.minimum).toBe(4.5)
  })

  it.each(pairs.map((pair) => [pair.label, pair] as const))('%s passes WCAG AA', (_label, pair) => {
    const ratio = contrastRatio(pair.foreground, pair.background)
    expect(ratio, `${pair.foreground} on ${pair.background} at ${pair.size} pt`).toBeGreaterThanOrEqual(pair.minimum)
  })
})
