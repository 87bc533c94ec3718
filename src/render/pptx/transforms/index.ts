import type { PartTransform } from '../part-transforms.js'
import { deckLang } from './deck-lang.js'
import { presentationOrder } from './presentation-order.js'
import { slideNumberFields } from './slide-number-fields.js'

/**
 * The tree transforms post-processing runs over pptxgenjs's parts, in order.
 * Add a step here (a `PartTransform` in a file of its own) to change more of
 * pptxgenjs's output; never edit serialised XML.
 */
export const partTransforms: readonly PartTransform[] = [presentationOrder, slideNumberFields, deckLang]
