import type { ImageAssets } from '../../model/index.js'
import type { Theme } from '../../theme/index.js'
import type { HtmlCache } from './html-cache.js'

/** Which of the theme's three fonts a run of text uses. */
export type FontRole = 'heading' | 'body' | 'mono'

/** The face a run of text is drawn in. */
export interface TextFace {
  role: FontRole
  weight: 400 | 700
  style: 'normal' | 'italic'
}

/**
 * Code points drawn per face, keyed by `role|weight|style`. The renderer
 * records every visible run here so the page embeds only the font subset
 * files (and faces) it needs.
 */
export type FontUsage = Map<string, Set<number>>

/** What every handler needs while turning the laid-out deck into hast. */
export interface RenderContext {
  theme: Theme
  assets: ImageAssets
  /** `false` inside speaker notes: no fragments there. */
  fragments: boolean
  fonts: FontUsage
  /** Data URLs kept between builds. */
  cache: HtmlCache
}

/** The key of a face in `FontUsage`. */
export function faceKey(face: TextFace): string {
  return `${face.role}|${face.weight}|${face.style}`
}

/** Records that `text` is drawn in `face`. */
export function useFont(fonts: FontUsage, face: TextFace, text: string): void {
  const key = faceKey(face)
  let points = fonts.get(key)
  if (!points) {
    points = new Set()
    fonts.set(key, points)
  }
  // By index, not `for…of`: no string per character (every text of the deck passes here). A pair of surrogates is one code point, as there.
  for (let index = 0; index < text.length; index++) {
    const point = text.codePointAt(index) ?? 0
    points.add(point)
    if (point > 0xffff) index++
  }
}
