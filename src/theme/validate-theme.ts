import type { Theme } from './theme.js'
import type { ThemeResult } from './load-theme.js'

const colorKeys = [
  'background', 'text', 'title', 'accent', 'muted', 'link', 'codeBackground', 'codeText',
  'tableHeaderBackground', 'tableHeaderText', 'tableRowBackground', 'tableRowAltBackground',
  'tableBorder', 'bannerBackground', 'bannerText', 'titleSlideBackground', 'titleSlideText',
  'sectionBackground', 'sectionText',
] as const
const sizeKeys = [
  'titleSlideTitle', 'subtitle', 'sectionTitle', 'title', 'body', 'minBody', 'code', 'minCode',
  'table', 'footer', 'banner',
] as const
const numberKeys = [
  'lineSpacing', 'paragraphSpacing', 'listIndent', 'gap', 'bannerHeight', 'footerHeight', 'titleHeight',
] as const
const hexColor = /^[0-9A-Fa-f]{6}$/

/**
 * Checks parsed theme data field by field and returns it typed, or the first
 * problem found, naming the field so the theme author can fix it.
 */
export function validateTheme(data: unknown, file: string): ThemeResult {
  const problem = (detail: string): ThemeResult => ({ type: 'invalid', detail: `${file}: ${detail}` })
  if (!isRecord(data)) return problem('the theme must be a YAML mapping')
  if (typeof data.name !== 'string') return problem('`name` must be a string')
  if (typeof data.description !== 'string') return problem('`description` must be a string')
  const colors = data.colors
  if (!isRecord(colors)) return problem('`colors` must be a mapping')
  for (const key of colorKeys) {
    const value = colors[key]
    if (typeof value !== 'string' || !hexColor.test(value)) {
      return problem(`\`colors.${key}\` must be six hex digits such as 0B2545`)
    }
  }
  const fonts = data.fonts
  if (!isRecord(fonts)) return problem('`fonts` must be a mapping')
  for (const key of ['heading', 'body', 'mono'] as const) {
    const font = fonts[key]
    if (!isRecord(font) || typeof font.office !== 'string' || typeof font.web !== 'string' || typeof font.package !== 'string') {
      return problem(`\`fonts.${key}\` must have string \`office\`, \`web\` and \`package\``)
    }
  }
  const sizes = data.sizes
  if (!isRecord(sizes)) return problem('`sizes` must be a mapping')
  for (const key of sizeKeys) {
    if (!isPositive(sizes[key])) return problem(`\`sizes.${key}\` must be a positive number of points`)
  }
  for (const key of numberKeys) {
    if (!isPositive(data[key])) return problem(`\`${key}\` must be a positive number`)
  }
  const margins = data.margins
  if (!isRecord(margins) || !['top', 'right', 'bottom', 'left'].every((side) => isPositive(margins[side]))) {
    return problem('`margins` must give positive `top`, `right`, `bottom` and `left` in points')
  }
  const tokens = data.codeTokens
  if (!isRecord(tokens) || !Object.values(tokens).every((v) => typeof v === 'string' && hexColor.test(v))) {
    return problem('`codeTokens` must map token classes to six-hex-digit colours')
  }
  // Every field has been checked above, so the data now has the Theme shape.
  return { type: 'ok', theme: structuredClone(data) as unknown as Theme }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
}
