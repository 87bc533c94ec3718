import { describe, expect, it } from 'vitest'
import { deckToPptx } from '../../src/render/pptx/index.js'
import { localeFromLang } from '../../src/render/pptx/plan/index.js'
import { findAll, readPptx } from '../support/pptx.js'
import { formalTheme } from '../support/theme.js'
import { sampleAssets, sampleDeck } from './sample-deck.js'

describe('PPTX escaping and locale', () => {
  it('escapes font names and keeps them intact (pptxgenjs writes them raw)', async () => {
    const theme = formalTheme()
    const odd = `Fira <>&"' Sans`
    const fonts = { ...theme.fonts, body: { ...theme.fonts.body, office: odd }, heading: { ...theme.fonts.heading, office: odd } }
    const bytes = await deckToPptx(sampleDeck(), { ...theme, fonts }, sampleAssets(), { modified: new Date(0) })
    const pkg = await readPptx(bytes) // throws on any malformed part
    // Runs name the theme fonts (`+mn-lt`); the theme part names the faces.
    const typefaces = findAll(pkg.xml('ppt/theme/theme1.xml'), 'a:latin').map((element) => element.attrs.typeface)
    expect(typefaces).toEqual([odd, odd])
    expect(findAll(pkg.xml('ppt/slides/slide3.xml'), 'a:latin').map((element) => element.attrs.typeface)).toContain('+mn-lt')
  })

  it('maps bare language codes to locales', () => {
    expect(localeFromLang('id')).toBe('id-ID')
    expect(localeFromLang('en')).toBe('en-US')
    expect(localeFromLang('en-GB')).toBe('en-GB')
  })

  it('rejects an invalid modified date with a TypeError', async () => {
    await expect(deckToPptx(sampleDeck(), formalTheme(), sampleAssets(), { modified: new Date(Number.NaN) })).rejects.toThrow(TypeError)
  })
})
