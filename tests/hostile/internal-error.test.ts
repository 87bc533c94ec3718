import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { runCli } from '../support/run-cli.js'

// A bug anywhere in the build, simulated: the CLI must print one line, not a stack trace.
vi.mock('../../src/build/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/build/index.js')>()
  return {
    ...original,
    runBuild: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'boom')")
    },
  }
})

describe('internal errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layar-bug-'))
  writeFileSync(join(dir, 'deck.md'), '---\ntitle: T\n---\n\n## A\n')

  test('print one line asking for a report, exit 3', async () => {
    const run = await runCli(['build', 'deck.md'], dir)
    expect(run.code).toBe(3)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^layar: internal error: Cannot read properties of undefined \(reading 'boom'\)\. This is a bug in layar; please report it/)
    expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/)
  })

  test('print the stack with --debug', async () => {
    const run = await runCli(['build', 'deck.md', '--debug'], dir)
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/^TypeError: Cannot read properties/)
    expect(run.stderr).toMatch(/\n +at /)
  })
})
