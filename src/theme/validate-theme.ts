import { fontPairProblem } from './font-pairs.js'
import type { Located, Place } from './located.js'
import type { FontPair, Theme, ThemeColors, ThemeProblem } from './theme.js'
import { checkExtras, optionalThemeKeys } from './validate-extras.js'

/** What a theme value must be: a leaf kind, or a mapping with exactly these keys. */
type Field = 'string' | 'positive' | 'color' | 'colorMap' | 'font' | { [key: string]: Field }

const fields = (keys: readonly string[], field: Field): Record<string, Field> =>
  Object.fromEntries(keys.map((key) => [key, field]))

const font: Field = { office: 'string', web: 'string', package: 'string' }

/** The shape of a theme file (after `extends` is merged and removed). */
const themeSchema: Record<string, Field> = {
  name: 'string',
  description: 'string',
  colors: fields([
    'background', 'text', 'title', 'accent', 'muted', 'link', 'codeBackground', 'codeText',
    'tableHeaderBackground', 'tableHeaderText', 'tableRowBackground', 'tableRowAltBackground',
    'tableBorder', 'bannerBackground', 'bannerText', 'titleSlideBackground', 'titleSlideText',
    'sectionBackground', 'sectionText',
  ], 'color'),
  fonts: { heading: 'font', body: 'font', mono: 'font' },
  sizes: fields([
    'titleSlideTitle', 'subtitle', 'sectionTitle', 'title', 'body', 'minBody', 'code', 'minCode',
    'table', 'footer', 'banner',
  ], 'positive'),
  ...fields(['lineSpacing', 'paragraphSpacing', 'listIndent', 'gap', 'bannerHeight', 'footerHeight', 'titleHeight'], 'positive'),
  margins: fields(['top', 'right', 'bottom', 'left'], 'positive'),
  codeTokens: 'colorMap',
}

const hexColor = /^[0-9A-Fa-f]{6}$/

/** A checked theme, or every problem found in it. */
export type ThemeCheck = { type: 'ok'; theme: Theme } | { type: 'invalid'; problems: ThemeProblem[] }

/**
 * Checks merged theme data against the theme's shape, key by key, and returns
 * it typed, or every problem with the place it was written: wrong values,
 * missing keys, unknown keys (a typo like `colours` must not pass silently).
 */
export function validateTheme(root: Located): ThemeCheck {
  const problems: ThemeProblem[] = []
  const value = checkMapping(root, themeSchema, '', problems)
  if (problems.length === 0 && isRecord(value)) crossCheck(value, root, problems)
  if (problems.length > 0 || !isRecord(value)) return { type: 'invalid', problems }
  const extras = checkExtras(root, value['colors'] as ThemeColors, problems)
  if (problems.length > 0) return { type: 'invalid', problems }
  // Every key has been checked against the schema above, so the data has the Theme shape.
  return { type: 'ok', theme: { ...value, ...extras } as unknown as Theme }
}

function checkMapping(node: Located, schema: Record<string, Field>, path: string, problems: ThemeProblem[]): unknown {
  const name = path === '' ? 'the theme' : path
  if (node.type !== 'map') {
    problems.push({ place: node.place, message: `${name} must be a mapping of keys to values` })
    return undefined
  }
  const result: Record<string, unknown> = {}
  for (const [key, entry] of node.entries) {
    if (!(key in schema) && !(path === '' && (optionalThemeKeys as readonly string[]).includes(key))) {
      const known = [...Object.keys(schema), ...(path === '' ? optionalThemeKeys : [])].join(', ')
      problems.push({ place: entry.keyPlace, message: `unknown key ${join(path, key)}; the keys here are ${known}` })
    }
  }
  for (const [key, field] of Object.entries(schema)) {
    const entry = node.entries.get(key)
    if (!entry) {
      problems.push({ place: node.place, message: `${name} lacks ${join(path, key)}` })
      continue
    }
    result[key] = checkField(entry.value, field, join(path, key), problems)
  }
  return result
}

function checkField(node: Located, field: Field, path: string, problems: ThemeProblem[]): unknown {
  if (typeof field === 'object') return checkMapping(node, field, path, problems)
  const fail = (message: string): undefined => {
    problems.push({ place: node.place, message: `${path} ${message}` })
    return undefined
  }
  switch (field) {
    case 'string':
      return node.type === 'scalar' && typeof node.value === 'string' && node.value.trim() !== '' ? node.value : fail('must be text')
    case 'positive':
      return node.type === 'scalar' && isPositive(node.value) ? node.value : fail('must be a positive number')
    case 'color':
      return colorOf(node) ?? fail('must be six hex digits such as 0B2545 (no #)')
    case 'colorMap':
      return checkColorMap(node, path, problems)
    case 'font':
      return checkFont(node, path, problems)
  }
}

/** A colour as written: `047857` is read from the source, since YAML makes it a number. */
function colorOf(node: Located): string | undefined {
  if (node.type !== 'scalar') return undefined
  const text = typeof node.value === 'string' ? node.value : node.source
  return hexColor.test(text) ? text.toUpperCase() : undefined
}

function checkColorMap(node: Located, path: string, problems: ThemeProblem[]): unknown {
  if (node.type !== 'map') {
    problems.push({ place: node.place, message: `${path} must map highlight.js token classes to colours` })
    return undefined
  }
  const result: Record<string, string> = {}
  for (const [key, entry] of node.entries) {
    const color = colorOf(entry.value)
    if (color === undefined) {
      problems.push({ place: entry.value.place, message: `${path}.${key} must be six hex digits such as 0B2545 (no #)` })
    } else {
      result[key] = color
    }
  }
  return result
}

function checkFont(node: Located, path: string, problems: ThemeProblem[]): unknown {
  const before = problems.length
  const value = checkMapping(node, font as Record<string, Field>, path, problems)
  if (problems.length > before || !isRecord(value)) return value
  const problem = fontPairProblem(value as unknown as FontPair)
  if (problem !== null) problems.push({ place: node.place, message: `${path}: ${problem}` })
  return value
}

/** Checks between keys, once each key is right on its own. */
function crossCheck(theme: Record<string, unknown>, root: Located, problems: ThemeProblem[]): void {
  const sizes = theme.sizes as Record<string, number>
  const placeOf = (key: string): Place => sizePlace(root, key)
  for (const [min, size] of [['minBody', 'body'], ['minCode', 'code']] as const) {
    if ((sizes[min] ?? 0) > (sizes[size] ?? 0)) {
      problems.push({ place: placeOf(min), message: `sizes.${min} must not be larger than sizes.${size}` })
    }
  }
}

function sizePlace(root: Located, key: string): Place {
  const sizes = root.type === 'map' ? root.entries.get('sizes')?.value : undefined
  const entry = sizes?.type === 'map' ? sizes.entries.get(key) : undefined
  return entry?.value.place ?? sizes?.place ?? root.place
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
}
