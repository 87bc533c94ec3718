import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shippedThemeNames } from '../../src/theme/index.js'
import { runCli } from '../support/run-cli.js'

/** The default deck (`content/`) must build cleanly with every shipped theme, through the real CLI. */
const repo = join(import.meta.dirname, '..', '..')
let out = ''

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'layar-themes-build-'))
})

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true })
})

it('ships at least three themes', () => {
  expect(shippedThemeNames()).toEqual(expect.arrayContaining(['formal', 'minimal', 'contrast']))
})

describe.each(shippedThemeNames())('layar build content --theme %s', (theme) => {
  it('exits 0, writes both outputs and reports no fit overflow', async () => {
    const dir = join(out, theme)
    const run = await runCli(['build', 'content', '--theme', theme, '--out', dir], repo)
    expect(run.stderr).not.toMatch(/fit-overflow|fatal|error/i)
    expect(run.code).toBe(0)
    const written = (await readdir(dir)).sort()
    expect(written.filter((name) => name.endsWith('.html'))).toHaveLength(1)
    expect(written.filter((name) => name.endsWith('.pptx'))).toHaveLength(1)
    for (const name of written) expect((await stat(join(dir, name))).size).toBeGreaterThan(1000)
  })
})
