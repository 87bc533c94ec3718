import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { guidOf, SHIPPED_TABLE_STYLE_IDS } from '../../src/render/pptx/plan/theme-scheme.js'
import { shippedThemeNames } from '../../src/theme/index.js'

/** The table style's GUID: SHA-256 of its seed, written out for the shipped themes so their builds need no node:crypto. */
function expected(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex').slice(0, 32).toUpperCase()
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`
}

describe('table style GUIDs', () => {
  it('are written out for every shipped theme, each the SHA-256 GUID of its seed', () => {
    for (const name of shippedThemeNames()) {
      const seed = `layar table style ${name}`
      expect(SHIPPED_TABLE_STYLE_IDS.get(seed), name).toBe(expected(seed))
    }
    expect(SHIPPED_TABLE_STYLE_IDS.size).toBe(shippedThemeNames().length)
  })

  it('are hashed for any other theme name', () => {
    for (const seed of ['layar table style brand', 'layar table style ', 'layar table style Formal']) expect(guidOf(seed)).toBe(expected(seed))
  })
})
