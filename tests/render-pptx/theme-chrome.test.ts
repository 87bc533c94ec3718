import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { relative } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck, type BuildDeckResult } from '../../src/build/index.js'
import type { Box } from '../../src/layout/index.js'
import { boxStyle } from '../../src/render/html/units.js'
import { makePng } from '../support/png.js'
import { colorsIn, findAll, readPptx, type PptxPackage, type XmlElement } from '../support/pptx.js'

const brandTheme = [
  'extends: formal',
  'logo: { file: art/logo.png, position: top-right, height: 30 }',
  'layouts:',
  '  image: { background: "F1F5F9", title: "7F1D1D" }',
  'chrome: { slideNumber: left }',
].join('\n')
const logoPng = makePng(200, 100, 'B91C1C')
const markdown = '---\ntitle: Uji tema\nlang: id\ntheme: ./brand\nfooter: Rapat koordinasi\n---\n\n## Isi\n\nSatu dua tiga.\n\n## Gambar\n\n![Peta](peta.png)\n'

/** Builds `markdown` in a content folder held in memory, `/deck`, with the brand theme and its logo. */
async function build(theme = brandTheme, logo: Uint8Array | null = logoPng): Promise<BuildDeckResult> {
  const files: Record<string, string> = { 'brand/theme.yaml': `${theme}\n` }
  const images: Record<string, Uint8Array | null> = { 'brand/art/logo.png': logo, 'peta.png': makePng(40, 30, '1D4ED8') }
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  const themeContext = { contentDir: '/deck', readFile: (p: string) => files[relative('/deck', p)] ?? null, displayPath: (p: string) => relative('/deck', p) }
  return buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext }, async (path) => images[path] ?? null)
}

/** The slide layouts of a package by the master's name (`CONTENT`, `IMAGE`, …). */
function layoutsByName(pkg: PptxPackage): Map<string, { path: string; xml: XmlElement }> {
  const layouts = new Map<string, { path: string; xml: XmlElement }>()
  for (const path of pkg.paths.filter((p) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(p))) {
    const xml = pkg.xml(path)
    layouts.set(findAll(xml, 'p:cSld')[0]?.attrs['name'] ?? '', { path, xml })
  }
  return layouts
}

const emu = (box: Box): Record<string, string> => ({
  x: String(Math.round((box.x / 72) * 914400)), y: String(Math.round((box.y / 72) * 914400)),
  cx: String(Math.round((box.w / 72) * 914400)), cy: String(Math.round((box.h / 72) * 914400)),
})


