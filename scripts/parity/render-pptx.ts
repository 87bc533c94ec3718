import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { RenderSize } from './render-html.js'

const run = promisify(execFile)

/**
 * Renders every slide of a .pptx through LibreOffice: `soffice` converts it
 * to PDF (with a throw-away profile, so parallel runs cannot collide), then
 * `pdftoppm -scale-to-x/-y` draws each page at exactly `size`.
 * Unlike `tests/support/libreoffice.ts` this never blocks the event loop, so
 * several decks can be converted at once.
 *
 * @returns one PNG per slide, in order
 * @throws Error if soffice or pdftoppm is missing or produces nothing
 */
export async function pptxSlidePngs(pptxPath: string, size: RenderSize): Promise<Buffer[]> {
  const dir = await mkdtemp(join(tmpdir(), 'layar-parity-'))
  try {
    const profile = join(dir, 'profile')
    const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, resolve(pptxPath)]
    await run('soffice', args, { timeout: 180_000 }).catch((error: Error) => {
      throw new Error(`soffice could not convert ${pptxPath} (is libreoffice-impress installed?): ${error.message}`)
    })
    const pdf = join(dir, `${basename(pptxPath, extname(pptxPath))}.pdf`)
    const scale = ['-scale-to-x', String(size.width), '-scale-to-y', String(size.height)]
    await run('pdftoppm', ['-png', ...scale, pdf, join(dir, 'page')], { timeout: 180_000 }).catch((error: Error) => {
      throw new Error(`pdftoppm could not render ${pdf} (is poppler-utils installed?): ${error.message}`)
    })
    const pages = (await readdir(dir))
      .filter((name) => /^page-\d+\.png$/.test(name))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    return await Promise.all(pages.map((name) => readFile(join(dir, name))))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
