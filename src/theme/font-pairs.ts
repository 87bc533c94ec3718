import { createRequire } from 'node:module'
import type { FontPair } from './theme.js'

/**
 * Office fonts and the open fonts with the same metrics (advance widths,
 * ascent, descent), so a line the layout breaks with `web` breaks at the same
 * word in PowerPoint with `office`.
 */
export const metricCompatibleFonts: readonly FontPair[] = [
  { office: 'Calibri', web: 'Carlito', package: '@fontsource/carlito' },
  { office: 'Arial', web: 'Arimo', package: '@fontsource/arimo' },
  { office: 'Courier New', web: 'Cousine', package: '@fontsource/cousine' },
  { office: 'Times New Roman', web: 'Tinos', package: '@fontsource/tinos' },
  { office: 'Cambria', web: 'Caladea', package: '@fontsource/caladea' },
]

const require = createRequire(import.meta.url)

/**
 * Why a font pair cannot be used, or `null` when it can: the pair must be a
 * known metric-compatible one, and its `@fontsource` package installed.
 */
export function fontPairProblem(font: FontPair): string | null {
  const known = metricCompatibleFonts.find((pair) => pair.office === font.office)
  if (!known) {
    const offices = metricCompatibleFonts.map((pair) => pair.office).join(', ')
    return `office font ${font.office} has no metric-compatible open font layar knows; use one of ${offices}`
  }
  if (known.web !== font.web || known.package !== font.package) {
    return `${font.office} must be paired with web ${known.web} from package ${known.package}, whose widths match it`
  }
  try {
    require.resolve(`${font.package}/package.json`)
  } catch {
    return `font package ${font.package} is not installed; run npm install ${font.package}`
  }
  return null
}
