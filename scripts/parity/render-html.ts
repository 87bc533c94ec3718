import { slideShots } from '../slide-shots.js'

/** A slide image size in pixels; both outputs are rendered at exactly this size. */
export interface RenderSize {
  width: number
  height: number
}

/**
 * Every slide of a built HTML deck as a PNG at `size` (see `slideShots`).
 *
 * @returns one PNG per slide, in order
 * @throws Error if the page blocked a request or logged an error: parity of a broken page means nothing
 */
export async function htmlSlidePngs(htmlPath: string, size: RenderSize): Promise<Buffer[]> {
  const { shots, problems } = await slideShots(htmlPath, size)
  if (problems.length > 0) throw new Error(`the HTML deck ${htmlPath} misbehaved in Chromium:\n${problems.join('\n')}`)
  return shots
}
