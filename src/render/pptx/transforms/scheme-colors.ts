import type { ElementTransform } from '../part-transforms.js'
import { isLayoutOrMasterPart, isSlidePart } from '../part-paths.js'

/**
 * Colours that are the theme's become scheme colours (`<a:schemeClr
 * val="tx1"/>` instead of `<a:srgbClr val="1F2933"/>`), so a user switching
 * the deck's colours in PowerPoint recolours text, titles and backgrounds.
 * Colours the theme does not hold (code tokens, say) stay explicit. Colour
 * transforms (`<a:alpha>`, …) are kept: schemeClr takes the same children.
 */
export const schemeColors: ElementTransform = {
  type: 'elements',
  name: 'scheme-colors',
  appliesTo: (path) => isSlidePart(path) || isLayoutOrMasterPart(path),
  names: ['a:srgbClr'],
  start({ scheme }) {
    const slots = new Map(scheme.schemeColors.map(({ slot, color }) => [color, slot]))
    return {
      visit(element) {
        const slot = slots.get(String(element.attributes.val ?? '').toUpperCase())
        if (slot === undefined) return
        element.name = 'a:schemeClr'
        element.attributes = { val: slot }
      },
    }
  },
}
