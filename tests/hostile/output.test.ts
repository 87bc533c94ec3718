import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { nodeHost } from '../../src/node-host.js'
import { runCli } from '../support/run-cli.js'
import { makePng } from './images.js'
import { buildCase } from './support.js'

const good = '---\ntitle: Baik\n---\n\n## Satu\n\nIsi ![Peta](peta.png)\n\n## Dua\n\n- a\n- b\n'

describe('output files', () => {
  test('a failed build (images are errors with --strict) leaves the previous outputs byte for byte and no temporary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-out-'))
    writeFileSync(join(dir, 'peta.png'), makePng(8, 8, '0B2545'))
    writeFileSync(join(dir, 'deck.md'), good)
    const first = await runCli(['build', 'deck.md', '--out', 'dist'], dir, { SOURCE_DATE_EPOCH: '1764028800' })
    expect(first.code).toBe(0)
    const before = { html: readFileSync(join(dir, 'dist', 'deck.html')), pptx: readFileSync(join(dir, 'dist', 'deck.pptx')) }
    for (const broken of [good.replace('peta.png', '../luar.png'), good.replace('title: Baik', 'title: [rusak'), good.replace('peta.png', 'hilang.png')]) {
      writeFileSync(join(dir, 'deck.md'), broken)
      const run = await runCli(['build', 'deck.md', '--out', 'dist', '--strict'], dir, { SOURCE_DATE_EPOCH: '1764028800' })
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^ *\d+:\d+-\d+:\d+ +error .* (image-outside-root|front-matter-yaml|image-missing) +layar$/m)
      expect(readFileSync(join(dir, 'dist', 'deck.html')).equals(before.html)).toBe(true)
      expect(readFileSync(join(dir, 'dist', 'deck.pptx')).equals(before.pptx)).toBe(true)
      expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['deck.html', 'deck.pptx'])
    }
  })

  test('a write that fails leaves the target as it was and removes its temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-write-'))
    mkdirSync(join(dir, 'dist', 'deck.html'), { recursive: true }) // rename onto a folder fails
    writeFileSync(join(dir, 'dist', 'deck.html', 'keep'), 'x')
    const host = nodeHost(dir, undefined)
    await expect(host.writeFileAtomic('dist/deck.html', '<html>')).rejects.toThrow()
    expect(readdirSync(join(dir, 'dist'))).toEqual(['deck.html'])
    expect(readdirSync(join(dir, 'dist', 'deck.html'))).toEqual(['keep'])
    await host.writeFileAtomic('dist/ok.html', 'ok')
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['deck.html', 'ok.html'])
  })

  test('the same input gives byte-identical HTML and PPTX', async () => {
    const setup = (dir: string): void => {
      writeFileSync(join(dir, 'peta.png'), makePng(8, 8, '0B2545'))
      writeFileSync(join(dir, 'input.md'), `${good}\n## Tiga\n\nمرحبا 中文 👩‍👩‍👧\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n\`\`\`js\nconst x = 1\n\`\`\`\n`)
    }
    const one = await buildCase(null, { setup })
    const two = await buildCase(null, { setup })
    expect(one.html).not.toBeNull()
    expect(one.html).toBe(two.html)
    expect(Buffer.from(one.pptx ?? []).equals(Buffer.from(two.pptx ?? []))).toBe(true)
  })
})
