import { beforeAll, describe, expect, it } from 'vitest'
import { deckToPlan } from '../../src/render/pptx/index.js'
import { findAll, readPptx, type PptxPackage, type XmlElement } from '../support/pptx.js'
import { formalTheme } from '../support/theme.js'
import { buildSample, MODIFIED, zipMethods } from './build-sample.js'
import { NASTY, sampleAssets, sampleDeck } from './sample-deck.js'

let bytes: Uint8Array
let pkg: PptxPackage

beforeAll(async () => {
  bytes = await buildSample()
  pkg = await readPptx(bytes)
})

describe('PPTX package', () => {
  it('matches the plan snapshot', async () => {
    const plan = deckToPlan(sampleDeck(), formalTheme(), sampleAssets())
    await expect(JSON.stringify(plan, null, 2) + '\n').toMatchFileSnapshot('../fixtures/render-pptx/sample/plan.json')
  })

  it('is byte-identical for identical input', async () => {
    const again = await buildSample()
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
  })

  it('compresses every entry with DEFLATE and has no folder entries', () => {
    const methods = zipMethods(bytes)
    expect(methods.size).toBeGreaterThan(20)
    for (const [name, method] of methods) {
      expect(name.endsWith('/'), name).toBe(false)
      expect(method, name).toBe(8)
    }
    expect([...methods.keys()][0]).toBe('[Content_Types].xml')
  })

  it('lists exactly the parts present in [Content_Types].xml', () => {
    const types = pkg.xml('[Content_Types].xml')
    const overrides = findAll(types, 'Override').map((element) => element.attrs.PartName ?? '')
    for (const part of overrides) expect(pkg.paths, part).toContain(part.slice(1))
    const defaults = new Set(findAll(types, 'Default').map((element) => element.attrs.Extension ?? ''))
    for (const path of pkg.paths) {
      if (path === '[Content_Types].xml') continue
      const covered = overrides.includes(`/${path}`) || defaults.has(path.slice(path.lastIndexOf('.') + 1))
      expect(covered, path).toBe(true)
    }
    expect(overrides.filter((part) => part.includes('slideMaster'))).toEqual(['/ppt/slideMasters/slideMaster1.xml'])
  })

  it('resolves every internal relationship to a part', () => {
    const relParts = pkg.paths.filter((path) => path.endsWith('.rels'))
    expect(relParts.length).toBeGreaterThan(10)
    for (const path of pkg.paths) {
      for (const rel of pkg.rels(path)) {
        if (rel.external) continue
        expect(pkg.paths, `${path} ${rel.id} → ${rel.target}`).toContain(rel.path)
      }
    }
  })

  it('gives every shape a unique id within its part', () => {
    const drawings = pkg.paths.filter((path) => /^ppt\/(slides|slideLayouts|slideMasters|notesSlides)\/[^/]+\.xml$/.test(path))
    for (const path of drawings) {
      const ids = findAll(pkg.xml(path), 'p:cNvPr').map((element) => element.attrs.id)
      expect(new Set(ids).size, path).toBe(ids.length)
    }
  })

  it('writes document properties with the given date, escaped', () => {
    const core = pkg.xml('docProps/core.xml')
    const text = (name: string): string => findAll(core, name).map((element) => element.children.join(''))[0] ?? ''
    expect(text('dc:title')).toBe(`Rapat Koordinasi ${NASTY}`)
    expect(text('dc:creator')).toBe(`Tim Perencanaan ${NASTY}`)
    expect(text('dc:subject')).toBe(`Evaluasi triwulan ${NASTY}`)
    expect(text('dc:language')).toBe('id-ID')
    expect(text('dcterms:created')).toBe('2026-11-25T08:30:00Z')
    expect(text('dcterms:modified')).toBe('2026-11-25T08:30:00Z')
    const app = pkg.xml('docProps/app.xml')
    expect(findAll(app, 'Company')[0]?.children.join('')).toBe(`Badan Contoh ${NASTY}`)
    expect(findAll(app, 'Slides')[0]?.children.join('')).toBe('7')
    expect(MODIFIED.getUTCFullYear()).toBe(2026)
  })

  it('keeps XML-forbidden control characters out of every part', () => {
    for (const path of pkg.paths.filter((candidate) => /\.(xml|rels)$/.test(candidate))) {
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(pkg.text(path)), path).toBe(false)
    }
  })

  it('uses a 13.333 × 7.5 in widescreen page', () => {
    const size = findAll(pkg.xml('ppt/presentation.xml'), 'p:sldSz')[0]
    expect(size?.attrs).toMatchObject({ cx: '12192000', cy: '6858000' })
  })

  it('prints notes on a portrait page, as PowerPoint does', () => {
    const size = findAll(pkg.xml('ppt/presentation.xml'), 'p:notesSz')[0]
    expect(size?.attrs).toEqual({ cx: '6858000', cy: '9144000' })
  })

  it('puts presentation.xml children in schema order (notesMasterIdLst before sldIdLst)', () => {
    const names = pkg.xml('ppt/presentation.xml').children.flatMap((child) => (typeof child === 'string' ? [] : [child.name]))
    expect(names.indexOf('p:notesMasterIdLst')).toBeGreaterThan(names.indexOf('p:sldMasterIdLst'))
    expect(names.indexOf('p:notesMasterIdLst')).toBeLessThan(names.indexOf('p:sldIdLst'))
    expect(names.indexOf('p:sldIdLst')).toBeLessThan(names.indexOf('p:sldSz'))
  })

  it('counts in docProps/app.xml the slides and notes slides the package holds', () => {
    const app = pkg.xml('docProps/app.xml')
    const count = (pattern: RegExp): string => String(pkg.paths.filter((path) => pattern.test(path)).length)
    expect(findAll(app, 'Slides')[0]?.children.join('')).toBe(count(/^ppt\/slides\/slide\d+\.xml$/))
    expect(findAll(app, 'Notes')[0]?.children.join('')).toBe(count(/^ppt\/notesSlides\/notesSlide\d+\.xml$/))
    expect(Number(count(/^ppt\/notesSlides\/notesSlide\d+\.xml$/))).toBeGreaterThan(0)
  })

  it('writes the deck language on every lang attribute and no altLang, notes master included', () => {
    const langs = new Set<string>()
    for (const path of pkg.paths.filter((candidate) => candidate.endsWith('.xml'))) {
      const visit = (element: XmlElement): void => {
        expect(element.attrs.altLang, `${path} ${element.name}`).toBeUndefined()
        if (element.attrs.lang !== undefined) langs.add(element.attrs.lang)
        for (const child of element.children) if (typeof child !== 'string') visit(child)
      }
      visit(pkg.xml(path))
      expect(pkg.text(path), path).not.toContain('en-US')
    }
    expect([...langs]).toEqual(['id-ID'])
    expect(findAll(pkg.xml('ppt/notesMasters/notesMaster1.xml'), 'a:rPr').length).toBeGreaterThan(0)
  })
})
