import { relative } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck, type BuildDeckResult } from '../../src/build/index.js'
import { bannerColorsOf, contrastRatio, loadShippedTheme, resolveTheme, shippedThemeNames, type ThemeResult } from '../../src/theme/index.js'
import { toText } from 'hast-util-to-text'
import { findAll, paragraphTexts, readPptx, shapesOf } from '../support/pptx.js'
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

async function buildSource(markdown: string, theme: string | null = null): Promise<BuildDeckResult & { file: VFile }> {
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  const themeContext = { contentDir: '/deck', readFile: () => null, displayPath: (p: string) => relative('/deck', p) }
  const result = await buildDeck(file, { formats: ['html', 'pptx'], theme, sourceDateEpoch: 0, themeContext }, async () => null)
  return { ...result, file }
}

/** Each HTML slide's top and bottom banner: text and inline style. */
function htmlBanners(html: string): Array<Array<{ text: string; style: string }>> {
  return selectAll('.reveal > .slides > section', fromHtml(html)).map((section) =>
    selectAll('.layar-banner', section).map((banner) => ({ text: toText(banner), style: String(banner.properties['style']) })),
  )
}

/** Each PPTX slide's own banner shapes (drawn over the master's): name, text and fill. */
async function pptxSlideBanners(pptx: Uint8Array): Promise<Array<Array<{ name: string; text: string; fill: string | undefined; color: string | undefined }>>> {
  const pkg = await readPptx(pptx)
  return pkg.slides.map((slide) =>
    shapesOf(pkg.xml(slide))
      .filter((entry) => entry.name.startsWith('Classification Banner'))
      .map((entry) => {
        const spPr = findAll(entry.shape, 'p:spPr')[0]
        const run = findAll(entry.shape, 'a:rPr')[0]
        return {
          name: entry.name,
          text: paragraphTexts(entry.shape).join(''),
          fill: spPr === undefined ? undefined : findAll(spPr, 'a:srgbClr')[0]?.attrs['val'],
          color: run === undefined ? undefined : (findAll(run, 'a:srgbClr')[0] ?? findAll(run, 'a:schemeClr')[0])?.attrs['val'],
        }
      }),
  )
}

describe('a slide marked on its own (`classification=` on its heading)', () => {
  const deck = (attribute: string, classification = 'TERBATAS'): string =>
    `---\ntitle: Uji\nclassification: ${classification}\n---\n\n## Umum\n\nSatu dua tiga.\n\n## Khusus ${attribute}\n\nEmpat lima enam.\n\n## Umum lagi\n\nTujuh.\n`

  it.each([['{classification="RAHASIA"}'], ['{data-classification="RAHASIA"}'], ['{.smaller classification=RAHASIA}']])(
    'shows %s on that slide only, in RAHASIA red, in both outputs',
    async (attribute) => {
      const { outputs, laidOut, file } = await buildSource(deck(attribute))
      expect(file.messages.filter((m) => m.ruleId?.startsWith('slide-classification') || m.ruleId === 'attribute-ignored')).toEqual([])
      const slides = laidOut!.slides
      expect(slides.map((s) => (s.layout === 'title' ? undefined : s.banners?.top.text))).toEqual([undefined, undefined, 'RAHASIA', undefined])
      const html = htmlBanners(outputs!.html!)
      expect(html.map((banners) => banners.map((b) => b.text))).toEqual([
        ['TERBATAS', 'TERBATAS'],
        ['TERBATAS', 'TERBATAS'],
        ['RAHASIA', 'RAHASIA'],
        ['TERBATAS', 'TERBATAS'],
      ])
      for (const banner of html[2] ?? []) expect(banner.style).toContain('background:#C8102E;color:#FFFFFF')
      for (const banner of html[1] ?? []) expect(banner.style).toContain('background:#0033A0;color:#FFFFFF')

      const pptx = await pptxSlideBanners(outputs!.pptx!)
      expect(pptx.map((shapes) => shapes.length)).toEqual([0, 0, 2, 0])
      // White text: as RGB, or as the scheme's background colour (formal's is white) once the pipeline maps it.
      const white = expect.stringMatching(/^(FFFFFF|bg1)$/u)
      expect(pptx[2]).toEqual([
        { name: 'Classification Banner Top', text: 'RAHASIA', fill: 'C8102E', color: white },
        { name: 'Classification Banner Bottom', text: 'RAHASIA', fill: 'C8102E', color: white },
      ])
      // Exactly over the deck's banners, which the masters draw.
      expect(slides[2]?.layout !== 'title' && slides[2]?.banners?.top.box).toEqual(laidOut!.chrome.bannerTop?.box)
      expect(slides[2]?.layout !== 'title' && slides[2]?.banners?.bottom.box).toEqual(laidOut!.chrome.bannerBottom?.box)
    },
  )

  it('warns at the heading about a marking lower than the deck’s, and keeps the deck’s banners there', async () => {
    const { outputs, laidOut, file } = await buildSource(deck('{classification="BIASA"}', 'RAHASIA'))
    const warning = file.messages.find((m) => m.ruleId === 'slide-classification-lower')
    expect(warning).toMatchObject({ line: 10, fatal: false })
    expect(warning?.reason).toContain('`BIASA`, lower than the deck\'s `RAHASIA`')
    expect(laidOut!.slides.every((s) => s.layout === 'title' || s.banners === undefined)).toBe(true)
    expect(htmlBanners(outputs!.html!)[2]?.map((b) => b.text)).toEqual(['RAHASIA', 'RAHASIA'])
    expect((await pptxSlideBanners(outputs!.pptx!)).flat()).toEqual([])
  })

  it('warns that a deck without `classification:` cannot show a slide’s marking', async () => {
    const source = deck('{classification="SECRET"}').replace('classification: TERBATAS\n', '')
    const { outputs, file } = await buildSource(source)
    expect(file.messages.find((m) => m.ruleId === 'slide-classification-unmarked-deck')).toMatchObject({ line: 9 })
    expect(htmlBanners(outputs!.html!).flat()).toEqual([])
  })
})

