import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { pdfPageTexts, pptxToPdf } from '../support/libreoffice.js'
import { validatePptx } from '../support/ooxml-schema.js'
import { findAll, readPptx, shapesOf, textOf, type PptxPackage } from '../support/pptx.js'

/**
 * Decks built on real templates layar did not write (pandoc's reference
 * document, two LibreOffice Impress templates) and one made with a logo and
 * fonts without open twins: the PPTX is the template's package with the
 * deck's slides on its layouts, and the HTML follows its colours, fonts and pictures.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reference-doc')

interface Case {
  file: string
  /** The open font the HTML must embed for the template's body font. */
  webFont: string
  /** Warnings the build must give (rule ids). */
  warnings: string[]
  /** Whether the master draws a picture every slide shows. */
  picture: boolean
  /** Whether its two-column layout gives both columns the same placeholder type and \`idx\` (Impress writes \`<p:ph/>\` twice). */
  sameIdx: boolean
}

const cases: Case[] = [
  { file: 'pandoc-reference.pptx', webFont: 'Carlito', warnings: [], picture: false, sameIdx: false },
  { file: 'impress-vivid.pptx', webFont: 'Arimo', warnings: ['reference-doc-layout-missing'], picture: false, sameIdx: true },
  { file: 'impress-metropolis.pptx', webFont: 'Arimo', warnings: ['reference-doc-layout-missing'], picture: true, sameIdx: true },
  { file: 'org-logo.potx', webFont: 'Carlito', warnings: ['reference-doc-font-substituted'], picture: true, sameIdx: false },
]

/** Builds the fixture deck on `template` in a fresh folder (nothing written). */
async function buildOn(template: string): Promise<{ html: string; pptx: Uint8Array; rules: string[]; fatal: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'layar-refdoc-'))
  copyFileSync(join(FIXTURES, 'deck.md'), join(dir, 'deck.md'))
  copyFileSync(join(FIXTURES, template), join(dir, template))
  const result = await build({ inputs: ['deck.md'], referenceDoc: template, cwd: dir, dryRun: true })
  if (result.type !== 'done') throw new Error(JSON.stringify(result))
  const deck = result.decks[0]
  const messages = deck?.file.messages ?? []
  const fatal = messages.filter((message) => message.fatal === true).map((message) => message.reason)
  const outputs = deck?.outputs
  if (!outputs?.html || !outputs.pptx) throw new Error(`no outputs: ${fatal.join('; ')}`)
  return { html: outputs.html, pptx: outputs.pptx, rules: messages.map((message) => message.ruleId ?? ''), fatal }
}

