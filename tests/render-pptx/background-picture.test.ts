import { PNG } from 'pngjs'
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { x } from 'xastscript'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../src/build/index.js'
import type { SlidePlan, ThemeScheme } from '../../src/render/pptx/plan/index.js'
import { backgroundPicture } from '../../src/render/pptx/transforms/background-picture.js'
import { elementsNamed } from '../../src/render/pptx/xml-tree.js'
import { pdfToPngs, pptxToPdf } from '../support/libreoffice.js'
import { encodePng } from '../support/png.js'
import { findAll, readPptx } from '../support/pptx.js'

describe('the background picture transform', () => {
  it('crops, insets and fades the <p:bg> picture fill of a slide planned with a picture background, on the tree', () => {
    const tree = { type: 'root' as const, children: [x('p:sld', [x('p:cSld', [x('p:bg', [x('p:bgPr', [x('a:blipFill', [x('a:blip', { 'r:embed': 'rId2' }), x('a:srcRect'), x('a:stretch', [x('a:fillRect')])])])])])])] }
    const background = { type: 'image' as const, path: 'a.png', mime: 'image/png' as const, crop: { l: 0.1, t: -0.05, r: 0.1, b: 0 }, transparency: 20 }
    const slide = { background } as unknown as SlidePlan
    backgroundPicture.transform(tree, { path: 'ppt/slides/slide1.xml', slide, lang: 'id-ID', scheme: {} as ThemeScheme })
    expect(elementsNamed(tree, 'a:srcRect')[0]?.attributes).toEqual({ l: '10000', t: '0', r: '10000', b: '0' })
    expect(elementsNamed(tree, 'a:fillRect')[0]?.attributes).toEqual({ l: '0', t: '5000', r: '0', b: '0' })
    expect(elementsNamed(tree, 'a:alphaModFix')[0]?.attributes).toEqual({ amt: '80000' })
    expect(elementsNamed(tree, 'a:blip')[0]?.attributes).toEqual({ 'r:embed': 'rId2' })
  })

  it('fails loudly on a slide planned with a picture background that has none', () => {
    const tree = { type: 'root' as const, children: [x('p:sld', [x('p:cSld')])] }
    const slide = { background: { type: 'image', path: 'a.png', mime: 'image/png', crop: { l: 0, t: 0, r: 0, b: 0 }, transparency: 0 } } as unknown as SlidePlan
    expect(() => backgroundPicture.transform(tree, { path: 'ppt/slides/slide1.xml', slide, lang: 'id-ID', scheme: {} as ThemeScheme })).toThrow(/background picture/)
  })
})

describe('a background picture in the PPTX, drawn by LibreOffice', () => {
  it('fills the slide behind the text, cropped to keep its aspect', async () => {
    // A square picture, red over its middle third and blue above and below: covering the 16:9 slide crops the blue away.
    const picture = encodePng(90, 90, (_x, y) => (y >= 30 && y < 60 ? [200, 30, 30] : [20, 40, 200]))
    const markdown = ['---', 'title: Latar', 'lang: id', '---', '', '## Latar gambar {background-image="latar.png"}', '', 'Teks di atas latar.', ''].join('\n')
    const file = new VFile({ path: '/deck/deck.md', value: markdown })
    const themeContext = { contentDir: '/deck', readFile: () => null, displayPath: (path: string) => path }
    const result = await buildDeck(file, { formats: ['pptx'], theme: null, sourceDateEpoch: 0, themeContext }, async (path) => (path.endsWith('latar.png') ? picture : null))
    const pptx = result.outputs?.pptx
    if (!pptx) throw new Error(`no PPTX: ${String(file.messages)}`)
    const pkg = await readPptx(pptx)
    const slide = pkg.xml(pkg.slides[1] ?? '')
    const srcRect = findAll(findAll(slide, 'p:bg')[0]!, 'a:srcRect')[0]
    // A square as wide as the 16:9 slide: 9/16 of its height shows, 7/32 is cut off at the top and at the bottom.
    expect(Number(srcRect?.attrs.t)).toBeCloseTo((100000 * 7) / 32, -2)
    expect(srcRect?.attrs.t).toBe(srcRect?.attrs.b)
    const [png] = pdfToPngs(pptxToPdf(pptx, 'background-picture'), { first: 2, last: 2 })
    const image = PNG.sync.read(readFileSync(png!))
    const at = (fx: number, fy: number): number[] => {
      const offset = (Math.round(fy * (image.height - 1)) * image.width + Math.round(fx * (image.width - 1))) * 4
      return [...image.data.subarray(offset, offset + 3)]
    }
    // Red where the middle third of the picture is (the slide's rows 0.20…0.80), blue above and below.
    for (const [fx, fy] of [[0.5, 0.5], [0.9, 0.45], [0.1, 0.55]] as const) {
      const [r, g, b] = at(fx, fy)
      expect(r, `${fx},${fy}`).toBeGreaterThan(150)
      expect(b, `${fx},${fy}`).toBeLessThan(80)
      expect(g).toBeLessThan(80)
    }
    for (const [fx, fy] of [[0.9, 0.08], [0.5, 0.95]] as const) {
      const [r, , b] = at(fx, fy)
      expect(b, `${fx},${fy}`).toBeGreaterThan(150)
      expect(r, `${fx},${fy}`).toBeLessThan(80)
    }
  }, 240_000)
})