describe.each(shippedThemeNames())('banners in theme %s', (theme) => {
  const source = `---\ntitle: Uji\nclassification: UNCLASSIFIED\n---\n\n## Umum\n\nSatu dua tiga.\n\n## Khusus {classification="TOP SECRET"}\n\nEmpat lima enam.\n`

  it('draws the deck’s marking and a slide’s own in their level colours, over the same boxes, in both outputs', async () => {
    const { outputs, laidOut, file } = await buildSource(source, theme)
    expect(file.messages.filter((m) => m.fatal !== undefined).map(String)).toEqual([])
    const html = htmlBanners(outputs!.html!)
    expect(html.map((banners) => banners.map((b) => b.text))).toEqual([
      ['UNCLASSIFIED', 'UNCLASSIFIED'],
      ['UNCLASSIFIED', 'UNCLASSIFIED'],
      ['TOP SECRET', 'TOP SECRET'],
    ])
    for (const banner of html[1] ?? []) expect(banner.style).toContain('background:#007A33;color:#FFFFFF')
    for (const banner of html[2] ?? []) expect(banner.style).toContain('background:#FF8C00;color:#000000')

    const pptx = await pptxSlideBanners(outputs!.pptx!)
    expect(pptx.map((shapes) => shapes.map((shape) => [shape.text, shape.fill]))).toEqual([
      [],
      [],
      [
        ['TOP SECRET', 'FF8C00'],
        ['TOP SECRET', 'FF8C00'],
      ],
    ])
    const pkg = await readPptx(outputs!.pptx!)
    const masters = pkg.paths.filter((p) => /^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/.test(p))
    expect(masters.flatMap((part) => findAll(pkg.xml(part), 'a:srgbClr').map((c) => c.attrs['val']))).toContain('007A33')
    // The slide's own banners lie exactly over the theme's, whose height differs between themes.
    const marked = laidOut!.slides[2]
    expect(marked?.layout !== 'title' && marked?.banners?.top.box).toEqual(laidOut!.chrome.bannerTop?.box)
    expect(marked?.layout !== 'title' && marked?.banners?.bottom.box).toEqual(laidOut!.chrome.bannerBottom?.box)
  })
})
