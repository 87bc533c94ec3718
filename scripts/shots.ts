/**
 * `npm run shots -- dist/deck.html [outDir]`: a 1280 × 720 PNG of every slide
 * of a built HTML deck (all fragments shown, reveal.js controls hidden), in
 * `outDir` (default `dist/shots/<deck>/`), as `slide-01.png`, `slide-02.png`, …
 * The page is opened offline in Debian's Chromium; blocked requests and page
 * errors are printed, and make the exit code 1.
 */
import { mkdir } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { launchChromium, openOffline } from '../tests/support/chromium.js'

interface RevealApi {
  isReady(): boolean
  getTotalSlides(): number
  slide(h: number): void
  configure(options: object): void
}

async function main(argv: string[]): Promise<number> {
  const [file, outArg] = argv
  if (!file) {
    console.error('usage: npm run shots -- dist/deck.html [outDir]')
    return 2
  }
  const outDir = outArg ?? join('dist', 'shots', basename(file, extname(file)))
  await mkdir(outDir, { recursive: true })
  const session = await launchChromium()
  try {
    const { page, blocked, errors } = await openOffline(session, file)
    await page.waitForFunction(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.isReady() === true)
    await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.configure({ controls: false, progress: false }))
    const total = await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getTotalSlides())
    for (let i = 0; i < total; i++) {
      await page.evaluate(async (index) => {
        ;(window as unknown as { Reveal: RevealApi }).Reveal.slide(index)
        document.querySelectorAll('.reveal .slides > section.present .fragment').forEach((el) => el.classList.add('visible'))
        await document.fonts.ready
      }, i)
      const path = join(outDir, `slide-${String(i + 1).padStart(2, '0')}.png`)
      await page.screenshot({ path })
      console.log(path)
    }
    for (const url of blocked) console.error(`blocked request: ${url}`)
    for (const error of errors) console.error(error)
    return blocked.length + errors.length > 0 ? 1 : 0
  } finally {
    await session.close()
  }
}

process.exitCode = await main(process.argv.slice(2))
