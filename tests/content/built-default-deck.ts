import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { VFileMessage } from 'vfile-message'
import { build } from '../../src/index.js'
import { htmlDeck, pptxSlide, type BuiltSlide, type HtmlDeck } from '../support/built-slides.js'
import { readPptx, type PptxPackage } from '../support/pptx.js'

export { fold, type BuiltSlide } from '../support/built-slides.js'

/** The default deck, relative to the repository root. */
export const defaultDeck = 'content/kerjasama-militer-regional.md'

/** Both outputs of one build of the default deck, read back from the files written. */
export interface BuiltDefaultDeck {
  messages: VFileMessage[]
  html: HtmlDeck
  pptx: { pkg: PptxPackage; slides: BuiltSlide[] }
}

/**
 * Builds the default deck with the public `build()` API (as `layar build`
 * does) into a temporary folder, reads the written `.html` and `.pptx` back
 * and returns what each shows per slide.
 */
export async function buildDefaultDeck(): Promise<BuiltDefaultDeck> {
  const root = resolve(__dirname, '../..')
  const out = await mkdtemp(join(tmpdir(), 'layar-content-'))
  try {
    const result = await build({ inputs: [defaultDeck], outDir: out, cwd: root, formats: ['html', 'pptx'] })
    if (result.type !== 'done') throw new Error(`the default deck did not build: ${JSON.stringify(result)}`)
    const messages = result.decks.flatMap((deck) => deck.file.messages)
    const html = await readFile(join(out, 'kerjasama-militer-regional.html'), 'utf8')
    const pkg = await readPptx(await readFile(join(out, 'kerjasama-militer-regional.pptx')))
    return { messages, html: htmlDeck(html), pptx: { pkg, slides: pkg.slides.map((slide) => pptxSlide(pkg, slide)) } }
  } finally {
    await rm(out, { recursive: true, force: true })
  }
}
