import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runParity, type ParityReport } from '../../scripts/parity/run-parity.js'
import { shippedThemeNames } from '../../src/theme/index.js'

/**
 * The default deck under every shipped theme, rendered both ways at 640 × 360
 * (half size keeps three Chromium + LibreOffice runs well under two minutes).
 * Tolerances: colours within 8 of 255 per channel for flat backgrounds, 24 for
 * glyph cores (anti-aliasing); title ink boxes within 4 px on every edge.
 */
const repo = join(import.meta.dirname, '..', '..')
const deck = 'content/kerjasama-militer-regional.md'
const size = { width: 640, height: 360 }
const themes = shippedThemeNames()
const reports = new Map<string, ParityReport>()
let out = ''

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'layar-parity-test-'))
  await Promise.all(
    themes.map(async (theme) => {
      const report = await runParity({ deck, theme, outDir: join(out, theme), size, cwd: repo, sheetSlides: null, halveSheet: true, sheetPath: null })
      reports.set(theme, report)
    }),
  )
}, 240_000)

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true })
})

describe.each(themes)('parity of the default deck, theme %s', (theme) => {
  const report = (): ParityReport => reports.get(theme)!

  it('renders every slide in both outputs and writes the contact sheet and figures', async () => {
    expect(report().theme).toBe(theme)
    expect(report().slides.length).toBeGreaterThan(10)
    expect((await stat(resolve(repo, report().files.sheet))).size).toBeGreaterThan(0)
    expect((await stat(resolve(repo, report().files.json))).size).toBeGreaterThan(0)
  })

  it('has the theme background on every slide in both outputs', () => {
    const off = report().slides.filter((s) => s.background.difference > 8 || s.background.fromExpected > 8)
    expect(off.map((s) => ({ slide: s.slide, ...s.background }))).toEqual([])
  })

  it('draws every title in the theme colour in both outputs', () => {
    const off = report().slides.filter((s) => !s.titleColor || s.titleColor.difference > 24 || s.titleColor.fromExpected > 24)
    expect(off.map((s) => ({ slide: s.slide, title: s.title, ...s.titleColor }))).toEqual([])
  })

  it('puts every title within 4 px of the same place in both outputs', () => {
    const titles = report().slides.map((s) => ({ slide: s.slide, title: s.boxes[0] }))
    for (const { title } of titles) expect(title?.kind).toBe('title')
    const off = titles.filter(({ title }) => title?.maxOffset === null || (title?.maxOffset ?? 0) > 4)
    expect(off.map(({ slide, title }) => ({ slide, html: title?.html, pptx: title?.pptx, offset: title?.offset }))).toEqual([])
  })
})
