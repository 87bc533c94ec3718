import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { buildDeck, type BuildDeckResult } from '../../src/build/index.js'
import type { BodyLayout } from '../../src/layout/index.js'
import { htmlSlides } from '../support/outputs.js'
import { makePng } from '../support/png.js'
import { memoryContentFolder } from '../support/theme.js'
import { findAll, readPptx } from '../support/pptx.js'

const markdown = `---
title: Slide attributes
classification: TERBATAS
---

## Plain

Text.

## Red {#red background-color="#a33"}

Text on red.

## Photo {data-background-image="photo.png" background-opacity=0.5 background-position="left top"}

Text over a photo.

## Boxed {background-image="photo.png" background-size=contain background-color="#eeeeee"}

Contained.

## Smaller {.smaller auto-animate=true}

Small text.

## Gone {visibility="hidden"}

Never shown.
`

async function build(): Promise<BuildDeckResult> {
  const file = new VFile({ path: '/deck/deck.md', value: markdown })
  const images: Record<string, Uint8Array> = { 'photo.png': makePng(400, 300, '1D4ED8') }
  return buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async (path) => images[path] ?? null)
}

describe('slide attributes in both outputs', () => {
  it('lays out backgrounds, the smaller step and HTML-only attributes, and leaves hidden slides out', async () => {
    const { file, laidOut } = await build()
    const rules = file.messages.map((message) => message.ruleId)
    expect(rules).toEqual(expect.arrayContaining(['attribute-html-only', 'slide-hidden']))
    // Every text colour, the footer's and slide number's too, switches to one that reads on the slide's own background.
    expect(rules).not.toContain('background-contrast')
    const slides = (laidOut?.slides ?? []).filter((slide): slide is BodyLayout => slide.layout !== 'title' && slide.layout !== 'section')
    expect(slides.map((slide) => slide.title?.inlines.map((inline) => ('value' in inline ? inline.value : '')).join(''))).toEqual(['Plain', 'Red', 'Photo', 'Boxed', 'Smaller'])
    const [plain, red, photo, boxed, smaller] = slides
    expect(plain?.background).toBeUndefined()
    // The theme's dark text is unreadable on dark red: title, body and chrome switch to the theme's light text, as Quarto does.
    expect(red?.background).toEqual({ color: 'AA3333', image: null, text: { title: 'FFFFFF', body: 'FFFFFF', chrome: 'FFFFFF' } })
    // Cover: the 4:3 picture fills the 16:9 slide's width and is cropped from its top (position "left top").
    expect(photo?.background?.image).toMatchObject({ fit: 'cover', opacity: 0.5, box: { x: 0, y: 0, w: 960, h: 720 }, clip: { x: 0, y: 0, w: 960, h: 540 } })
    // Contain: fitted between the classification banners, centred.
    const contained = boxed?.background?.image
    expect(contained?.fit).toBe('contain')
    expect(contained?.box.y).toBeGreaterThan(0)
    expect((contained?.box.y ?? 0) + (contained?.box.h ?? 0)).toBeLessThan(540)
    const bodySize = (slide: BodyLayout | undefined): number => (slide?.frames[0]?.type === 'text' ? slide.frames[0].fontSize : 0)
    expect(bodySize(smaller)).toBeLessThan(bodySize(plain))
    expect(smaller?.htmlOnly).toEqual([{ name: 'data-auto-animate', value: 'true' }])
  })

  it('draws them in the HTML with reveal.js background attributes', async () => {
    const { outputs } = await build()
    const sections = selectAll('.reveal > .slides > section', fromHtml(outputs?.html ?? ''))
    expect(sections).toHaveLength(6)
    const [, plain, red, photo, boxed, smaller] = sections
    expect(red?.properties['dataBackgroundColor']).toBe('#AA3333')
    expect(String(red?.properties['style'])).toContain('color:#FFFFFF')
    expect(String(selectAll('.layar-title', red!)[0]?.properties['style'])).toContain('color:#FFFFFF')
    expect(String(plain?.properties['style'])).not.toContain('color:')
    expect(String(photo?.properties['dataBackgroundImage'])).toMatch(/^data:image\/png;base64,/)
    expect(photo?.properties['dataBackgroundSize']).toBe('cover')
    expect(photo?.properties['dataBackgroundPosition']).toBe('0% 0%')
    expect(photo?.properties['dataBackgroundOpacity']).toBe('0.5')
    expect(boxed?.properties['dataBackgroundImage']).toBeUndefined()
    expect(selectAll('img.layar-background', boxed!)).toHaveLength(1)
    expect(smaller?.properties['dataAutoAnimate']).toBe('true')
    const text = htmlSlides(outputs?.html ?? '').text
    expect(text).toContain('Text on red.')
    expect(text).not.toContain('Never shown')
    expect(text).not.toContain('{')
  })

  it('draws them in the PPTX as slide backgrounds, cropped to the slide', async () => {
    const { outputs } = await build()
    const pkg = await readPptx(outputs?.pptx ?? new Uint8Array())
    const slide = (n: number) => pkg.xml(`ppt/slides/slide${n}.xml`)
    expect(pkg.paths.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(6)
    expect(findAll(slide(2), 'p:bg')).toHaveLength(0)
    expect(findAll(findAll(slide(3), 'p:bg')[0]!, 'a:srgbClr')[0]?.attrs['val']).toBe('AA3333')
    // Title and body runs in the light text layout chose (as scheme or explicit colours, never the theme's dark text).
    const runColors = (n: number) => findAll(slide(n), 'a:rPr').flatMap((run) => [...findAll(run, 'a:srgbClr'), ...findAll(run, 'a:schemeClr')].map((color) => color.attrs['val']))
    expect(new Set(runColors(3))).not.toContain(runColors(2)[0])
    const fill = findAll(slide(4), 'p:bg')[0]!
    // 720 pt tall drawn, 540 shown from the top: a quarter cut off the bottom.
    expect(findAll(fill, 'a:srcRect')[0]?.attrs).toEqual({ l: '0', t: '0', r: '0', b: '25000' })
    expect(findAll(fill, 'a:alphaModFix')[0]?.attrs['amt']).toBe('50000')
    const boxedPictures = findAll(slide(5), 'p:pic')
    expect(boxedPictures).toHaveLength(1)
    expect(findAll(findAll(slide(5), 'p:bg')[0]!, 'a:srgbClr')[0]?.attrs['val']).toBe('EEEEEE')
  })
})
