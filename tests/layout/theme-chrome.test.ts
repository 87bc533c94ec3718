import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { themeFaces } from '../../src/layout/context.js'
import { chromeOf } from '../../src/layout/chrome.js'
import { contentAreaOf } from '../../src/layout/geometry.js'
import { layoutDeck, THEME_LOGO_KEY } from '../../src/layout/index.js'
import type { Deck, ImageAssets } from '../../src/model/index.js'
import type { ChromePlacement, LogoPosition, Theme } from '../../src/theme/index.js'
import { pngBytes } from '../support/png.js'
import { layoutTestTheme } from '../support/theme.js'
import { contentSlide, meta, paragraph } from './deck-builder.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'

// layout-theme: margins 24/48/16/48, footer band 24, banners 18, gap 12.
const base = layoutTestTheme()
const faces = themeFaces(base, createLayoutCache())
/** A 2:1 logo picture. */
const assets: ImageAssets = { [THEME_LOGO_KEY]: { mime: 'image/png', width: 200, height: 100, bytes: pngBytes(200, 100) } }

function themed(chrome: Partial<ChromePlacement>, logo: LogoPosition | null = null): Theme {
  return {
    ...base,
    chrome: { ...base.chrome, ...chrome },
    logo: logo === null ? null : { path: 'brand/logo.png', position: logo, height: 30 },
  }
}

describe('footer band and slide number placement', () => {
  it('keeps the default: band at the bottom, footer left, number right', () => {
    const { chrome } = chromeOf(meta({ footer: 'Briefing' }), themed({}), faces)
    expect(chrome.footer).toMatchObject({ box: { x: 48, y: 516, w: 288, h: 24 }, align: 'left' })
    expect(chrome.slideNumber).toMatchObject({ box: { x: 624, y: 516, w: 288, h: 24 }, align: 'right' })
  })

  it('puts the number at the left end and the footer at the right with slideNumber: left', () => {
    const { chrome } = chromeOf(meta({ footer: 'Briefing', organization: 'Mabes' }), themed({ slideNumber: 'left' }), faces)
    expect(chrome.slideNumber).toMatchObject({ box: { x: 48, y: 516, w: 288, h: 24 }, align: 'left' })
    expect(chrome.footer).toMatchObject({ box: { x: 624, y: 516, w: 288, h: 24 }, align: 'right' })
    expect(chrome.organization).toMatchObject({ box: { x: 336, y: 516, w: 288, h: 24 }, align: 'center' })
  })

  it('moves the band to the top (below the top banner) and the content below it with footer: top', () => {
    const theme = themed({ footer: 'top' })
    expect(chromeOf(meta({ footer: 'Briefing' }), theme, faces).chrome.slideNumber.box).toEqual({ x: 624, y: 0, w: 288, h: 24 })
    expect(contentAreaOf(meta(), theme)).toEqual({ x: 48, w: 864, top: 48, bottom: 524 })
    const classified = meta({ classification: 'TERBATAS', footer: 'Briefing' })
    const { chrome } = chromeOf(classified, theme, faces)
    expect(chrome.footer?.box).toEqual({ x: 48, y: 18, w: 288, h: 24 })
    expect(chrome.bannerBottom?.box).toEqual({ x: 0, y: 522, w: 960, h: 18 })
    expect(contentAreaOf(classified, theme)).toEqual({ x: 48, w: 864, top: 66, bottom: 506 })
  })
})

describe('logo', () => {
  it.each([
    ['top-right', {}, false, { x: 852, y: 24, w: 60, h: 30 }, { top: 66, bottom: 500 }],
    ['top-left', {}, true, { x: 48, y: 42, w: 60, h: 30 }, { top: 84, bottom: 482 }],
    ['bottom-left', {}, false, { x: 48, y: 470, w: 60, h: 30 }, { top: 24, bottom: 458 }],
    ['bottom-right', { footer: 'top' }, false, { x: 852, y: 494, w: 60, h: 30 }, { top: 48, bottom: 482 }],
  ] as const)('%s: in the corner inside the margins, aspect kept, in a strip the content keeps free', (position, chrome, classified, box, area) => {
    const theme = themed(chrome, position)
    const m = meta(classified ? { classification: 'TERBATAS' } : {})
    expect(chromeOf(m, theme, faces, assets).chrome.logo).toEqual({ box, key: THEME_LOGO_KEY })
    expect(contentAreaOf(m, theme)).toMatchObject(area)
  })

  it('starts a content slide title below the logo strip', () => {
    const deck: Deck = { meta: meta(), slides: [contentSlide('Latar Belakang', [paragraph('Satu dua tiga.')])] }
    const laidOut = layoutDeck(deck, themed({}, 'top-left'), assets, new VFile())
    const slide = laidOut.slides[0]
    if (slide?.layout !== 'content') throw new Error('expected a content slide')
    expect(laidOut.chrome.logo?.box).toEqual({ x: 48, y: 24, w: 60, h: 30 })
    expect(slide.title?.box.y).toBe(66)
  })

  it('draws no logo without its bytes (the build has reported why)', () => {
    expect(chromeOf(meta(), themed({}, 'top-right'), faces, {}).chrome.logo).toBeNull()
    expect(chromeOf(meta(), themed({}), faces, assets).chrome.logo).toBeNull()
  })
})
