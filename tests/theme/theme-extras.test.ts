import { describe, expect, it } from 'vitest'
import { contrastPairs, contrastRatio, loadShippedTheme, resolveTheme, type ThemeResult } from '../../src/theme/index.js'
import { loadedTheme, memoryContentFolder } from '../support/theme.js'

/** The theme `brand` (extending formal) with `yaml` appended to its file. */
function brand(yaml: string): ThemeResult {
  return resolveTheme('./brand', memoryContentFolder({ 'brand/theme.yaml': `extends: formal\n${yaml}` }))
}

function detail(result: ThemeResult): string {
  if (result.type !== 'invalid') throw new Error(`expected an invalid theme, got ${result.type}`)
  return result.detail
}

describe('defaults', () => {
  it('leaves shipped themes without a logo, with their own colours per layout and the footer band at the bottom', () => {
    const theme = loadedTheme(loadShippedTheme('formal'))
    expect(theme.logo).toBeNull()
    expect(theme.chrome).toEqual({ footer: 'bottom', slideNumber: 'right' })
    for (const style of Object.values(theme.layouts)) {
      expect(style).toEqual({ background: theme.colors.background, title: theme.colors.title })
    }
  })
})

describe('layouts', () => {
  it('overrides background and title per body layout, the rest from colors', () => {
    const theme = loadedTheme(brand('layouts:\n  image: { background: "111827", title: FFFFFF }\n  twoColumn: { title: "14532D" }\n'))
    expect(theme.layouts.image).toEqual({ background: '111827', title: 'FFFFFF' })
    expect(theme.layouts.twoColumn).toEqual({ background: 'FFFFFF', title: '14532D' })
    expect(theme.layouts.content).toEqual({ background: 'FFFFFF', title: '0B2545' })
  })

  it('sends title and section slides to their own colours, at the key', () => {
    expect(detail(brand('layouts:\n  title: { background: "000000" }\n'))).toBe(
      'brand/theme.yaml:3:3: layouts.title is not a key here: title slides take their colours from colors.titleSlideBackground and colors.titleSlideText',
    )
    expect(detail(brand('layouts:\n  closing: { background: "000000" }\n'))).toBe(
      'brand/theme.yaml:3:3: unknown key layouts.closing; the keys here are content, twoColumn, image',
    )
  })

  it('reports a bad colour or key where it is written', () => {
    expect(detail(brand('layouts:\n  content:\n    background: navy\n'))).toBe(
      'brand/theme.yaml:4:17: layouts.content.background must be six hex digits such as 0B2545 (no #)',
    )
    expect(detail(brand('layouts:\n  content: { text: "000000" }\n'))).toBe(
      'brand/theme.yaml:3:14: unknown key layouts.content.text; the keys here are background, title',
    )
    expect(detail(brand('layouts: dark\n'))).toBe('brand/theme.yaml:2:10: layouts must map slide layouts (content, twoColumn, image) to colours')
  })

  it('adds every pair a layout override draws to the contrast check, so a poor one fails', () => {
    const theme = loadedTheme(brand('layouts:\n  image: { background: "0B2545", title: FFFFFF }\n'))
    const pairs = contrastPairs(theme).filter((pair) => pair.label.includes('layouts.image'))
    expect(pairs.map((pair) => pair.label)).toEqual([
      'layouts.image.title on layouts.image.background',
      'colors.text on layouts.image.background',
      'colors.link on layouts.image.background',
      'colors.muted on layouts.image.background',
    ])
    // formal's dark body text on a navy background cannot pass.
    const failing = pairs.filter((pair) => contrastRatio(pair.foreground, pair.background) < pair.minimum)
    expect(failing.map((pair) => pair.label)).toContain('colors.text on layouts.image.background')
    expect(failing.map((pair) => pair.label)).not.toContain('layouts.image.title on layouts.image.background')
  })
})

describe('chrome placement', () => {
  it('reads footer and slideNumber, each defaulting on its own', () => {
    expect(loadedTheme(brand('chrome: { footer: top }\n')).chrome).toEqual({ footer: 'top', slideNumber: 'right' })
    expect(loadedTheme(brand('chrome: { slideNumber: left }\n')).chrome).toEqual({ footer: 'bottom', slideNumber: 'left' })
  })

  it('reports a bad placement or key where it is written', () => {
    expect(detail(brand('chrome:\n  footer: middle\n'))).toBe('brand/theme.yaml:3:11: chrome.footer must be one of bottom, top')
    expect(detail(brand('chrome:\n  slideNumber: top-right\n'))).toBe('brand/theme.yaml:3:16: chrome.slideNumber must be one of right, left')
    expect(detail(brand('chrome:\n  logo: left\n'))).toBe('brand/theme.yaml:3:3: unknown key chrome.logo; the keys here are footer, slideNumber')
  })
})

describe('logo', () => {
  it('resolves the file from the theme folder to a path in the content folder', () => {
    const theme = loadedTheme(brand('logo: { file: art/logo.png, position: top-right, height: 28 }\n'))
    expect(theme.logo).toEqual({ path: 'brand/art/logo.png', position: 'top-right', height: 28 })
  })

  it('resolves an inherited logo from the folder of the theme that names it', () => {
    const theme = loadedTheme(resolveTheme('./talk', memoryContentFolder({
      'talk/theme.yaml': 'extends: ../brand\nlogo: { position: bottom-left }\n',
      'brand/theme.yaml': 'extends: formal\nlogo: { file: logo.png, position: top-right, height: 28 }\n',
    })))
    expect(theme.logo).toEqual({ path: 'brand/logo.png', position: 'bottom-left', height: 28 })
  })

  it('refuses a logo outside the content folder, at its file', () => {
    expect(detail(brand('logo:\n  file: ../../etc/logo.png\n  position: top-left\n  height: 20\n'))).toBe(
      'brand/theme.yaml:3:9: logo.file ../../etc/logo.png lies outside the content folder; keep the logo in the theme folder',
    )
  })

  it('reports each bad or missing field where it is written', () => {
    expect(detail(brand('logo:\n  file: logo.png\n  position: centre\n  height: 0\n'))).toBe(
      'brand/theme.yaml:4:13: logo.position must be one of top-left, top-right, bottom-left, bottom-right; ' +
      'brand/theme.yaml:5:11: logo.height must be a positive number of points, at most 120',
    )
    expect(detail(brand('logo:\n  file: logo.png\n  size: 3\n'))).toBe(
      'brand/theme.yaml:4:3: unknown key logo.size; the keys here are file, position, height; ' +
      'brand/theme.yaml:3:3: logo lacks logo.position; brand/theme.yaml:3:3: logo lacks logo.height',
    )
    expect(detail(brand('logo: logo.png\n'))).toBe('brand/theme.yaml:2:7: logo must be a mapping with file, position and height')
  })
})
