import { relative } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck, type BuildDeckResult } from '../../src/build/index.js'
import { bannerColorsOf, contrastRatio, loadShippedTheme, resolveTheme, shippedThemeNames, type ThemeResult } from '../../src/theme/index.js'
import { findAll, readPptx } from '../support/pptx.js'
import { loadedTheme, memoryContentFolder } from '../support/theme.js'

function brand(yaml: string): ThemeResult {
  return resolveTheme('./brand', memoryContentFolder({ 'brand/theme.yaml': `extends: formal\n${yaml}` }))
}

const levels = {
  UNCLASSIFIED: '007A33',
  CONFIDENTIAL: '0033A0',
  SECRET: 'C8102E',
  'TOP SECRET': 'FF8C00',
  'TIDAK RAHASIA': '007A33',
  TERBATAS: '0033A0',
  RAHASIA: 'C8102E',
  'SANGAT RAHASIA': 'FF8C00',
} as const

describe('banner colours by marking level', () => {
  it.each(shippedThemeNames())('gives the common levels their colour code in %s, each text passing WCAG AA', (name) => {
    const theme = loadedTheme(loadShippedTheme(name))
    for (const [marking, background] of Object.entries(levels)) {
      const colors = bannerColorsOf(theme, marking)
      expect(colors.background, marking).toBe(background)
      expect(contrastRatio(colors.text, colors.background), marking).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('matches the longest level a marking starts with as a word, in any case and spacing', () => {
    const theme = loadedTheme(loadShippedTheme('formal'))
    expect(bannerColorsOf(theme, 'secret//noforn').background).toBe('C8102E')
    expect(bannerColorsOf(theme, 'TOP  SECRET//SCI').background).toBe('FF8C00')
    expect(bannerColorsOf(theme, 'Sangat Rahasia').background).toBe('FF8C00')
    expect(bannerColorsOf(theme, 'SECRETARIAT ONLY')).toEqual({ background: theme.colors.bannerBackground, text: theme.colors.bannerText })
    expect(bannerColorsOf(theme, 'INTERNAL')).toEqual({ background: theme.colors.bannerBackground, text: theme.colors.bannerText })
  })

  it('lets theme.yaml override a level and add one, and reports bad entries at their place', () => {
    const theme = loadedTheme(brand('classification:\n  secret: { background: "800000" }\n  INTERNAL: { background: "374151", text: FFFFFF }\n'))
    expect(bannerColorsOf(theme, 'SECRET')).toEqual({ background: '800000', text: 'FFFFFF' })
    expect(bannerColorsOf(theme, 'internal')).toEqual({ background: '374151', text: 'FFFFFF' })
    expect(bannerColorsOf(theme, 'UNCLASSIFIED').background).toBe('007A33')
    const bad = brand('classification:\n  INTERNAL: { background: "374151" }\n  SECRET: { fill: "000000" }\n')
    expect(bad.type).toBe('invalid')
    if (bad.type !== 'invalid') return
    expect(bad.detail).toContain('brand/theme.yaml:3:13: classification.INTERNAL must set both background and text')
    expect(bad.detail).toContain('brand/theme.yaml:4:13: unknown key classification.SECRET.fill; the keys here are background, text')
  })
})

async function build(classification: string): Promise<BuildDeckResult> {
  const markdown = `---\ntitle: Uji\nclassification: ${classification}\n---\n\n## Isi\n\nSatu dua tiga.\n`
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  const themeContext = { contentDir: '/deck', readFile: () => null, displayPath: (p: string) => relative('/deck', p) }
  return buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext }, async () => null)
}

describe('the banner in both outputs', () => {
  it.each([
    ['UNCLASSIFIED', '007A33', 'FFFFFF'],
    ['TIDAK RAHASIA', '007A33', 'FFFFFF'],
    ['TOP SECRET', 'FF8C00', '000000'],
  ])('draws %s on %s in both outputs', async (marking, background, text) => {
    const { outputs, laidOut } = await build(marking)
    expect(laidOut?.chrome.bannerTop).toMatchObject({ background, color: text })
    const banners = selectAll('.layar-banner', fromHtml(outputs!.html!))
    expect(banners.length).toBeGreaterThan(0)
    for (const banner of banners) expect(String(banner.properties['style'])).toContain(`background:#${background};color:#${text}`)

    const pkg = await readPptx(outputs!.pptx!)
    // The chrome is drawn once per master (the slide layouts, today); wherever it lives, its fill is there.
    const parts = pkg.paths.filter((p) => /^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/.test(p))
    const fills = parts.flatMap((part) => findAll(pkg.xml(part), 'a:srgbClr').map((c) => c.attrs['val']))
    expect(fills).toContain(background)
    expect(fills).not.toContain('9B1C1C')
  })
})
