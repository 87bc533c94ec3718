import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadShippedTheme, resolveTheme, type Theme, type ThemeContext, type ThemeResult } from '../../src/theme/index.js'
import { loadedTheme, memoryContentFolder } from '../support/theme.js'

const formalText = readFileSync('themes/formal/theme.yaml', 'utf8')

function formal(): Theme {
  return loadedTheme(loadShippedTheme('formal'))
}

describe('extends', () => {
  it('deep-merges mappings over the shipped theme', () => {
    const theme = loadedTheme(resolveTheme('./brand', memoryContentFolder({
      'brand/theme.yaml': 'extends: formal\ncolors:\n  accent: "14532D"\nfonts:\n  body: { office: Arial, web: Arimo, package: "@fontsource/arimo" }\n',
    })))
    const base = formal()
    expect(theme.colors).toEqual({ ...base.colors, accent: '14532D' })
    expect(theme.fonts).toEqual({ ...base.fonts, body: { office: 'Arial', web: 'Arimo', package: '@fontsource/arimo' } })
    expect(theme.sizes).toEqual(base.sizes)
    expect(theme.description).toBe(base.description)
    // The name is the theme's own: its folder's when it gives none.
    expect(theme.name).toBe('brand')
    expect(theme).not.toHaveProperty('extends')
  })

  it('follows a chain of path themes, each relative to its own folder', () => {
    const theme = loadedTheme(resolveTheme('./themes/talk', memoryContentFolder({
      'themes/talk/theme.yaml': 'name: talk\nextends: ../brand\nsizes: { body: 26 }\n',
      'themes/brand/theme.yaml': 'extends: minimal\nsizes: { body: 24, title: 30 }\n',
    })))
    expect(theme.name).toBe('talk')
    expect(theme.sizes.body).toBe(26)
    expect(theme.sizes.title).toBe(30)
    expect(theme.colors.accent).toBe(loadedTheme(loadShippedTheme('minimal')).colors.accent)
  })

  it('reports a cycle with the files in it', () => {
    const result = resolveTheme('./a', memoryContentFolder({
      'a/theme.yaml': 'extends: ../b\n',
      'b/theme.yaml': 'description: B\nextends: ../a\n',
    }))
    expect(result.type).toBe('invalid')
    expect(result.type === 'invalid' && result.detail).toBe(
      'b/theme.yaml:2:10: themes extend each other in a cycle: a/theme.yaml → b/theme.yaml → a/theme.yaml; remove one `extends`',
    )
  })

  it('reports a theme extending itself', () => {
    const result = resolveTheme('./a', memoryContentFolder({ 'a/theme.yaml': 'extends: .\n' }))
    expect(result.type === 'invalid' && result.detail).toMatch(/^a\/theme\.yaml:1:10: themes extend each other in a cycle/)
  })

  it('reports an unknown base where `extends` names it', () => {
    const result = resolveTheme('./a', memoryContentFolder({ 'a/theme.yaml': '# brand\nextends: formall\n' }))
    expect(result.type === 'invalid' && result.detail).toBe(
      'a/theme.yaml:2:10: extends names no shipped theme formall; shipped themes: contrast, formal, minimal',
    )
  })

  it('points at the base file when the problem is inherited from it', () => {
    const result = resolveTheme('./a', memoryContentFolder({
      'a/theme.yaml': 'extends: ../b\n',
      'b/theme.yaml': 'extends: formal\ncolors:\n  link: blue\n',
    }))
    expect(result.type === 'invalid' && result.detail).toBe('b/theme.yaml:3:9: colors.link must be six hex digits such as 0B2545 (no #)')
  })
})

