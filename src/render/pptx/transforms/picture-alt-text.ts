import type { ElementTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import { childElement } from '../xml-tree.js'

/**
 * Every slide picture's description (`descr`, its alt text) is the content's
 * alt text, and empty for the decorative background picture. pptxgenjs writes
 * `preencoded.png` for a picture without alt text, so its value cannot tell
 * "none" from an image whose alt text really is `preencoded.png`; the plan can.
 */
export const pictureAltText: ElementTransform = {
  type: 'elements',
  name: 'picture-alt-text',
  appliesTo: isSlidePart,
  names: ['p:pic'],
  start({ path, slide }) {
    if (slide === undefined) throw new Error(`pptx: ${path} is not in the plan.`)
    const altTexts = new Map(slide.shapes.flatMap((shape) => (shape.type === 'image' ? [[shape.name, shape.altText] as const] : [])))
    return {
      visit(picture) {
        const nv = childElement(picture, 'p:nvPicPr')
        const cNvPr = nv === undefined ? undefined : childElement(nv, 'p:cNvPr')
        if (cNvPr === undefined) return
        const alt = altTexts.get(String(cNvPr.attributes.name ?? ''))
        cNvPr.attributes.descr = alt ?? ''
      },
    }
  },
}
