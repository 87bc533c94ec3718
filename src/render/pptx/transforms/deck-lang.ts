import type { ElementTransform } from '../part-transforms.js'
import { isDrawingPart } from '../part-paths.js'

/**
 * Every `lang` in the deck's locale, in every part with text (notes master
 * included), and no `altLang`: pptxgenjs writes `en-US` defaults (`lang` on
 * the notes master and on fields, `altLang` on every run), which makes
 * PowerPoint spell-check an Indonesian deck as English.
 */
export const deckLang: ElementTransform = {
  type: 'elements',
  name: 'deck-lang',
  appliesTo: isDrawingPart,
  names: ['*'],
  start({ lang }) {
    return {
      visit({ attributes }) {
        if (attributes.lang !== undefined && attributes.lang !== null) attributes.lang = lang
        if (attributes.altLang !== undefined) delete attributes.altLang
      },
    }
  },
}
