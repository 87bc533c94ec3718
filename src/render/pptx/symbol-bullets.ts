import type { Parts } from './dedupe-media.js'
import type { ParagraphPlan, PptxPlan, SlidePlan } from './plan/index.js'

/**
 * Writes `<a:buFont>` for every bullet the plan draws in a font of its own
 * (task boxes: the body fonts have no U+2610/U+2611, see `SYMBOL_FONTS`).
 * pptxgenjs writes no bullet font, and post-processing (`fixBulletFont`)
 * gives every bullet without one its paragraph's font; this runs before it,
 * so those bullets keep the font that has their glyph.
 *
 * @param parts the parts `writePptx` drew (changed in place)
 * @param plan the plan they were drawn from
 */
export function fixSymbolBullets(parts: Parts, plan: PptxPlan): void {
  plan.slides.forEach((slide, index) => {
    const fonts = bulletFonts(slide)
    if (fonts.size === 0) return
    const path = `ppt/slides/slide${index + 1}.xml`
    const xml = parts.get(path)
    if (typeof xml !== 'string') return
    const fixed = xml.replace(/<a:buChar char="&#x([0-9A-Fa-f]+);"\/>/g, (whole, hex: string) => {
      const font = fonts.get(String.fromCodePoint(Number.parseInt(hex, 16)))
      return font === undefined ? whole : `<a:buFont typeface="${escapeAttribute(font)}"/>${whole}`
    })
    parts.set(path, fixed)
  })
}

/** Bullet character → font, for the slide's bullets that name their own font. */
function bulletFonts(slide: SlidePlan): Map<string, string> {
  const fonts = new Map<string, string>()
  const add = (paragraph: ParagraphPlan): void => {
    if (paragraph.marker.type === 'bullet' && paragraph.marker.font !== null) fonts.set(paragraph.marker.char, paragraph.marker.font)
  }
  for (const shape of slide.shapes) if (shape.type === 'text') shape.paragraphs.forEach(add)
  return fonts
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}
