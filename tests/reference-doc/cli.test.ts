import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPptx } from '../support/pptx.js'
import { runCli } from '../support/run-cli.js'

/** `layar build --reference-doc FILE`: the template may lie anywhere; anything but a .pptx/.potx is a usage error. */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reference-doc')

describe('layar build --reference-doc', () => {
  it('builds the deck on a template outside the content folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-refdoc-cli-'))
    mkdirSync(join(dir, 'content'))
    mkdirSync(join(dir, 'templates'))
    copyFileSync(join(FIXTURES, 'deck.md'), join(dir, 'content', 'deck.md'))
    copyFileSync(join(FIXTURES, 'org-logo.potx'), join(dir, 'templates', 'org.potx'))
    const run = await runCli(['build', 'content/deck.md', '--reference-doc', 'templates/org.potx', '--format', 'pptx'], dir)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain('reference-doc-font-substituted')
    const pkg = await readPptx(readFileSync(join(dir, 'dist', 'deck.pptx')))
    expect(pkg.paths).toContain('ppt/media/logo.png')
    const types = pkg.text('[Content_Types].xml')
    expect(types).toContain('presentationml.presentation.main+xml')
    expect(types).not.toContain('presentationml.template.main+xml')
  }, 120_000)

  it('refuses a file that is not a PowerPoint template, with exit code 2', async () => {
    const run = await runCli(['build', 'content', '--reference-doc', 'notes.txt'], mkdtempSync(join(tmpdir(), 'layar-refdoc-cli-')))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--reference-doc takes a PowerPoint template')
  })
})
