import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadShippedTheme, resolveTheme } from '../../src/theme/index.js'
import type { Theme, ThemeContext, ThemeResult } from '../../src/theme/index.js'

/** The theme of a result that must have loaded; fails the test otherwise, showing why. */
export function loadedTheme(result: ThemeResult): Theme {
  if (result.type !== 'ok') throw new Error(`theme does not load: ${JSON.stringify(result)}`)
  return result.theme
}

/** The default shipped theme, for tests; fails the test run if it does not load. */
export function formalTheme(): Theme {
  return loadedTheme(loadShippedTheme('formal'))
}

/** A content folder held in memory, for path themes: `files` by path relative to `/deck`. */
export function memoryContentFolder(files: Record<string, string>): ThemeContext {
  const contentDir = '/deck'
  return {
    contentDir,
    readFile: (absPath) => files[relative(contentDir, absPath)] ?? null,
    displayPath: (absPath) => relative(contentDir, absPath),
  }
}

/**
 * A frozen theme for tests that assert exact sizes and positions, so tuning a
 * shipped theme does not move their expectations (tests/fixtures/layout-theme).
 */
export function layoutTestTheme(): Theme {
  const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
  const result = resolveTheme('./layout-theme', {
    contentDir: fixtures,
    readFile: (path) => {
      try {
        return readFileSync(path, 'utf8')
      } catch {
        return null
      }
    },
  })
  if (result.type !== 'ok') throw new Error(`layout test theme does not load: ${JSON.stringify(result)}`)
  return result.theme
}