describe.each(cases)('deck on $file', ({ file, webFont, warnings, picture, sameIdx }) => {
  let built: Awaited<ReturnType<typeof buildOn>>
  let pkg: PptxPackage
  let template: PptxPackage
  beforeAll(async () => {
    built = await buildOn(file)
    pkg = await readPptx(built.pptx)
    template = await readPptx(readFileSync(join(FIXTURES, file)))
  }, 180_000)

  it('builds without errors, with the warnings the template calls for', () => {
    expect(built.fatal).toEqual([])
    for (const rule of warnings) expect(built.rules).toContain(rule)
  })

  it("keeps the template's masters, layouts, theme and media byte for byte", () => {
    const kept = template.paths.filter((path) => /^ppt\/(slideMasters|slideLayouts|theme|media)\//.test(path))
    expect(kept.some((path) => path.startsWith('ppt/slideMasters/'))).toBe(true)
    for (const path of kept) expect(Buffer.from(pkg.bytes(path)).equals(Buffer.from(template.bytes(path))), path).toBe(true)
    const presentation = pkg.xml('ppt/presentation.xml')
    const size = (root: typeof presentation) => findAll(root, 'p:sldSz')[0]?.attrs
    expect(size(presentation)).toEqual(size(template.xml('ppt/presentation.xml')))
  })

  it("drops the template's own slides and puts every slide on one of its layouts", () => {
    expect(pkg.slides).toHaveLength(6)
    const layouts = new Set(template.paths.filter((path) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(path)))
    for (const slide of pkg.slides) {
      const layout = pkg.rels(slide).filter((rel) => rel.type.endsWith('/slideLayout'))
      expect(layout, slide).toHaveLength(1)
      const target = posix.join(posix.dirname(slide), layout[0]?.target ?? '')
      expect(layouts.has(target), `${slide} → ${target}`).toBe(true)
    }
    const texts = pkg.slides.map((slide) => textOf(pkg.xml(slide)))
    expect(texts.join(' ')).not.toMatch(/Click to edit|Lorem/)
  })

  it("puts titles and body text in the layouts' placeholders", () => {
    const placed = (index: number, kind: (type: string) => boolean): string =>
      shapesOf(pkg.xml(pkg.slides[index] ?? ''))
        .filter((shape) => shape.placeholder !== null && kind(shape.placeholder))
        .map((shape) => textOf(shape.shape))
        .join(' ')
    const title = (type: string) => type === 'title' || type === 'ctrTitle'
    const body = (type: string) => !title(type) && type !== 'sldNum' && type !== 'dt' && type !== 'ftr'
    expect(placed(0, title)).toContain('Quarterly briefing')
    // Text is drawn as written, whatever capitals a template's styles ask for (pandoc's Section Header: cap="all").
    const runs = pkg.slides.flatMap((slide) => findAll(pkg.xml(slide), 'a:rPr'))
    expect(runs.length).toBeGreaterThan(0)
    for (const run of runs) expect(run.attrs.cap).toBe('none')
    expect(placed(2, title)).toContain('Situation')
    expect(placed(2, body)).toContain('Logistics routes are open')
    expect(placed(3, body)).toContain('Manual reports')
    // Both columns are body placeholders, even where the layout can only tell its two apart by order.
    expect(placed(3, body)).toContain('Shared dashboard')
  })

  it("names the two-column layout's placeholders in order, left column first", () => {
    const slide = pkg.slides[3] ?? ''
    const layoutPath = posix.join(posix.dirname(slide), pkg.rels(slide).find((rel) => rel.type.endsWith('/slideLayout'))?.target ?? '')
    const phOf = (shape: ReturnType<typeof shapesOf>[number]) => findAll(shape.shape, 'p:ph')[0]?.attrs ?? {}
    const key = (attrs: Record<string, string>) => `${attrs.type ?? 'obj'} ${attrs.idx ?? '0'}`
    const layoutBodies = shapesOf(template.xml(layoutPath)).filter((shape) => ['obj', 'body'].includes(shape.placeholder ?? ''))
    const columns = shapesOf(pkg.xml(slide)).filter((shape) => ['obj', 'body'].includes(shape.placeholder ?? '') && /Before|After/.test(textOf(shape.shape)))
    expect(columns.map((shape) => (textOf(shape.shape).startsWith('Before') ? 'left' : 'right'))).toEqual(['left', 'right'])
    expect(columns.map((shape) => key(phOf(shape)))).toEqual(layoutBodies.slice(0, 2).map((shape) => key(phOf(shape))))
    expect(new Set(columns.map((shape) => key(phOf(shape)))).size).toBe(sameIdx ? 1 : 2)
  })

  it('passes the schema check, part by part', async () => {
    const report = await validatePptx(built.pptx)
    expect(report.checked.length).toBeGreaterThan(20)
    expect(report.failures).toEqual([])
  }, 120_000)

  it('opens in LibreOffice with every slide and its text on its own page', () => {
    const pages = pdfPageTexts(pptxToPdf(built.pptx))
    expect(pages).toHaveLength(6)
    const fold = (text: string) => text.replace(/\s+/g, ' ')
    expect(fold(pages[2] ?? '')).toContain('Supply stocks cover 21 days')
    expect(fold(pages[3] ?? '')).toContain('Daily updates')
    expect(fold(pages[4] ?? '')).toContain('South')
    expect(fold(pages[5] ?? '')).toContain('stands on its own')
    for (const page of pages) expect(page).toContain('TERBATAS')
  }, 180_000)

  it("draws the HTML deck in the template's fonts, colours and pictures", async () => {
    expect(built.html).toContain(`font-family:"${webFont}"`)
    const sections = built.html.split('<section class="layar-slide').slice(1)
    expect(sections).toHaveLength(6)
    const pictures = sections.map((section) => section.split('layar-template-picture').length - 1)
    if (picture) for (const count of pictures) expect(count).toBeGreaterThan(0)
    else expect(pictures.every((count) => count === 0)).toBe(true)
  })
})
