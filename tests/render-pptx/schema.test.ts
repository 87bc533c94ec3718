import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { loadShippedTheme, shippedThemeNames } from '../../src/theme/index.js'
import { validatePptx } from '../support/ooxml-schema.js'
import { findAll, readPptx, type PptxPackage, type XmlElement } from '../support/pptx.js'
import { loadedTheme } from '../support/theme.js'
import { buildSample } from './build-sample.js'
import { buildSteps } from './build-steps.js'

/**
 * Every part of the PPTX validates against the ISO/IEC 29500 transitional
 * schemas (PowerPoint offers to repair files that do not, even when
 * LibreOffice opens them): the default deck in every shipped theme, and the
 * sample deck of the other PPTX tests. The default deck's theme part is the
 * layar theme, and its slides refer to it.
 */
const repo = join(import.meta.dirname, '..', '..')

/** The default deck's PPTX in `theme`, built as `layar build` builds it (nothing written). */
async function defaultDeckPptx(theme: string): Promise<Uint8Array> {
  const result = await build({ inputs: ['content'], formats: ['pptx'], theme, cwd: repo, dryRun: true })
  if (result.type !== 'done') throw new Error(`build failed: ${JSON.stringify(result)}`)
  const pptx = result.decks[0]?.outputs?.pptx
  if (pptx === undefined || pptx === null) throw new Error(`no PPTX: ${String(result.decks[0]?.file.messages)}`)
  return pptx
}

const attr = (element: XmlElement | undefined, name: string): string | undefined => element?.attrs[name]
const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((candidate): candidate is XmlElement => typeof candidate !== 'string' && candidate.name === name)

