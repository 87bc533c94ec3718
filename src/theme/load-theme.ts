import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { Theme } from './theme.js'
import { validateTheme } from './validate-theme.js'

/** The folder of the themes shipped with layar. */
export const shippedThemesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'themes')

/** The theme used when neither front matter nor `--theme` names one. */
export const defaultThemeName = 'formal'

/** Names of the shipped themes, sorted. */
export function shippedThemeNames(): string[] {
  return readdirSync(shippedThemesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

/** Outcome of loading a theme: the theme, or why it cannot be used. */
export type ThemeResult =
  | { type: 'ok'; theme: Theme }
  | { type: 'unknown'; name: string; known: string[] }
  | { type: 'invalid'; detail: string }

/**
 * Loads a shipped theme by name (`formal`). Theme files are read with the
 * `yaml` package and validated into typed data.
 *
 * @param name a shipped theme's name; `null` for the default theme
 */
export function loadShippedTheme(name: string | null): ThemeResult {
  const wanted = name ?? defaultThemeName
  const known = shippedThemeNames()
  if (!known.includes(wanted)) return { type: 'unknown', name: wanted, known }
  const file = join(shippedThemesDir, wanted, 'theme.yaml')
  let data: unknown
  try {
    data = parseYaml(readFileSync(file, 'utf8'))
  } catch (error) {
    return { type: 'invalid', detail: `${file}: ${(error as Error).message}` }
  }
  return validateTheme(data, file)
}
