import type { Element } from 'xast'
import type { ElementTransform } from '../part-transforms.js'
import { isLayoutOrMasterPart, isSlidePart } from '../part-paths.js'
import { childElement, childElements, elementsNamed } from '../xml-tree.js'

/**
 * Latin faces that are the theme's become theme fonts: `+mj-lt` (headings) in
 * title placeholders, `+mn-lt` (body) elsewhere, so Design → Fonts in
 * PowerPoint changes the deck's text. Other faces (code, symbol bullets, the
 * east-Asian and complex-script faces `script-fonts.ts` chose) stay explicit.
 */
export const themeFonts: ElementTransform = {
  type: 'elements',
  name: 'theme-fonts',
  appliesTo: (path) => isSlidePart(path) || isLayoutOrMasterPart(path),
  // Tables (p:graphicFrame) and group shapes hold runs too: every a:latin of the part.
  names: ['p:sp', 'a:latin'],
  start({ scheme }) {
    const heading = scheme.majorFont.latin
    const body = scheme.minorFont.latin
    // A shape comes before the faces inside it: a title placeholder's are known when they are visited.
    const inTitles = new Set<Element>()
    return {
      visit(element) {
        if (element.name === 'p:sp') {
          if (isTitlePlaceholder(element)) for (const latin of elementsNamed(element, 'a:latin')) inTitles.add(latin)
          return
        }
        const face = element.attributes.typeface
        if (inTitles.has(element) && face === heading) element.attributes = { typeface: '+mj-lt' }
        else if (face === body) element.attributes = { typeface: '+mn-lt' }
        else if (face === heading) element.attributes = { typeface: '+mj-lt' }
      },
    }
  },
}

/** Whether a `<p:sp>` is a title placeholder (`<p:ph type="title"/>` or `ctrTitle`). */
export function isTitlePlaceholder(shape: Element): boolean {
  const nv = childElement(shape, 'p:nvSpPr')
  const app = nv === undefined ? undefined : childElement(nv, 'p:nvPr')
  const ph = app === undefined ? undefined : childElements(app).find((child) => child.name === 'p:ph')
  return ph !== undefined && (ph.attributes.type === 'title' || ph.attributes.type === 'ctrTitle')
}