describe.each(shippedThemeNames())('default deck, theme %s', (themeName) => {
  let pptx: Uint8Array
  let pkg: PptxPackage
  beforeAll(async () => {
    pptx = await defaultDeckPptx(themeName)
    pkg = await readPptx(pptx)
  }, 120_000)

  it('validates part by part', async () => {
    const report = await validatePptx(pptx)
    expect(report.checked.length).toBeGreaterThan(100)
    expect(report.failures).toEqual([])
  }, 120_000)

  it('has the layar theme as theme1.xml: colour scheme and font scheme', () => {
    const theme = loadedTheme(loadShippedTheme(themeName))
    const part = pkg.xml('ppt/theme/theme1.xml')
    expect(attr(part, 'name')).toBe(themeName)
    const scheme = findAll(part, 'a:clrScheme')[0]
    const color = (slot: string): string | undefined => attr(child(child(scheme, `a:${slot}`), 'a:srgbClr'), 'val')
    const dark = ['dk1', 'lt1'].map(color)
    expect(dark).toContain(theme.colors.text)
    expect(dark).toContain(theme.colors.background)
    expect(color('accent1')).toBe(theme.colors.accent)
    expect(color('hlink')).toBe(theme.colors.link)
    for (const slot of ['dk2', 'lt2', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'folHlink']) expect(color(slot), slot).toMatch(/^[0-9A-F]{6}$/)
    const fonts = findAll(part, 'a:fontScheme')[0]
    expect(attr(child(child(fonts, 'a:majorFont'), 'a:latin'), 'typeface')).toBe(theme.fonts.heading.office)
    expect(attr(child(child(fonts, 'a:minorFont'), 'a:latin'), 'typeface')).toBe(theme.fonts.body.office)
    for (const font of ['a:majorFont', 'a:minorFont']) {
      for (const script of ['a:ea', 'a:cs']) expect(attr(child(child(fonts, font), script), 'typeface'), `${font} ${script}`).not.toBe('')
    }
  })

  it('writes text in the theme colours and fonts as scheme colours and theme fonts', () => {
    const theme = loadedTheme(loadShippedTheme(themeName))
    const drawing = pkg.slides.map((path) => pkg.xml(path))
    const explicit = drawing.flatMap((part) => findAll(part, 'a:srgbClr').map((element) => element.attrs.val))
    for (const value of [theme.colors.text, theme.colors.title, theme.colors.background, theme.colors.accent]) expect(explicit).not.toContain(value)
    expect(drawing.flatMap((part) => findAll(part, 'a:schemeClr')).length).toBeGreaterThan(50)
    const faces = new Set(drawing.flatMap((part) => findAll(part, 'a:latin').map((element) => element.attrs.typeface)))
    expect(faces).toContain('+mn-lt')
    expect(faces).toContain('+mj-lt')
    expect(faces).not.toContain(theme.fonts.body.office)
    const titleFaces = pkg.slides.flatMap((path) =>
      findAll(pkg.xml(path), 'p:sp')
        .filter((shape) => findAll(shape, 'p:ph').some((ph) => ph.attrs.type === 'title'))
        .flatMap((shape) => findAll(shape, 'a:latin').map((element) => element.attrs.typeface)),
    )
    expect(new Set(titleFaces)).toEqual(new Set(['+mj-lt']))
  })

  it('maps text 1 to the light colour in a dark theme, so text a user adds is readable', () => {
    const theme = loadedTheme(loadShippedTheme(themeName))
    const map = findAll(pkg.xml('ppt/slideMasters/slideMaster1.xml'), 'p:clrMap')[0]
    const scheme = findAll(pkg.xml('ppt/theme/theme1.xml'), 'a:clrScheme')[0]
    const text = attr(child(child(scheme, `a:${attr(map, 'tx1') ?? ''}`), 'a:srgbClr'), 'val')
    const background = attr(child(child(scheme, `a:${attr(map, 'bg1') ?? ''}`), 'a:srgbClr'), 'val')
    expect([text, background]).toEqual([theme.colors.text, theme.colors.background])
  })

  it('numbers each list as one sequence: startAt only where a list does not continue', () => {
    const numbered = pkg.slides.flatMap((path) => findAll(pkg.xml(path), 'a:buAutoNum').map((element) => element.attrs.startAt ?? 'continues'))
    expect(numbered.filter((start) => start === 'continues').length).toBeGreaterThan(15)
    // The default deck's long list is split over two slides; the second part starts at 6, once.
    expect(numbered.filter((start) => start !== 'continues')).toEqual(['6'])
  })

  it('marks table header and banded rows and uses the theme table style, the package default', () => {
    const theme = loadedTheme(loadShippedTheme(themeName))
    const styles = pkg.xml('ppt/tableStyles.xml')
    const style = findAll(styles, 'a:tblStyle')[0]
    expect(attr(styles, 'def')).toBe(attr(style, 'styleId'))
    expect(attr(style, 'styleId')).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/)
    const fillOf = (part: string): string | undefined => attr(findAll(findAll(style!, part)[0]!, 'a:srgbClr').at(-1), 'val')
    expect([fillOf('a:firstRow'), fillOf('a:band1H')]).toEqual([theme.colors.tableHeaderBackground, theme.colors.tableRowAltBackground])
    const tables = pkg.slides.flatMap((path) => findAll(pkg.xml(path), 'a:tblPr'))
    expect(tables.length).toBeGreaterThan(0)
    for (const table of tables) {
      expect(table.attrs).toMatchObject({ firstRow: '1', bandRow: '1' })
      expect(child(table, 'a:tableStyleId')?.children.join('')).toBe(attr(style, 'styleId'))
    }
  })

  it('names and types the slide layouts as PowerPoint does', () => {
    const layouts = pkg.paths.filter((path) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(path)).map((path) => pkg.xml(path))
    const typed = layouts.map((layout) => `${attr(findAll(layout, 'p:cSld')[0], 'name')} (${attr(layout, 'type')})`).sort()
    expect(typed).toEqual([
      'Blank (blank)',
      'Comparison (twoTxTwoObj)',
      'Content (objOnly)',
      'Picture with Caption (picTx)',
      'Section Header (secHead)',
      'Title Only (titleOnly)',
      'Title Slide (title)',
      'Title and Content (obj)',
      'Two Content (twoObj)',
    ])
  })

  it('has no en-US anywhere in an Indonesian deck', () => {
    for (const path of pkg.paths.filter((candidate) => /\.(xml|rels)$/.test(candidate))) expect(pkg.text(path), path).not.toContain('en-US')
  })
})

it('the sample deck validates part by part', async () => {
  const report = await validatePptx(await buildSample())
  expect(report.checked).toContain('ppt/presentation.xml')
  expect(report.failures).toEqual([])
}, 60_000)

it('the click-by-click deck (entrance animations) validates part by part', async () => {
  const report = await validatePptx((await buildSteps()).outputs.pptx)
  expect(report.checked).toContain('ppt/slides/slide2.xml')
  expect(report.failures).toEqual([])
}, 120_000)
