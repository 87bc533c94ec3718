import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder of the themes shipped with layar. */
export const shippedThemesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'themes')

/** Names of the shipped themes, sorted. */
export function shippedThemeNames(): string[] {
  return readdirSync(shippedThemesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

/** The theme file of a shipped theme. */
export function shippedThemeFile(name: string): string {
  return join(shippedThemesDir, name, 'theme.yaml')
}

/**
 * Reads a file that ships with layar; `null` when it is missing.
 *
 * Note: shipped themes are part of the package, so they are read here
 * directly rather than through the build's injected reader.
 */
export function readShippedFile(absPath: string): string | null {
  try {
    return readFileSync(absPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
