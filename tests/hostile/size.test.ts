import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { OutputFormat } from '../../src/build/index.js'
import { htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { readPptx } from '../support/pptx.js'
import { buildCase, fixturesRoot, positionedProblems } from './support.js'

const frontMatter = '---\ntitle: Ukuran\n---\n\n'

/**
 * The size cases: input generated here (megabytes are not committed), expected
 * messages in `size-<case>/messages.txt`. Each must finish within vitest's
 * test timeout, which catches a hang or a runaway blow-up; how fast they build
 * is the benchmark's business (`npm run bench`), not a unit test's.
 */
const cases: Array<{ name: string; markdown: () => string; formats: OutputFormat[] }> = [
  { name: 'size-paragraph-5mb', markdown: () => `${frontMatter}## Paragraf\n\n${'kata '.repeat(1_000_000)}\n`, formats: ['html', 'pptx'] },
  { name: 'size-list-200-deep', markdown: () => `${frontMatter}## Daftar\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- butir ${i}`).join('\n')}\n`, formats: ['html', 'pptx'] },
  {
    name: 'size-table-60-columns',
    markdown: () => {
      const row = (cell: (i: number) => string): string => `| ${Array.from({ length: 60 }, (_, i) => cell(i)).join(' | ')} |`
      return `${frontMatter}## Tabel\n\n${row((i) => `k${i}`)}\n${row(() => '---')}\n${row((i) => `n${i}`)}\n${row((i) => `m${i}`)}\n`
    },
    formats: ['html', 'pptx'],
  },
  { name: 'size-code-2000-lines', markdown: () => `${frontMatter}## Kode\n\n\`\`\`js\n${Array.from({ length: 2000 }, (_, i) => `const x${i} = ${i} // baris`).join('\n')}\n\`\`\`\n`, formats: ['html', 'pptx'] },
  { name: 'size-heading-5000-chars', markdown: () => `${frontMatter}## ${'judul '.repeat(834).slice(0, 5000)}\n\nIsi.\n`, formats: ['html', 'pptx'] },
  { name: 'size-quote-5000-deep', markdown: () => `${frontMatter}## Kutipan\n\n${'>'.repeat(5000)} dalam\n`, formats: ['html', 'pptx'] },
  { name: 'size-emphasis-3000-deep', markdown: () => `${frontMatter}## Tebal\n\n${'*a '.repeat(3000)}x${' a*'.repeat(3000)}\n`, formats: ['html', 'pptx'] },
  { name: 'size-spans-2000-deep', markdown: () => `${frontMatter}## Rentang\n\n${'['.repeat(2000)}a${']{.mark}'.repeat(2000)}\n`, formats: ['html', 'pptx'] },
  { name: 'size-word-20000-chars', markdown: () => `${frontMatter}## Token\n\n${'0123456789abcdef'.repeat(1250)}\n`, formats: ['html', 'pptx'] },
  { name: 'size-word-60000-chars', markdown: () => `${frontMatter}## Token\n\nSebuah token: ${'0123456789abcdef'.repeat(3750)}\n`, formats: ['html', 'pptx'] },
  { name: 'size-slides-10000', markdown: () => `${frontMatter}${Array.from({ length: 10_000 }, (_, i) => `## Slide ${i}\n\nIsi ${i}.\n`).join('\n')}`, formats: ['html'] },
]

describe('huge inputs build or fail with a clear, positioned error', () => {
  test.each(cases)('$name', async ({ name, markdown, formats }) => {
    const build = await buildCase(null, { formats, setup: (dir) => writeFileSync(join(dir, 'input.md'), markdown()) })
    await expect(build.messages).toMatchFileSnapshot(join(fixturesRoot, name, 'messages.txt'))
    expect(positionedProblems(build.deck)).toEqual([])
    if (build.deck.outputs === null) return
    const slides = build.deck.laidOut?.slides.length ?? 0
    if (build.html !== null) expect(htmlSlides(build.html).sections).toBe(slides)
    if (build.pptx !== null) {
      await readPptx(build.pptx)
      expect((await pptxSlideParts(build.pptx)).slides).toHaveLength(slides)
    }
  })
})
