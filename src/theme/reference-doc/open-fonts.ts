import type { FontPair } from '../theme.js'

/** Office and common system fonts, and the open fonts with their metrics that layar measures and embeds instead. */
const BY_NAME: Readonly<Record<string, { web: string; package: string }>> = {
  calibri: { web: 'Carlito', package: '@fontsource/carlito' },
  carlito: { web: 'Carlito', package: '@fontsource/carlito' },
  arial: { web: 'Arimo', package: '@fontsource/arimo' },
  helvetica: { web: 'Arimo', package: '@fontsource/arimo' },
  'liberation sans': { web: 'Arimo', package: '@fontsource/arimo' },
  arimo: { web: 'Arimo', package: '@fontsource/arimo' },
  'times new roman': { web: 'Tinos', package: '@fontsource/tinos' },
  times: { web: 'Tinos', package: '@fontsource/tinos' },
  'liberation serif': { web: 'Tinos', package: '@fontsource/tinos' },
  tinos: { web: 'Tinos', package: '@fontsource/tinos' },
  cambria: { web: 'Caladea', package: '@fontsource/caladea' },
  caladea: { web: 'Caladea', package: '@fontsource/caladea' },
  'courier new': { web: 'Cousine', package: '@fontsource/cousine' },
  courier: { web: 'Cousine', package: '@fontsource/cousine' },
  'liberation mono': { web: 'Cousine', package: '@fontsource/cousine' },
  cousine: { web: 'Cousine', package: '@fontsource/cousine' },
}

/** A template font as layar uses it, and whether its open stand-in only approximates it. */
export interface OpenFont {
  pair: FontPair
  /** `true` when no metric-compatible open font is known: `web` is a look-alike, fit approximate. */
  approximate: boolean
}

/**
 * The font pair of a template font: PowerPoint keeps the template's font; the
 * HTML embeds, and the layout measures with, its metric-compatible open font
 * (Calibri ↔ Carlito, Arial ↔ Arimo, …). A font without one gets Tinos when
 * its name says serif, Carlito otherwise, and is marked approximate.
 */
export function openFontOf(office: string): OpenFont {
  const known = BY_NAME[office.trim().toLowerCase()]
  if (known !== undefined) return { pair: { office, ...known }, approximate: false }
  const serif = /serif|roman|garamond|georgia|book|times/i.test(office) && !/sans/i.test(office)
  const stand = serif ? { web: 'Tinos', package: '@fontsource/tinos' } : { web: 'Carlito', package: '@fontsource/carlito' }
  return { pair: { office, ...stand }, approximate: true }
}
