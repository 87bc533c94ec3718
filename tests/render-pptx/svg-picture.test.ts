import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { validatePptx } from '../support/ooxml-schema.js'
import { findAll, readPptx, type PptxPackage, type XmlElement } from '../support/pptx.js'

/**
 * An SVG image is PowerPoint's native SVG picture: the blip keeps `r:embed` on
 * the PNG rendering and carries `asvg:svgBlip` naming the sanitised SVG, a
 * media part of its own with a registered content type; the package still
 * validates against the OOXML schemas.
 */
const fixture = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'image-svg')
const SVG_URI = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}'
const SVG_NS = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main'

async function buildPptx(dir: string): Promise<Uint8Array> {
  const result = await build({ inputs: [join(dir, 'input.md')], formats: ['pptx'], cwd: dir, dryRun: true })
  if (result.type !== 'done') throw new Error(`build failed: ${JSON.stringify(result)}`)
  const pptx = result.decks[0]?.outputs?.pptx
  if (pptx === undefined || pptx === null) throw new Error('no PPTX')
  return pptx
}

const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((candidate): candidate is XmlElement => typeof candidate !== 'string' && candidate.name === name)

let dir: string
let pptx: Uint8Array
let pkg: PptxPackage

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'layar-svg-picture-'))
  cpSync(fixture, dir, { recursive: true })
  // The same (hostile) SVG twice, on a second slide: stored once.
  writeFileSync(join(dir, 'input.md'), '---\ntitle: Vector Images\nlang: en\n---\n\n## A vector diagram\n\n![A flow chart](flow.svg)\n\n## Again\n\n![The same chart](flow.svg)\n')
  pptx = await buildPptx(dir)
  pkg = await readPptx(pptx)
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('SVG picture in the PPTX', () => {
  it('has the svgBlip extension on the PNG fallback blip, naming the sanitised SVG part', () => {
    const slides = pkg.slides.filter((slide) => findAll(pkg.xml(slide), 'p:pic').length > 0)
    expect(slides).toHaveLength(2)
    const svgTargets: string[] = []
    for (const slide of slides) {
      const rels = pkg.rels(slide)
      const [pic] = findAll(pkg.xml(slide), 'p:pic')
      const blip = child(child(pic, 'p:blipFill'), 'a:blip')
      const fallback = rels.find((rel) => rel.id === blip?.attrs['r:embed'])
      expect(fallback?.path).toMatch(/^ppt\/media\/.+\.png$/)
      expect(Buffer.from(pkg.bytes(fallback?.path ?? '').subarray(1, 4)).toString('latin1')).toBe('PNG')
      const ext = child(child(blip, 'a:extLst'), 'a:ext')
      expect(ext?.attrs.uri).toBe(SVG_URI)
      const svgBlip = child(ext, 'asvg:svgBlip')
      expect(svgBlip?.attrs['xmlns:asvg']).toBe(SVG_NS)
      const rel = rels.find((candidate) => candidate.id === svgBlip?.attrs['r:embed'])
      expect(rel?.type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/image')
      expect(rel?.path).toMatch(/^ppt\/media\/image\d+\.svg$/)
      expect(pkg.paths).toContain(rel?.path)
      svgTargets.push(rel?.path ?? '')
      const svg = Buffer.from(pkg.bytes(rel?.path ?? '')).toString('utf8')
      expect(svg).toMatch(/^<svg[\s>]/)
      expect(svg).toContain('<circle')
      for (const removed of ['<script', 'alert', 'onload', 'foreignObject', 'example.com']) expect(svg).not.toContain(removed)
    }
    // One media part for the SVG used twice.
    expect(new Set(svgTargets).size).toBe(1)
    expect(pkg.paths.filter((path) => path.endsWith('.svg'))).toHaveLength(1)
  })

  it('registers image/svg+xml as the content type of .svg parts', () => {
    const types = pkg.xml('[Content_Types].xml')
    const svg = findAll(types, 'Default').find((entry) => entry.attrs.Extension === 'svg')
    expect(svg?.attrs.ContentType).toBe('image/svg+xml')
  })

  it('validates against the OOXML schemas', async () => {
    const report = await validatePptx(pptx)
    expect(report.checked.length).toBeGreaterThan(0)
    expect(report.failures).toEqual([])
  }, 120_000)

  it('builds byte-identically twice', async () => {
    expect(Buffer.from(await buildPptx(dir)).equals(Buffer.from(pptx))).toBe(true)
  }, 120_000)
})
