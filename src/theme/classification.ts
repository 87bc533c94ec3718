import type { Located } from './located.js'
import type { BannerColors, Theme, ThemeProblem } from './theme.js'

/**
 * Banner colours of the common marking levels, used unless a theme's
 * `classification:` sets its own: the US/NATO colour code (UNCLASSIFIED green,
 * CONFIDENTIAL blue, SECRET red, TOP SECRET orange, CUI purple) and the
 * Indonesian levels by their counterpart (BIASA and TIDAK RAHASIA green,
 * TERBATAS blue, RAHASIA red, SANGAT RAHASIA orange). Every text colour passes
 * WCAG AA on its background at banner size (the contrast test checks them).
 */
export const defaultClassificationColors: Readonly<Record<string, Readonly<BannerColors>>> = {
  UNCLASSIFIED: { background: '007A33', text: 'FFFFFF' },
  CUI: { background: '502B85', text: 'FFFFFF' },
  CONFIDENTIAL: { background: '0033A0', text: 'FFFFFF' },
  SECRET: { background: 'C8102E', text: 'FFFFFF' },
  'TOP SECRET': { background: 'FF8C00', text: '000000' },
  BIASA: { background: '007A33', text: 'FFFFFF' },
  'TIDAK RAHASIA': { background: '007A33', text: 'FFFFFF' },
  TERBATAS: { background: '0033A0', text: 'FFFFFF' },
  RAHASIA: { background: 'C8102E', text: 'FFFFFF' },
  'SANGAT RAHASIA': { background: 'FF8C00', text: '000000' },
}

/**
 * How high the common levels are, lowest first: the US/NATO levels and the
 * Indonesian ones side by side (BIASA and TIDAK RAHASIA with UNCLASSIFIED,
 * TERBATAS with CONFIDENTIAL, RAHASIA with SECRET, SANGAT RAHASIA with TOP SECRET).
 */
const LEVEL_RANKS: Readonly<Record<string, number>> = {
  UNCLASSIFIED: 0,
  BIASA: 0,
  'TIDAK RAHASIA': 0,
  CUI: 1,
  CONFIDENTIAL: 2,
  TERBATAS: 2,
  SECRET: 3,
  RAHASIA: 3,
  'TOP SECRET': 4,
  'SANGAT RAHASIA': 4,
}

/**
 * How high a marking is (0 for UNCLASSIFIED up to 4 for TOP SECRET), by the
 * longest common level it starts with as a whole word, as `bannerColorsOf`
 * matches; `null` for a marking of no common level (a theme's own), which
 * cannot be compared.
 */
export function classificationRank(marking: string): number | null {
  const level = longestLevel(Object.keys(LEVEL_RANKS), marking)
  return level === null ? null : (LEVEL_RANKS[level] ?? null)
}

/** The longest of `levels` that `marking` is or starts with as a whole word. */
function longestLevel(levels: readonly string[], marking: string): string | null {
  const key = markingKey(marking)
  let best: string | null = null
  for (const level of levels) {
    const matches = key === level || (key.startsWith(level) && !/[\p{L}\p{N}]/u.test(key.charAt(level.length)))
    if (matches && (best === null || level.length > best.length)) best = level
  }
  return best
}

/** A marking as the levels are keyed: upper case, runs of white space as one space, trimmed. */
export function markingKey(marking: string): string {
  return marking.trim().replace(/\s+/g, ' ').toUpperCase()
}

/**
 * The banner colours for a marking: those of the longest level the marking
 * starts with as a whole word (`SECRET//NOFORN` is SECRET, `TOP SECRET` is not
 * SECRET, `SANGAT RAHASIA` is not RAHASIA), else the theme's
 * `colors.bannerBackground` / `colors.bannerText`.
 */
export function bannerColorsOf(theme: Theme, marking: string): BannerColors {
  const level = longestLevel(Object.keys(theme.classification), marking)
  const colors = level === null ? undefined : theme.classification[level]
  return colors === undefined ? { background: theme.colors.bannerBackground, text: theme.colors.bannerText } : { ...colors }
}

const hexColor = /^[0-9A-Fa-f]{6}$/

/**
 * Checks the optional `classification:` key (marking → `{ background, text }`)
 * and returns the defaults with it laid over them: a level it names gets its
 * colours (a missing one of the two kept from the default, if any), a new
 * level must give both.
 */
export function checkClassification(node: Located | undefined, problems: ThemeProblem[]): Record<string, BannerColors> {
  const levels: Record<string, BannerColors> = Object.fromEntries(
    Object.entries(defaultClassificationColors).map(([level, colors]) => [level, { ...colors }]),
  )
  if (node === undefined) return levels
  if (node.type !== 'map') {
    problems.push({ place: node.place, message: 'classification must map markings (e.g. SECRET) to { background, text } colours' })
    return levels
  }
  for (const [marking, entry] of node.entries) {
    const path = `classification.${marking}`
    if (entry.value.type !== 'map') {
      problems.push({ place: entry.value.place, message: `${path} must be a mapping with background and text` })
      continue
    }
    const level = markingKey(marking)
    const colors: Partial<BannerColors> = { ...levels[level] }
    for (const [key, field] of entry.value.entries) {
      if (key !== 'background' && key !== 'text') {
        problems.push({ place: field.keyPlace, message: `unknown key ${path}.${key}; the keys here are background, text` })
        continue
      }
      const color = colorOf(field.value)
      if (color === undefined) problems.push({ place: field.value.place, message: `${path}.${key} must be six hex digits such as 0B2545 (no #)` })
      else colors[key] = color
    }
    if (colors.background === undefined || colors.text === undefined) {
      problems.push({ place: entry.value.place, message: `${path} must set both background and text (it is not a default level)` })
      continue
    }
    levels[level] = { background: colors.background, text: colors.text }
  }
  return levels
}

/** A colour as written: `047857` is read from the source, since YAML makes it a number. */
function colorOf(node: Located): string | undefined {
  if (node.type !== 'scalar') return undefined
  const text = typeof node.value === 'string' ? node.value : node.source
  return hexColor.test(text) ? text.toUpperCase() : undefined
}
