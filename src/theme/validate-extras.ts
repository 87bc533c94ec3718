import type { Located } from './located.js'
import { checkClassification } from './classification.js'
import type { BannerColors, BodyLayoutName, ChromePlacement, LayoutStyle, LogoPosition, ThemeColors, ThemeLogo, ThemeProblem } from './theme.js'

/** Top-level theme keys that may be left out, with their own checks (see `checkExtras`). */
export const optionalThemeKeys = ['layouts', 'logo', 'chrome', 'classification'] as const

const layoutNames: readonly BodyLayoutName[] = ['content', 'twoColumn', 'image']
const logoPositions: readonly LogoPosition[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right']
const hexColor = /^[0-9A-Fa-f]{6}$/

/** Where the title and section slides' colours are set instead of `layouts:`. */
const ownColors: Record<string, string> = {
  title: 'colors.titleSlideBackground and colors.titleSlideText',
  section: 'colors.sectionBackground and colors.sectionText',
}

/**
 * Checks the optional `layouts:`, `logo:`, `chrome:` and `classification:` keys
 * and returns them with their defaults filled in (each layout's colours from
 * `colors`, no logo, footer band at the bottom with the slide number right,
 * the common marking levels' banner colours).
 *
 * @param root the merged theme data
 * @param colors the checked `colors`, for the defaults
 */
export function checkExtras(
  root: Located,
  colors: ThemeColors,
  problems: ThemeProblem[],
): { layouts: Record<BodyLayoutName, LayoutStyle>; logo: ThemeLogo | null; chrome: ChromePlacement; classification: Record<string, BannerColors> } {
  const entries = root.type === 'map' ? root.entries : new Map<string, never>()
  const logoNode = entries.get('logo')?.value
  return {
    layouts: checkLayouts(entries.get('layouts')?.value, colors, problems),
    logo: logoNode === undefined ? null : checkLogo(logoNode, problems),
    chrome: checkChrome(entries.get('chrome')?.value, problems),
    classification: checkClassification(entries.get('classification')?.value, problems),
  }
}

const placements = { footer: ['bottom', 'top'], slideNumber: ['right', 'left'] } as const

function checkChrome(node: Located | undefined, problems: ThemeProblem[]): ChromePlacement {
  const chrome: ChromePlacement = { footer: 'bottom', slideNumber: 'right' }
  if (node === undefined) return chrome
  if (node.type !== 'map') {
    problems.push({ place: node.place, message: 'chrome must be a mapping with footer and/or slideNumber' })
    return chrome
  }
  for (const [key, entry] of node.entries) {
    if (key !== 'footer' && key !== 'slideNumber') {
      problems.push({ place: entry.keyPlace, message: `unknown key chrome.${key}; the keys here are footer, slideNumber` })
      continue
    }
    const allowed: readonly string[] = placements[key]
    const value = entry.value.type === 'scalar' ? entry.value.value : undefined
    if (typeof value === 'string' && allowed.includes(value)) Object.assign(chrome, { [key]: value })
    else problems.push({ place: entry.value.place, message: `chrome.${key} must be one of ${allowed.join(', ')}` })
  }
  return chrome
}

function checkLayouts(node: Located | undefined, colors: ThemeColors, problems: ThemeProblem[]): Record<BodyLayoutName, LayoutStyle> {
  const layouts = Object.fromEntries(
    layoutNames.map((name) => [name, { background: colors.background, title: colors.title }]),
  ) as Record<BodyLayoutName, LayoutStyle>
  if (node === undefined) return layouts
  if (node.type !== 'map') {
    problems.push({ place: node.place, message: `layouts must map slide layouts (${layoutNames.join(', ')}) to colours` })
    return layouts
  }
  for (const [name, entry] of node.entries) {
    if (!(layoutNames as readonly string[]).includes(name)) {
      const own = ownColors[name]
      const message = own === undefined
        ? `unknown key layouts.${name}; the keys here are ${layoutNames.join(', ')}`
        : `layouts.${name} is not a key here: ${name} slides take their colours from ${own}`
      problems.push({ place: entry.keyPlace, message })
      continue
    }
    const style = layouts[name as BodyLayoutName]
    if (entry.value.type !== 'map') {
      problems.push({ place: entry.value.place, message: `layouts.${name} must be a mapping with background and/or title` })
      continue
    }
    for (const [key, field] of entry.value.entries) {
      if (key !== 'background' && key !== 'title') {
        problems.push({ place: field.keyPlace, message: `unknown key layouts.${name}.${key}; the keys here are background, title` })
        continue
      }
      const color = colorOf(field.value)
      if (color === undefined) problems.push({ place: field.value.place, message: `layouts.${name}.${key} must be six hex digits such as 0B2545 (no #)` })
      else style[key] = color
    }
  }
  return layouts
}

function checkLogo(node: Located, problems: ThemeProblem[]): ThemeLogo | null {
  if (node.type !== 'map') {
    problems.push({ place: node.place, message: 'logo must be a mapping with file, position and height' })
    return null
  }
  const before = problems.length
  for (const [key, entry] of node.entries) {
    if (!['file', 'position', 'height'].includes(key)) {
      problems.push({ place: entry.keyPlace, message: `unknown key logo.${key}; the keys here are file, position, height` })
    }
  }
  const field = (key: string): Located | undefined => {
    const value = node.entries.get(key)?.value
    if (value === undefined) problems.push({ place: node.place, message: `logo lacks logo.${key}` })
    return value
  }
  const file = field('file')
  const position = field('position')
  const height = field('height')
  const fail = (at: Located, message: string): void => void problems.push({ place: at.place, message })
  if (file && (file.type !== 'scalar' || typeof file.value !== 'string' || file.value.trim() === '')) {
    fail(file, 'logo.file must be the path of a PNG, JPEG or GIF file in the theme folder')
  }
  if (position && !(position.type === 'scalar' && (logoPositions as readonly unknown[]).includes(position.value))) {
    fail(position, `logo.position must be one of ${logoPositions.join(', ')}`)
  }
  if (height && !(height.type === 'scalar' && typeof height.value === 'number' && Number.isFinite(height.value) && height.value > 0 && height.value <= 120)) {
    fail(height, 'logo.height must be a positive number of points, at most 120')
  }
  if (problems.length > before || !file || !position || !height) return null
  const value = (at: Located): unknown => (at.type === 'scalar' ? at.value : undefined)
  return { path: value(file) as string, position: value(position) as LogoPosition, height: value(height) as number }
}

/** A colour as written: `047857` is read from the source, since YAML makes it a number. */
function colorOf(node: Located): string | undefined {
  if (node.type !== 'scalar') return undefined
  const text = typeof node.value === 'string' ? node.value : node.source
  return hexColor.test(text) ? text.toUpperCase() : undefined
}
