import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * Runs one throw-away test file under the project's vitest config (plus `args`)
 * in a folder inside the project, so it resolves `vitest` like the real tests.
 */
const repo = join(import.meta.dirname, '..', '..')
mkdirSync(join(repo, 'tests', '.output'), { recursive: true })
const dir = mkdtempSync(join(repo, 'tests', '.output', 'golden-probe-'))
const golden = join(dir, 'golden.txt')
writeFileSync(join(dir, 'probe.test.ts'), `import { expect, it } from 'vitest'\nit('matches', async () => { await expect('fresh output\\n').toMatchFileSnapshot(${JSON.stringify(golden)}) })\n`)
writeFileSync(
  join(dir, 'vitest.config.ts'),
  `import base from ${JSON.stringify(join(repo, 'vitest.config.ts'))}\nexport default { ...base, test: { ...base.test, include: ['probe.test.ts'] } }\n`,
)

function runProbe(args: string[] = []): number | null {
  const env = { ...process.env }
  delete env.CI
  delete env.UPDATE_SNAPSHOT
  const run = spawnSync(join(repo, 'node_modules', '.bin', 'vitest'), ['run', '--config', join(dir, 'vitest.config.ts'), '--root', dir, ...args], { encoding: 'utf8', env, timeout: 90_000 })
  return run.status
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('goldens during a test run', () => {
  it('fails on a missing golden and does not write it; -u (npm run update-goldens) writes it', () => {
    expect(runProbe()).not.toBe(0)
    expect(existsSync(golden)).toBe(false)
    expect(runProbe(['-u'])).toBe(0)
    expect(existsSync(golden)).toBe(true)
    expect(runProbe()).toBe(0)
  })

  it('fails on a different golden and leaves it as it was', () => {
    writeFileSync(golden, 'old output\n')
    expect(runProbe()).not.toBe(0)
    expect(readFileSync(golden, 'utf8')).toBe('old output\n')
  })
})