describe('theme logo, placement and per-layout colours in both outputs', () => {
  it('draws the logo at the laid-out box on every slide of the HTML and every master of the PPTX', async () => {
    const { file, laidOut, outputs } = await build()
    expect(file.messages).toEqual([])
    const box = laidOut?.chrome.logo?.box
    expect(box).toEqual({ x: 852, y: 24, w: 60, h: 30 })
    if (!box || !outputs?.html || !outputs.pptx) throw new Error('no outputs')

    const sections = selectAll('.reveal .slides > section', fromHtml(outputs.html))
    expect(sections).toHaveLength(3)
    for (const section of sections) {
      const logos = selectAll('img.layar-logo', section)
      expect(logos).toHaveLength(1)
      expect(logos[0]?.properties['alt']).toBe('')
      expect(logos[0]?.properties['style']).toBe(boxStyle(box))
      expect(String(logos[0]?.properties['src'])).toBe(`data:image/png;base64,${Buffer.from(logoPng).toString('base64')}`)
    }

    const pkg = await readPptx(outputs.pptx)
    const layouts = layoutsByName(pkg)
    expect([...layouts.keys()].sort()).toEqual(['Blank', 'Comparison', 'Content', 'Picture with Caption', 'Section Header', 'Title Only', 'Title Slide', 'Title and Content', 'Two Content'])
    // The logo is the master's, so every layout (and every slide a user adds) shows it; no layout draws its own.
    for (const { xml } of layouts.values()) expect(findAll(xml, 'p:pic')).toHaveLength(0)
    const masterPath = 'ppt/slideMasters/slideMaster1.xml'
    const pictures = findAll(pkg.xml(masterPath), 'p:pic')
    expect(pictures).toHaveLength(1)
    const picture = pictures[0]!
    expect(findAll(picture, 'p:cNvPr')[0]?.attrs['descr']).toBe('')
    const [off, ext] = [findAll(picture, 'a:off')[0]?.attrs, findAll(picture, 'a:ext')[0]?.attrs]
    expect({ x: off?.['x'], y: off?.['y'], cx: ext?.['cx'], cy: ext?.['cy'] }).toEqual(emu(box))
    const embed = findAll(picture, 'a:blip')[0]?.attrs['r:embed']
    const media = pkg.rels(masterPath).find((rel) => rel.id === embed)?.path
    expect(media && Buffer.from(pkg.bytes(media)).equals(Buffer.from(logoPng))).toBe(true)
    // Slides draw no logo of their own, the masters carry it: the only slide picture is the map.
    expect(pkg.slides.flatMap((slide) => findAll(pkg.xml(slide), 'p:pic'))).toHaveLength(1)
  })

  it('gives the image layout its own background and title colour in both outputs, the others the theme colours', async () => {
    const { outputs } = await build()
    if (!outputs?.html || !outputs.pptx) throw new Error('no outputs')
    const tree = fromHtml(outputs.html)
    const sections = selectAll('.reveal .slides > section', tree)
    expect(sections.map((s) => [s.properties['dataLayout'], s.properties['dataBackgroundColor']])).toEqual([
      ['title', '#0B2545'], ['content', '#FFFFFF'], ['image', '#F1F5F9'],
    ])
    const css = selectAll('style', tree).map((style) => (style.children[0] as { value?: string } | undefined)?.value ?? '').join('\n')
    expect(css).toContain('.layar-kind-image h2.layar-title{color:#7F1D1D}')
    expect(css).not.toContain('.layar-kind-content h2.layar-title{')

    const pkg = await readPptx(outputs.pptx)
    const layouts = layoutsByName(pkg)
    const solidFill = (element: XmlElement | undefined): string | undefined => (element ? colorsIn(pkg, element)[0] : undefined)
    const colours = (name: string): { background: string | undefined; title: string | undefined } => {
      const xml = layouts.get(name)?.xml
      const title = xml && findAll(xml, 'p:sp').find((sp) => findAll(sp, 'p:ph').some((ph) => ph.attrs['type'] === 'title'))
      return { background: solidFill(xml && findAll(xml, 'p:bg')[0]), title: solidFill(title && findAll(title, 'a:defRPr')[0]) }
    }
    expect(colours('Picture with Caption')).toEqual({ background: 'F1F5F9', title: '7F1D1D' })
    expect(colours('Title and Content')).toEqual({ background: 'FFFFFF', title: '0B2545' })
    expect(colours('Two Content')).toEqual({ background: 'FFFFFF', title: '0B2545' })
  })

  it('puts the slide number left and the footer right in both outputs', async () => {
    const { laidOut, outputs } = await build()
    if (!laidOut || !outputs?.html || !outputs.pptx) throw new Error('no outputs')
    const { slideNumber, footer } = laidOut.chrome
    expect(slideNumber).toMatchObject({ box: { x: 48 }, align: 'left' })
    expect(footer).toMatchObject({ align: 'right' })
    const section = selectAll('.reveal .slides > section', fromHtml(outputs.html))[1] as Element
    expect(select('.layar-slide-number', section)?.properties['style']).toContain(`${boxStyle(slideNumber.box)};`)
    expect(select('.layar-slide-number', section)?.properties['style']).toMatch(/text-align:left$/)
    expect(select('.layar-footer', section)?.properties['style']).toMatch(/text-align:right$/)

    const content = layoutsByName(await readPptx(outputs.pptx)).get('Title and Content')!.xml
    const number = findAll(content, 'p:sp').find((sp) => findAll(sp, 'p:ph').some((ph) => ph.attrs['type'] === 'sldNum'))!
    expect(findAll(number, 'a:off')[0]?.attrs['x']).toBe(emu(slideNumber.box)['x'])
    // Alignment is the placeholder's own text style (its list style's first level).
    expect(findAll(number, 'a:lvl1pPr').map((p) => p.attrs['algn'])).toEqual(['l'])
    const footerShape = findAll(content, 'p:sp').find((sp) => findAll(sp, 'a:t').some((t) => t.children.includes('Rapat koordinasi')))!
    expect(findAll(footerShape, 'p:ph')[0]?.attrs['type']).toBe('ftr')
    expect(findAll(footerShape, 'a:lvl1pPr')[0]?.attrs['algn']).toBe('r')
  })

  it('reports a missing or unusable logo at the front matter and writes nothing; an SVG logo is drawn', async () => {
    const missing = await build(brandTheme, null)
    expect(missing.outputs).toBeNull()
    expect(missing.file.messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['theme-logo-unusable', 1, true]])
    expect(String(missing.file.messages[0]?.reason)).toContain('`brand/art/logo.png` cannot be used: there is no such file')
    const bad = await build(brandTheme, new TextEncoder().encode('not a picture at all'))
    expect(bad.outputs).toBeNull()
    expect(String(bad.file.messages[0]?.reason)).toContain('its bytes are not a known image format')
    // An SVG logo is sanitised and drawn (its PNG rendering in the PPTX masters).
    const svg = await build(brandTheme, new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'))
    expect(svg.outputs).not.toBeNull()
  })
})
