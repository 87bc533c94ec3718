import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadShippedTheme, resolveTheme } from '../../src/theme/index.js'
import type { Theme } from '../../src/theme/index.js'

/** The default shipped theme, for tests; fails the test run if it does not load. */
export function formalTheme(): Theme {
  const result = loadShippedTheme('formal')
  if (result.type !== 'ok') throw new Error(`formal theme does not load: ${JSON.stringify(result)}`)
  return result.theme
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
