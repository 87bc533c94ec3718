import { loadShippedTheme } from '../../src/theme/index.js'
import type { Theme } from '../../src/theme/index.js'

/** The default shipped theme, for tests; fails the test run if it does not load. */
export function formalTheme(): Theme {
  const result = loadShippedTheme('formal')
  if (result.type !== 'ok') throw new Error(`formal theme does not load: ${JSON.stringify(result)}`)
  return result.theme
}
