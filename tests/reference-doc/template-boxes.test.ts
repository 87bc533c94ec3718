import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { layoutDeck, type Box, type LaidOutDeck, type SectionLayout, type TitleLayout } from '../../src/layout/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { deckToHtml } from '../../src/render/html/index.js'
import { deckToPlan } from '../../src/render/pptx/index.js'
import { themeWithTemplate, type Theme } from '../../src/theme/index.js'
import { formalTheme } from '../support/theme.js'

/**
 * Title and section slides on a template are laid out in its title layout's
 * and section layout's placeholder boxes (inside their insets, aligned and
 * anchored as they say), not in layar's own boxes.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reference-doc')
const TEMPLATES = ['pandoc-reference.pptx', 'impress-vivid.pptx', 'impress-metropolis.pptx', 'org-logo.potx']

async function templateTheme(file: string): Promise<Theme> {
  const derived = await themeWithTemplate(formalTheme(), new Uint8Array(readFileSync(join(FIXTURES, file))), file, [])
  if (derived.type !== 'ok') throw new Error(derived.detail)
  return derived.theme
}

function laidOut(theme: Theme): LaidOutDeck {
  const file = new VFile({ path: 'deck.md', value: readFileSync(join(FIXTURES, 'deck.md'), 'utf8') })
  const deck = deckFromMarkdown(file)
  if (deck === null) throw new Error(String(file.messages))
  return layoutDeck(deck, theme, {}, file)
}

function inside(inner: Box, outer: Box): boolean {
  const slack = 0.02
  return inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.w <= outer.x + outer.w + slack && inner.y + inner.h <= outer.y + outer.h + slack
}

describe("pandoc's reference document's boxes", () => {
  it('reads the title layout placeholders through master → layout inheritance, in layar points', async () => {
    const template = (await templateTheme('pandoc-reference.pptx')).template
    // ctrTitle at (685800, 1597819) 7772400 × 1102519 EMU on a 9144000 EMU wide slide: 0.75 template pt per layar pt.
    const title = template?.layouts.title.titleText
    expect(title?.box).toEqual({ x: 72, y: 167.75, w: 816, h: 115.75 })
    // Alignment from the master's title style (algn="ctr"), anchor from the master's title (anchor="ctr"), default insets.
    expect(title?.align).toBe('center')
    expect(title?.anchor).toBe('middle')
    expect(title?.insets).toEqual({ left: 9.6, top: 4.8, right: 9.6, bottom: 4.8 })
    const subtitle = template?.layouts.title.bodies[0]
    expect(subtitle?.type).toBe('subTitle')
    expect(subtitle?.text?.align).toBe('center')
    // Section Header: its title is anchored at the top and aligned left by the layout itself.
    const section = template?.layouts.section.titleText
    expect(section?.anchor).toBe('top')
    expect(section?.align).toBe('left')
  })
})

describe.each(TEMPLATES)('title and section slides on %s', (file) => {
  it("sit in the template's title and section placeholders", async () => {
    const theme = await templateTheme(file)
    const layouts = theme.template?.layouts
    const deck = laidOut(theme)
    const title = deck.slides[0] as TitleLayout
    const section = deck.slides[1] as SectionLayout
    expect(title.layout).toBe('title')
    expect(section.layout).toBe('section')
    const titleText = layouts?.title.titleText
    const subtitleText = layouts?.title.bodies[0]?.text
    const sectionText = layouts?.section.titleText
    if (!titleText || !subtitleText || !sectionText) throw new Error(`${file}: a title or section placeholder without a box`)
    expect(inside(title.title.box, titleText.box), JSON.stringify([title.title.box, titleText.box])).toBe(true)
    expect(title.title.align).toBe(titleText.align)
    for (const part of [title.subtitle, title.byline]) {
      if (part === null) throw new Error('the fixture deck has a subtitle and an author')
      expect(inside(part.box, subtitleText.box), JSON.stringify([part.box, subtitleText.box])).toBe(true)
      expect(part.align).toBe(subtitleText.align)
    }
    expect(inside(section.title.box, sectionText.box), JSON.stringify([section.title.box, sectionText.box])).toBe(true)
    expect(section.title.align).toBe(sectionText.align)
    // Never into the classification banners.
    for (const box of [title.title.box, section.title.box]) expect(box.y).toBeGreaterThanOrEqual(theme.bannerHeight)
  })
})

describe('body text measured as the template draws it', () => {
  it("takes insets, paragraph spacing and list indent from pandoc's master body style", async () => {
    const theme = await templateTheme('pandoc-reference.pptx')
    // Body placeholder at x = 457200 EMU with PowerPoint's default 91440 EMU inset: (36 + 7.2) / 0.75.
    expect(theme.margins.left).toBe(57.6)
    // Title placeholder at y = 205979 EMU plus the 45720 EMU top inset.
    expect(theme.margins.top).toBe(26.43)
    // bodyStyle lvl1pPr: spcBef 20 % of a line, marL 342900 EMU (27 pt, 36 layar pt).
    expect(theme.paragraphSpacing).toBe(0.24)
    expect(theme.listIndent).toBe(36)
  })

  it("reads an Impress template's style from its master's example paragraph", async () => {
    const theme = await templateTheme('impress-vivid.pptx')
    // marL 237600 EMU on a 10080000 EMU wide slide; the "Title, Content" body at x = 540000 EMU with no insets (lIns="0").
    expect(theme.listIndent).toBe(22.63)
    expect(theme.margins.left).toBe(Math.round((540000 / 10080000) * 960 * 100) / 100)
  })
})

describe("bullets from the template's body style", () => {
  it("takes pandoc's third-level bullet (•) and keeps Impress's Wingdings bullets as layar's", async () => {
    expect((await templateTheme('pandoc-reference.pptx')).bullets).toEqual(['•', '–', '•'])
    expect((await templateTheme('impress-vivid.pptx')).bullets).toBeUndefined()
  })

  it('draws them in both outputs', async () => {
    const theme = await templateTheme('pandoc-reference.pptx')
    const file = new VFile({ path: 'deck.md', value: '---\ntitle: T\nlang: en\n---\n\n## Levels\n\n- one\n  - two\n    - three\n' })
    const deck = deckFromMarkdown(file)
    if (deck === null) throw new Error(String(file.messages))
    const laid = layoutDeck(deck, theme, {}, file)
    const html = deckToHtml(laid, theme, {})
    expect(html).toContain('data-marker="•"')
    expect(html).toContain('data-marker="–"')
    expect(html).not.toContain('data-marker="◦"')
    const plan = deckToPlan(laid, theme, {})
    const chars = plan.slides.flatMap((slide) => slide.shapes.flatMap((shape) => (shape.type === 'text' ? shape.paragraphs : []))).flatMap((p) => (p.marker.type === 'bullet' ? [p.marker.char] : []))
    expect(chars).toEqual(['•', '–', '•'])
  })
})
