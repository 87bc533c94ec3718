import { resolveTheme } from './resolve-theme.js'
import type { ThemeResult } from './theme.js'

export { shippedThemeNames, shippedThemesDir } from './shipped.js'
export type { ThemeResult } from './theme.js'

/** The theme used when neither front matter nor `--theme` names one. */
export const defaultThemeName = 'formal'

/**
 * Loads a shipped theme by name (`formal`), following its `extends`, and
 * validates it into typed data. A path is `unknown` here: use `resolveTheme`
 * with the content folder for themes beside the content.
 *
 * @param name a shipped theme's name; `null` for the default theme
 */
export function loadShippedTheme(name: string | null): ThemeResult {
  return resolveTheme(name, null, defaultThemeName)
}
