import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import JSZip from 'jszip'
import { select, selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { layoutDeck, type LaidOutDeck } from '../../src/layout/index.js'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { deckToHtml } from '../../src/render/html/index.js'
import { themeToCss } from '../../src/render/html/theme-css.js'
import { px } from '../../src/render/html/units.js'
import { deckToPlan, deckToPptx } from '../../src/render/pptx/index.js'
import { pptxSlideParts } from '../support/outputs.js'
import { formalTheme } from '../support/theme.js'

/** Both outputs of a Markdown deck, built in memory from the same laid-out deck. */
async function bothOutputs(markdown: string): Promise<{ file: VFile; laidOut: LaidOutDeck; html: Element; layouts: string[]; slides: string[]; notes: string[] }> {
  const file = new VFile({ path: 'deck.md', value: markdown })
  const deck = deckFromMarkdown(file)
  if (deck === null) throw new Error(`no deck: ${String(file.messages)}`)
  const theme = formalTheme()
  const laidOut = layoutDeck(deck, theme, {}, file)
  const html = fromHtml(deckToHtml(laidOut, theme, {}))
  const pptx = await deckToPptx(laidOut, theme, {}, { modified: new Date(Date.UTC(2026, 0, 1)) })
  const zip = await JSZip.loadAsync(pptx)
  const layoutNames = Object.keys(zip.files).filter((name) => /^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name))
  const layouts = await Promise.all(layoutNames.map((name) => zip.file(name)!.async('string')))
  return { file, laidOut, html: html as unknown as Element, layouts, ...(await pptxSlideParts(pptx)) }
}

const decode = (text: string): string => text.replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))

/** Every `<a:buChar>` of a slide part with the `<a:buFont>` of its paragraph. */
function bulletsOf(xml: string): Array<{ char: string; font: string | null }> {
  return [...xml.matchAll(/<a:pPr\b[^>]*>(?:(?!<\/a:pPr>)[\s\S])*?<a:buChar char="([^"]*)"\/>/g)].map((match) => ({
    char: decode(match[1] ?? ''),
    font: /<a:buFont typeface="([^"]*)"\/>/.exec(match[0])?.[1] ?? null,
  }))
}

