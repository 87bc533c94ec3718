import { NAV_STRIP_PX } from '../src/render/html/theme-css.js'
import { launchChromium, openOffline } from '../tests/support/chromium.js'

/** A slide image size in pixels. */
export interface ShotSize {
  width: number
  height: number
}

/** Every slide as a PNG, and what went wrong on the page (blocked requests, page errors). */
export interface SlideShots {
  shots: Buffer[]
  problems: string[]
}

interface RevealApi {
  isReady(): boolean
  getTotalSlides(): number
  slide(h: number): void
  configure(options: object): void
}

/**
 * Screenshots every slide of a built HTML deck in Debian's Chromium, offline,
 * with every fragment shown and reveal.js's controls hidden. The viewport is
 * `size` (plus the strip below the slide that holds the controls, cut off);
 * reveal.js scales its 1280 × 720 canvas into it, so any 16:9 size shows the
 * whole slide. Used by `npm run shots` and `npm run parity`.
 */
export async function slideShots(htmlPath: string, size: ShotSize = { width: 1280, height: 720 }): Promise<SlideShots> {
  // The deck keeps a strip below the slide for reveal.js's controls: the window is that much taller, and each shot leaves it out.
  const session = await launchChromium({ width: size.width, height: size.height + NAV_STRIP_PX })
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
      shots.push(await page.screenshot({ clip: { x: 0, y: 0, width: size.width, height: size.height } }))
    }
    return { shots, problems: [...blocked.map((url) => `blocked request: ${url}`), ...errors] }
  } finally {
    await session.close()
  }
}
