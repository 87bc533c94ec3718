import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rules } from '../../src/diagnostics/index.js'

const folder = new URL('../../src/diagnostics/rules/', import.meta.url)

/** Every area file's rule ids, by file: the exports named `…Rules` of each file in `src/diagnostics/rules/`. */
async function idsByFile(): Promise<Array<{ file: string; ids: string[] }>> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts')).sort()
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(new URL(file, folder).href)) as Record<string, unknown>
      const ids = Object.entries(module)
        .filter(([name]) => name.endsWith('Rules'))
        .flatMap(([, entries]) => Object.keys(entries as object))
      return { file, ids }
    }),
  )
}

describe('the diagnostics catalog, split by area', () => {
  it('has each rule id in exactly one area file, and every one of them in the catalog', async () => {
    const byFile = await idsByFile()
    expect(byFile.filter(({ ids }) => ids.length > 0).length).toBeGreaterThanOrEqual(8)
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const { file, ids } of byFile) {
      for (const id of ids) {
        const first = seen.get(id)
        if (first !== undefined) twice.push(`${id} (${first}, ${file})`)
        seen.set(id, file)
      }
    }
    expect(twice).toEqual([])
    expect(Object.keys(rules).sort()).toEqual([...seen.keys()].sort())
  })

  it('names rules in kebab case, each with a severity and a message', () => {
    for (const [id, rule] of Object.entries(rules)) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(['error', 'warning', 'info']).toContain(rule.severity)
      expect(typeof rule.message).toBe('function')
    }
  })
})