describe('list markers agree in both outputs', () => {
  const markdown = '---\ntitle: Tugas\n---\n\n## Daftar\n\n- [ ] belum\n- [x] selesai\n- biasa\n  - dalam\n\n1. [x] bernomor selesai\n2. dua\n\n::: notes\n- [ ] catatan tugas\n:::\n'

  it('draws ☐/☑ for task items and the level bullets otherwise, in the HTML and the PPTX', async () => {
    const { html, slides, notes } = await bothOutputs(markdown)
    const section = selectAll('.reveal .slides > section', html)[1]!
    const items = selectAll('.layar-text li', section)
    expect(items.map((li) => li.properties['dataMarker'] ?? 'number')).toEqual(['☐', '☑', '•', '–', '☑', 'number'])
    expect(bulletsOf(slides[1] ?? '')).toEqual([
      { char: '☐', font: 'Segoe UI Symbol' },
      { char: '☑', font: 'Segoe UI Symbol' },
      { char: '•', font: 'Calibri' },
      { char: '–', font: 'Calibri' },
      { char: '☑', font: 'Segoe UI Symbol' },
    ])
    expect(slides[1]).toContain('<a:buAutoNum type="arabicPeriod" startAt="2"/>')
    expect(notes.join('')).toContain('☐ catatan tugas')
  })

  it('gives the HTML task boxes a font that has them', () => {
    const css = themeToCss(formalTheme())
    expect(css).toMatch(/li\.task-open::before,\.layar-text li\.task-done::before\{font-family:"Segoe UI Symbol"/)
    expect(css).toContain('li[data-marker]::before{content:attr(data-marker)}')
  })
})

describe('white space agrees in both outputs', () => {
  it('collapses runs of spaces and tabs, in text and inline code, as the HTML shows them', async () => {
    const markdown = '---\ntitle: Spasi\n---\n\n## Jumlah\n\nTotal:      42 and\ttab `a    b` lalu\nbaris\n'
    const { html, slides } = await bothOutputs(markdown)
    const paragraph = select('.layar-text p', selectAll('.reveal .slides > section', html)[1]!)!
    // The HTML keeps the source text and CSS `white-space: normal` collapses it; toText applies that rule.
    const shown = toText(paragraph)
    expect(shown).toBe('Total: 42 and tab a b lalu baris')
    const runs = [...(slides[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join('')
    expect(runs).toContain(shown)
  })

  it('renders inline code with collapsing white space, code blocks without', () => {
    const css = themeToCss(formalTheme())
    expect(css).toMatch(/\.layar-slide code\{[^}]*white-space:normal/)
    expect(css).toMatch(/\.layar-code\{[^}]*white-space:pre/)
    expect(css).toMatch(/\.layar-code code\{[^}]*white-space:inherit/)
  })
})

describe('chrome text is measured and kept on one line in both outputs', () => {
  const footerOf = (length: number): string => 'Rapat koordinasi lintas kementerian '.repeat(10).slice(0, length).trim()
  const deckWithFooter = (footer: string): string => `---\ntitle: Kaki\nfooter: "${footer}"\n---\n\n## Isi\n\nSatu.\n`

  it('shrinks a long footer until it fits its box, and both outputs draw it at that size on one line', async () => {
    const footer = footerOf(90)
    const { file, laidOut, html, layouts, slides } = await bothOutputs(deckWithFooter(footer))
    const theme = formalTheme()
    const drawn = laidOut.chrome.footer
    expect(drawn?.text).toBe(footer)
    expect(drawn?.fontSize).toBeLessThan(theme.sizes.footer)
    expect(drawn?.fontSize).toBeGreaterThan(6)
    expect(file.messages.map((m) => m.ruleId)).not.toContain('chrome-too-long')
    // HTML: the laid-out size, on one line.
    const div = select('.layar-footer', selectAll('.reveal .slides > section', html)[1]!)!
    expect(String(div.properties['style'])).toContain(`font-size:${px(drawn?.fontSize ?? 0)}`)
    expect(themeToCss(theme)).toMatch(/\.layar-chrome\{[^}]*white-space:nowrap/)
    // PPTX: each slide's footer placeholder at the laid-out size; the layouts' footer placeholders have that size too.
    const shape = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<a:t>Rapat koordinasi[\s\S]*?<\/p:sp>/.exec(slides.join('\n'))?.[0] ?? ''
    expect(shape).toContain('<p:ph type="ftr"')
    expect(shape).toContain(`sz="${Math.round((drawn?.fontSize ?? 0) * 100)}"`)
    const plan = deckToPlan(laidOut, theme, {})
    expect(plan.slides.map((slide) => slide.footer)).toEqual(plan.slides.map(() => expect.objectContaining({ text: footer, fontSize: drawn?.fontSize })))
    const placeholders = plan.layouts.flatMap((layout) => layout.placeholders).filter((placeholder) => placeholder.type === 'ftr')
    for (const placeholder of placeholders) expect(placeholder.text?.fontSize).toBe(drawn?.fontSize)
    expect(layouts.join('\n')).toContain('<p:ph type="ftr"')
  })

  it('writes wrap="none" on the PPTX footer boxes', async () => {
    const { layouts, slides } = await bothOutputs(deckWithFooter(footerOf(90)))
    const shape = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<a:t>Rapat koordinasi[\s\S]*?<\/p:sp>/.exec(slides.join('\n'))?.[0] ?? ''
    expect(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<a:t>Rapat koordinasi[\s\S]*?<\/p:sp>/.exec(layouts.join('\n'))?.[0]).toMatch(/<a:bodyPr[^>]* wrap="none"/)
    expect(shape).toMatch(/<a:bodyPr[^>]* wrap="none"/)
  })

  it('warns chrome-too-long at the front matter when a 200-character footer cannot fit even at 6 pt', async () => {
    const { file, laidOut } = await bothOutputs(deckWithFooter(footerOf(200)))
    expect(laidOut.chrome.footer?.fontSize).toBe(6)
    const messages = file.messages.filter((m) => m.ruleId === 'chrome-too-long')
    expect(messages.map((m) => `${m.line}:${m.column} ${m.fatal}`)).toEqual(['1:1 false'])
    expect(messages[0]?.reason).toContain('footer')
  })
})