describe('positioned problems', () => {
  const broken = (edit: (text: string) => string): ThemeResult =>
    resolveTheme('./t', memoryContentFolder({ 't/theme.yaml': edit(formalText) }))
  const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.includes(needle)) + 1

  it('gives path:line:column of a bad colour', () => {
    const text = formalText.replace('accent: 13315C', 'accent: "#13315C"')
    const result = resolveTheme('./t', memoryContentFolder({ 't/theme.yaml': text }))
    expect(result.type === 'invalid' && result.detail).toBe(
      `t/theme.yaml:${lineOf(text, 'accent:')}:11: colors.accent must be six hex digits such as 0B2545 (no #)`,
    )
    expect(result.type === 'invalid' && result.problems).toHaveLength(1)
  })

  it('reports unknown keys at the key', () => {
    const result = broken((text) => text.replace('colors:\n', 'colors:\n  backgroud: FFFFFF\n'))
    const line = lineOf(formalText, 'colors:') + 1
    expect(result.type === 'invalid' && result.detail).toMatch(
      new RegExp(`^t/theme\\.yaml:${line}:3: unknown key colors\\.backgroud; the keys here are background, `),
    )
  })

  it('reports a missing key at its mapping', () => {
    const result = broken((text) => text.replace(/^ {2}minBody: \d+\n/m, ''))
    expect(result.type === 'invalid' && result.detail).toBe(`t/theme.yaml:${lineOf(formalText, 'titleSlideTitle')}:3: sizes lacks sizes.minBody`)
  })

  it('lists every problem, not only the first', () => {
    const result = broken((text) => text.replace(/^ {2}body: \d+$/m, '  body: big').replace(/^gap: \d+$/m, 'gap: -1'))
    expect(result.type === 'invalid' && result.problems.map((problem) => problem.message)).toEqual([
      'sizes.body must be a positive number', 'gap must be a positive number',
    ])
  })

  it('refuses a font pair whose metrics differ', () => {
    const result = broken((text) => text.replace('body: { office: Calibri, web: Carlito', 'body: { office: Calibri, web: Arimo'))
    expect(result.type === 'invalid' && result.detail).toMatch(/fonts\.body: Calibri must be paired with web Carlito from package @fontsource\/carlito/)
  })

  it('refuses a smallest size above the size', () => {
    const result = broken((text) => text.replace(/minBody: \d+/, 'minBody: 99'))
    expect(result.type === 'invalid' && result.detail).toMatch(/:\d+:12: sizes\.minBody must not be larger than sizes\.body$/)
  })

  it('keeps the line and column of a YAML syntax error', () => {
    const result = resolveTheme('./t', memoryContentFolder({ 't/theme.yaml': 'name: t\ncolors:\n  text: [1F2933\n' }))
    expect(result.type === 'invalid' && result.detail).toMatch(/^t\/theme\.yaml:\d+:\d+: /)
    expect(result.type === 'invalid' && result.problems[0]?.place?.line).toBeGreaterThanOrEqual(3)
  })

  it('reads a JSON theme as well', () => {
    const theme = loadedTheme(resolveTheme('./j', memoryContentFolder({ 'j/theme.json': '{"extends": "contrast", "sizes": {"body": 28}}' })))
    expect(theme.sizes.body).toBe(28)
    expect(theme.colors.background).toBe(loadedTheme(loadShippedTheme('contrast')).colors.background)
  })
})

describe('path themes', () => {
  const deckDir = resolve('tests/fixtures/theme/brand-deck')
  const disk: ThemeContext = {
    contentDir: deckDir,
    readFile: (absPath) => {
      try {
        return readFileSync(absPath, 'utf8')
      } catch {
        return null
      }
    },
  }

  it('loads a theme folder beside the content', () => {
    const theme = loadedTheme(resolveTheme('./brand', disk))
    expect(theme.name).toBe('brand')
    expect(theme.description).toBe('Formal with the organisation\'s green.')
    expect(theme.colors.titleSlideBackground).toBe('14532D')
    expect(theme.fonts.body.web).toBe('Arimo')
    expect(theme.fonts.heading.web).toBe('Carlito')
  })

  it('loads a theme file named directly, and a shipped name still means the shipped theme', () => {
    expect(loadedTheme(resolveTheme('brand/theme.yaml', disk)).name).toBe('brand')
    expect(loadedTheme(resolveTheme('minimal', disk)).name).toBe('minimal')
  })

  it.each([['../elsewhere'], ['./brand/../../x'], ['/etc/layar']])('refuses %s outside the content folder', (spec) => {
    const result = resolveTheme(spec, disk)
    expect(result.type).toBe('invalid')
    expect(result.type === 'invalid' && result.detail).toBe(
      `theme ${spec} lies outside ${deckDir}; keep an organisation's theme in a folder beside the content`,
    )
  })

  it('refuses an `extends` that leaves the content folder, at its place', () => {
    const result = resolveTheme('./a', memoryContentFolder({ 'a/theme.yaml': 'extends: ../../secret\n' }))
    expect(result.type === 'invalid' && result.detail).toMatch(/^a\/theme\.yaml:1:10: theme \.\.\/\.\.\/secret lies outside/)
  })

  it('reports a missing theme folder', () => {
    const result = resolveTheme('./nobrand', disk)
    expect(result.type === 'invalid' && result.detail).toBe(
      `theme ./nobrand has no theme.yaml or theme.yml or theme.json at ${join(deckDir, 'nobrand', 'theme.yaml')}`,
    )
  })
})
