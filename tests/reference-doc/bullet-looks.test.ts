import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromXml } from 'xast-util-from-xml'
import type { Element } from 'xast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { layoutDeck, type LaidOutDeck } from '../../src/layout/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { deckToHtml } from '../../src/render/html/index.js'
import { deckToPlan, deckToPptx } from '../../src/render/pptx/index.js'
import { bulletLookOf } from '../../src/theme/reference-doc/bullet-look.js'
import { colorIn } from '../../src/theme/reference-doc/drawing.js'
import { themeWithTemplate, type Theme } from '../../src/theme/index.js'
import { findAll, readPptx, type XmlElement } from '../support/pptx.js'
import { formalTheme } from '../support/theme.js'

/**
 * Bullet colours and sizes (`a:buClr`, `a:buSzPct`) come from the template's
 * body style, levels 1–3: Impress's Metropolis sets white bullets at 45 %,
 * 75 % and 45 % of the text on its master body placeholder's example
 * paragraphs, which its layouts inherit.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reference-doc')
const METROPOLIS = 'impress-metropolis.pptx'
const LEVELS = '---\ntitle: T\nlang: en\n---\n\n## Levels\n\n- one\n  - two\n    - three\n- four\n'

async function templateTheme(file: string): Promise<Theme> {
  const derived = await themeWithTemplate(formalTheme(), new Uint8Array(readFileSync(join(FIXTURES, file))), file, [])
  if (derived.type !== 'ok') throw new Error(derived.detail)
  return derived.theme
}

function laidOut(theme: Theme): LaidOutDeck {
  const file = new VFile({ path: 'deck.md', value: LEVELS })
  const deck = deckFromMarkdown(file)
  if (deck === null) throw new Error(String(file.messages))
  return layoutDeck(deck, theme, {}, file)
}

function element(xml: string): Element {
  const root = fromXml(xml).children.find((node) => node.type === 'element')
  if (root?.type !== 'element') throw new Error('no element')
  return root
}

const WHITE_45 = { color: 'FFFFFF', size: 0.45 }
const WHITE_75 = { color: 'FFFFFF', size: 0.75 }

describe("bullet colours and sizes from the template's body style", () => {
  it('reads a:buClr (srgbClr or schemeClr) and a:buSzPct', () => {
    const scheme = (name: string): string | null => (name === 'accent2' ? 'E8710A' : null)
    const colorOf = (fill: Element | undefined): string | null => colorIn(fill, scheme)
    expect(bulletLookOf(element('<a:pPr xmlns:a="a"><a:buClr><a:schemeClr val="accent2"/></a:buClr><a:buSzPct val="45000"/></a:pPr>'), colorOf)).toEqual({ color: 'E8710A', size: 0.45 })
    expect(bulletLookOf(element('<a:pPr xmlns:a="a"><a:buClr><a:srgbClr val="ff8000"/></a:buClr></a:pPr>'), colorOf)).toEqual({ color: 'FF8000', size: null })
    expect(bulletLookOf(element('<a:pPr xmlns:a="a"/>'), colorOf)).toEqual({ color: null, size: null })
  })

  it("takes Metropolis's through master → layout inheritance; layar's themes set none", async () => {
    expect((await templateTheme(METROPOLIS)).bulletLooks).toEqual([WHITE_45, WHITE_75, WHITE_45])
    expect(formalTheme().bulletLooks).toBeUndefined()
  })

  it('puts them on the plan’s bullet markers by level', async () => {
    const theme = await templateTheme(METROPOLIS)
    const plan = deckToPlan(laidOut(theme), theme, {})
    const looks = plan.slides
      .flatMap((slide) => slide.shapes.flatMap((shape) => (shape.type === 'text' ? shape.paragraphs : [])))
      .flatMap((paragraph) => (paragraph.marker.type === 'bullet' ? [paragraph.marker.look] : []))
    expect(looks).toEqual([WHITE_45, WHITE_75, WHITE_45, WHITE_45])
    const own = deckToPlan(laidOut(formalTheme()), formalTheme(), {})
    const ownLooks = own.slides.flatMap((slide) => slide.shapes.flatMap((shape) => (shape.type === 'text' ? shape.paragraphs : []))).flatMap((p) => (p.marker.type === 'bullet' ? [p.marker.look] : []))
    expect(ownLooks).toEqual([undefined, undefined, undefined, undefined])
  })

  it('draws them on the HTML markers of each level', async () => {
    const theme = await templateTheme(METROPOLIS)
    const html = deckToHtml(laidOut(theme), theme, {})
    expect(html).toContain('.layar-text li.bullet-0::before{color:#FFFFFF;font-size:45%;}')
    expect(html).toContain('.layar-text li.bullet-1::before{color:#FFFFFF;font-size:75%;}')
    expect(html).toContain('.layar-text li.bullet-2::before{color:#FFFFFF;font-size:45%;}')
    expect(deckToHtml(laidOut(formalTheme()), formalTheme(), {})).not.toMatch(/li\.bullet-\d::before\{/)
  })

  it("writes a:buClr and a:buSzPct on the PPTX's bullet paragraphs, in schema order", async () => {
    const theme = await templateTheme(METROPOLIS)
    const bytes = await deckToPptx(laidOut(theme), theme, {}, { modified: new Date(0), template: new Uint8Array(readFileSync(join(FIXTURES, METROPOLIS))) })
    const pptx = await readPptx(bytes)
    const bulleted = pptx.slides.flatMap((slide) => findAll(pptx.xml(slide), 'a:pPr')).filter((pPr) => pPr.children.some((node) => typeof node !== 'string' && node.name === 'a:buChar'))
    const names = (pPr: XmlElement): string[] => pPr.children.flatMap((node) => (typeof node === 'string' ? [] : [node.name]))
    expect(bulleted.map((pPr) => findAll(pPr, 'a:buSzPct')[0]?.attrs.val)).toEqual(['45000', '75000', '45000', '45000'])
    for (const pPr of bulleted) {
      const order = names(pPr).filter((name) => name.startsWith('a:bu'))
      expect(order).toEqual(['a:buClr', 'a:buSzPct', 'a:buFont', 'a:buChar'])
      // White is the template's bg1 here: the scheme-colours step names it so.
      const color = findAll(pPr, 'a:buClr')[0]?.children.find((node) => typeof node !== 'string')
      expect(typeof color === 'object' && (color.name === 'a:schemeClr' ? color.attrs.val === 'bg1' : color.attrs.val === 'FFFFFF')).toBe(true)
    }
  })
})
