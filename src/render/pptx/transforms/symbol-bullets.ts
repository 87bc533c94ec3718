import { x } from 'xastscript'
import type { ElementTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import type { ParagraphPlan, SlidePlan } from '../plan/index.js'
import { childElement } from '../xml-tree.js'

/**
 * Bullets the plan draws in a font of their own (task boxes: the body fonts
 * have no U+2610/U+2611, see `SYMBOL_FONTS`) name that font in their
 * `<a:buFont>`; every other bullet keeps its paragraph's font (`fixBulletFont`).
 */
export const symbolBullets: ElementTransform = {
  type: 'elements',
  name: 'symbol-bullets',
  appliesTo: isSlidePart,
  names: ['a:pPr'],
  start({ slide }) {
    const fonts = slide === undefined ? new Map<string, string>() : bulletFonts(slide)
    if (fonts.size === 0) return null
    return {
      visit(pPr) {
        const char = childElement(pPr, 'a:buChar')
        const font = char === undefined ? undefined : fonts.get(String(char.attributes.char ?? ''))
        if (char === undefined || font === undefined) return
        const face = childElement(pPr, 'a:buFont')
        if (face !== undefined) face.attributes = { ...face.attributes, typeface: font }
        // CT_TextParagraphProperties: the bullet font comes right before the bullet itself.
        else pPr.children.splice(pPr.children.indexOf(char), 0, x('a:buFont', { typeface: font }))
      },
    }
  },
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
