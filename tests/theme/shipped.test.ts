import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultThemeName, loadShippedTheme, metricCompatibleFonts, shippedThemeNames } from '../../src/theme/index.js'

describe('shipped themes', () => {
  it('ship formal, minimal and contrast', () => {
    expect(shippedThemeNames()).toEqual(expect.arrayContaining(['contrast', 'formal', 'minimal']))
  })

  it.each(shippedThemeNames())('%s validates, is named after its folder and has a one-line description', (name) => {
    const result = loadShippedTheme(name)
    expect(result.type, JSON.stringify(result)).toBe('ok')
    if (result.type !== 'ok') return
    expect(result.theme.name).toBe(name)
    expect(result.theme.description).toMatch(/^[^\n]{10,100}$/)
    for (const font of Object.values(result.theme.fonts)) expect(metricCompatibleFonts).toContainEqual(font)
  })

  it('reads all-digit colours as written, not as YAML numbers', () => {
    const result = loadShippedTheme('formal')
    expect(readFileSync('themes/formal/theme.yaml', 'utf8')).toMatch(/^ {2}string: 047857$/m)
    expect(result.type === 'ok' && result.theme.codeTokens.string).toBe('047857')
  })

  it('loads the default theme for null', () => {
    const result = loadShippedTheme(null)
    expect(result.type === 'ok' && result.theme.name).toBe(defaultThemeName)
  })

  it('reports an unknown name with the known ones', () => {
    expect(loadShippedTheme('nope')).toEqual({ type: 'unknown', name: 'nope', known: shippedThemeNames() })
  })

  it('does not take paths: those need the content folder', () => {
    expect(loadShippedTheme('../themes/formal').type).toBe('unknown')
  })
})
