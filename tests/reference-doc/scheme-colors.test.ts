import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { themeWithTemplate } from '../../src/theme/index.js'
import { findAll, readPptx, type PptxPackage } from '../support/pptx.js'
import { formalTheme } from '../support/theme.js'

/**
 * A deck on a template names the template's theme colours as scheme colours
 * (`<a:schemeClr val="tx1"/>`), so Design → Colors in PowerPoint recolours its
 * slides as it recolours the template; colours the template does not hold stay explicit.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reference-doc')

async function pptxOn(template: string): Promise<PptxPackage> {
  const dir = mkdtempSync(join(tmpdir(), 'layar-refdoc-'))
  copyFileSync(join(FIXTURES, 'deck.md'), join(dir, 'deck.md'))
  copyFileSync(join(FIXTURES, template), join(dir, template))
  const result = await build({ inputs: ['deck.md'], referenceDoc: template, cwd: dir, dryRun: true, formats: ['pptx'] })
  if (result.type !== 'done') throw new Error(JSON.stringify(result))
  const pptx = result.decks[0]?.outputs?.pptx
  if (pptx === undefined || pptx === null) throw new Error(String(result.decks[0]?.file.messages))
  return readPptx(pptx)
}

describe.each(['org-logo.potx', 'pandoc-reference.pptx'])('scheme colours on %s', (template) => {
  it("writes the template's theme colours as scheme colours, never as literal colours", async () => {
    const pkg = await pptxOn(template)
    const derived = await themeWithTemplate(formalTheme(), new Uint8Array(readFileSync(join(FIXTURES, template))), template, [])
    if (derived.type !== 'ok' || derived.theme.template === undefined) throw new Error('the template does not load')
    const themeColors = new Set(Object.values(derived.theme.template.colors).map((color) => color.toUpperCase()))
    const slots = (slide: string): string[] => findAll(pkg.xml(slide), 'a:schemeClr').map((color) => color.attrs.val ?? '')
    const explicit = (slide: string): string[] => findAll(pkg.xml(slide), 'a:srgbClr').map((color) => (color.attrs.val ?? '').toUpperCase())
    // Title and body text are the template's tx1 (dk1 through the colour map).
    expect(slots(pkg.slides[2] ?? '')).toContain('tx1')
    for (const slide of pkg.slides) expect(explicit(slide).filter((color) => themeColors.has(color)), slide).toEqual([])
    // Colours the template does not hold (the classification banner's fill) stay explicit.
    for (const slide of pkg.slides) expect(explicit(slide).length, slide).toBeGreaterThan(0)
  }, 120_000)
})
