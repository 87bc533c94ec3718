export type * from './theme.js'
export { loadShippedTheme, shippedThemeNames, defaultThemeName, type ThemeResult } from './load-theme.js'
