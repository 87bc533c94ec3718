import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBuildCache } from '../../src/build/index.js'
import { devBuilder, type DevPage } from '../../src/cli/dev/dev-build.js'
import { nodeHost } from '../../src/node-host.js'
import { pngBytes } from '../support/png.js'

/**
 * The dev builder builds with the CLI's `runBuild`: it writes the page first
 * and tells the server, then the PPTX; a newer save stops a PPTX still being
 * made; what to watch is whatever the build read, the template included.
 */

const template = readFileSync(join(import.meta.dirname, '../fixtures/reference-doc/pandoc-reference.pptx'))
const options = { outDir: 'dist', theme: null, allowOutside: false, fetchRemote: false, strict: false }

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'layar-dev-build-'))
  for (const [path, data] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), data)
  }
  return dir
}

const deck = (extra = ''): string => `---\ntitle: Uji\n${extra}---\n\n## Satu\n\nKata satu.\n\n## Dua\n\n![Peta](img/peta.png)\n`

describe('the dev builder', () => {
  it('writes and hands over the page before the PPTX, and a newer save stops the PPTX at its next step', async () => {
    const dir = await folder({ 'deck.md': deck(), 'img/peta.png': pngBytes(40, 20) })
    const builder = devBuilder('deck.md', options, nodeHost(dir, '0'), createBuildCache())
    const pages: DevPage[] = []
    const stop = new AbortController()
    const superseded = await builder.build((page) => {
      pages.push(page)
      // The PPTX is not there yet when the page is handed over.
      expect(existsSync(join(dir, 'dist/deck.pptx'))).toBe(false)
      stop.abort()
    }, stop.signal)
    expect(pages).toHaveLength(1)
    expect(pages[0]?.html).toContain('Kata satu')
    expect(await readFile(join(dir, 'dist/deck.html'), 'utf8')).toBe(pages[0]?.html)
    expect(superseded).toMatchObject({ superseded: true, pptx: null })
    expect(existsSync(join(dir, 'dist/deck.pptx'))).toBe(false)

    const whole = await builder.build(() => {}, new AbortController().signal)
    expect(whole).toMatchObject({ ok: true, superseded: false })
    expect(whole.pptx).not.toBeNull()
    expect((await readFile(join(dir, 'dist/deck.pptx'))).equals(Buffer.from(whole.pptx ?? []))).toBe(true)
  }, 60_000)

  it('watches what the build read: content, images (also missing ones), a path theme and the template', async () => {
    const theme = 'extends: formal\ncolors:\n  accent: "AA0000"\n'
    const dir = await folder({
      'deck.md': deck('theme: ./brand\nreference-doc: org.pptx\n').replace('## Dua', '## Tiga\n\n![Nanti](img/nanti.png)\n\n## Dua'),
      'img/peta.png': pngBytes(40, 20),
      'brand/theme.yaml': theme,
      'org.pptx': template,
    })
    const builder = devBuilder('deck.md', options, nodeHost(dir, '0'), createBuildCache())
    const result = await builder.build(() => {}, new AbortController().signal)
    expect(result.messages.filter((message) => message.severity === 'error')).toEqual([])
    for (const path of ['deck.md', 'img/peta.png', 'img/nanti.png', 'brand/theme.yaml', 'org.pptx']) expect(result.targets.files).toContain(join(dir, path))
  }, 60_000)

  it('keeps the outputs of the last good build when the content breaks', async () => {
    const dir = await folder({ 'deck.md': deck(), 'img/peta.png': pngBytes(40, 20) })
    const builder = devBuilder('deck.md', options, nodeHost(dir, '0'), createBuildCache())
    await builder.build(() => {}, new AbortController().signal)
    const html = await readFile(join(dir, 'dist/deck.html'))
    const pptx = await readFile(join(dir, 'dist/deck.pptx'))
    await writeFile(join(dir, 'deck.md'), '---\ntitle: [rusak\n---\n\n## Satu\n')
    let paged = false
    const broken = await builder.build(() => (paged = true), new AbortController().signal)
    expect(paged).toBe(false)
    expect(broken.ok).toBe(false)
    expect(broken.messages.some((message) => message.ruleId === 'front-matter-yaml')).toBe(true)
    expect((await readFile(join(dir, 'dist/deck.html'))).equals(html)).toBe(true)
    expect((await readFile(join(dir, 'dist/deck.pptx'))).equals(pptx)).toBe(true)
    // Still watching the image the last good build read.
    expect(broken.targets.files).toContain(join(dir, 'img/peta.png'))
  }, 60_000)
})
