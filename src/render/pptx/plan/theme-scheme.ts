import { createRequire } from 'node:module'
import { relativeLuminance, type Theme } from '../../../theme/index.js'
import { complexScriptFace, eastAsianFace } from '../script-fonts.js'
import type { SchemeSlot, ThemeScheme } from './types.js'

/**
 * The layar theme as PowerPoint's theme part holds it: a colour scheme, the
 * master's colour map, a font scheme, and which explicit colours slides may
 * write as scheme colours instead.
 *
 * Light themes (a light background) map `bg1` → `lt1` = background and
 * `tx1` → `dk1` = text, as Office themes do; dark themes (the contrast theme)
 * keep `dk1` dark and `lt1` light and map `bg1` → `dk1`, `tx1` → `lt1`, so text
 * a user adds with default formatting is light on the dark background.
 *
 * @param theme the deck's theme
 * @param locale the deck's locale (decides the east-Asian face)
 */
export function themeScheme(theme: Theme, locale: string): ThemeScheme {
  const colors = theme.colors
  const dark = relativeLuminance(colors.background) < relativeLuminance(colors.text)
  const accentOr = (token: string): string => theme.codeTokens[token] ?? colors.link
  const scheme: ThemeScheme['colors'] = {
    dk1: dark ? colors.background : colors.text,
    lt1: dark ? colors.text : colors.background,
    dk2: dark ? colors.tableRowAltBackground : colors.title,
    lt2: dark ? colors.title : colors.tableRowAltBackground,
    accent1: colors.accent,
    accent2: colors.tableHeaderBackground,
    accent3: colors.bannerBackground,
    accent4: colors.muted,
    accent5: accentOr('keyword'),
    accent6: accentOr('string'),
    hlink: colors.link,
    folHlink: colors.muted,
  }
  // Scheme colours slides refer to, in order of preference when two slots hold one colour.
  const slots: Array<{ slot: SchemeSlot; color: string }> = [
    { slot: 'tx1', color: colors.text },
    { slot: 'bg1', color: colors.background },
    { slot: 'tx2', color: colors.title },
    { slot: 'bg2', color: colors.tableRowAltBackground },
    { slot: 'accent1', color: colors.accent },
    { slot: 'accent2', color: colors.tableHeaderBackground },
    { slot: 'accent3', color: colors.bannerBackground },
    { slot: 'accent4', color: colors.muted },
    { slot: 'hlink', color: colors.link },
  ]
  const seen = new Set<string>()
  const schemeColors = slots.filter(({ color }) => {
    const key = color.toUpperCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const faces = (latin: string) => ({ latin, ea: eastAsianFace('', locale), cs: complexScriptFace('') })
  return {
    name: theme.name,
    dark,
    colors: scheme,
    schemeColors: schemeColors.map(({ slot, color }) => ({ slot, color: color.toUpperCase() })),
    majorFont: faces(theme.fonts.heading.office),
    minorFont: faces(theme.fonts.body.office),
    tableStyle: {
      id: guidOf(`layar table style ${theme.name}`),
      name: `layar ${theme.name}`,
      headerFill: colors.tableHeaderBackground,
      headerText: colors.tableHeaderText,
      rowFill: colors.tableRowBackground,
      bandFill: colors.tableRowAltBackground,
      text: colors.text,
      border: colors.tableBorder,
    },
  }
}

/**
 * `guidOf` of the shipped themes' table style seeds, written out: loading
 * node:crypto costs ~5-10 ms of a cold build, and nothing else in a build of
 * a deck without images needs it. A test checks each against `guidOf`.
 */
export const SHIPPED_TABLE_STYLE_IDS: ReadonlyMap<string, string> = new Map([
  ['layar table style formal', '{238AF5C0-8273-C84D-A310-D1F6F4A0626F}'],
  ['layar table style minimal', '{19117FA6-38C6-2ED6-E9E6-28FAA1D3F33D}'],
  ['layar table style contrast', '{2A999E03-7DC0-BFA3-D9CD-5EE8F7F32951}'],
])

/** A GUID (`{XXXXXXXX-XXXX-…}`, upper case) from a hash of `seed`: the same seed, the same GUID. */
export function guidOf(seed: string): string {
  const known = SHIPPED_TABLE_STYLE_IDS.get(seed)
  if (known !== undefined) return known
  // Loaded here, not at the top: see SHIPPED_TABLE_STYLE_IDS.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  const hex = createHash('sha256').update(seed).digest('hex').slice(0, 32).toUpperCase()
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`
}
