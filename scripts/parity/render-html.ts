import { launchChromium, openOffline } from '../../tests/support/chromium.js'

/** A slide image size in pixels; both outputs are rendered at exactly this size. */
export interface RenderSize {
  width: number
  height: number
}

interface RevealApi {
  isReady(): boolean
  getTotalSlides(): number
  slide(h: number): void
  configure(options: object): void
}

/**
 * Screenshots every slide of a built HTML deck in Debian's Chromium, offline,
 * with every fragment shown and reveal.js's controls hidden (the approach of
 * `scripts/shots.ts`). The viewport is `size`; reveal.js scales its 1280 × 720
 * canvas into it, so any 16:9 size shows the whole slide.
 *
 * @returns one PNG per slide, in order
 * @throws Error if the page blocked a request or logged an error: parity of a broken page means nothing
 */
export async function htmlSlidePngs(htmlPath: string, size: RenderSize): Promise<Buffer[]> {
  const session = await launchChromium(size)
  try {
    const { page, blocked, errors } = await openOffline(session, htmlPath)
    await page.waitForFunction(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.isReady() === true)
    await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.configure({ controls: false, progress: false }))
    const total = await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getTotalSlides())
    const shots: Buffer[] = []
    for (let i = 0; i < total; i++) {
      await page.evaluate(async (index) => {
        ;(window as unknown as { Reveal: RevealApi }).Reveal.slide(index)
        document.querySelectorAll('.reveal .slides > section.present .fragment').forEach((el) => el.classList.add('visible'))
        await document.fonts.ready
      }, i)
      shots.push(await page.screenshot())
    }
    const problems = [...blocked.map((url) => `blocked request: ${url}`), ...errors]
    if (problems.length > 0) throw new Error(`the HTML deck ${htmlPath} misbehaved in Chromium:\n${problems.join('\n')}`)
    return shots
  } finally {
    await session.close()
  }
}
