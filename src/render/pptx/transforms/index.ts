import type { PartTransform } from '../part-transforms.js'
import { backgroundPicture } from './background-picture.js'
import { bulletLooks } from './bullet-looks.js'
import { deckLang } from './deck-lang.js'
import { drawingFixes } from './drawing-fixes.js'
import { listNumbering } from './list-numbering.js'
import { notesText } from './notes-text.js'
import { scriptFaces } from '../script-fonts.js'
import { symbolBullets } from './symbol-bullets.js'
import { masterColorMap } from './master-color-map.js'
import { officeMathShapes } from './office-math-shapes.js'
import { presentationOrder } from './presentation-order.js'
import { schemeColors } from './scheme-colors.js'
import { slideNumberFields } from './slide-number-fields.js'
import { slidePlaceholders } from './slide-placeholders.js'
import { pictureAltText } from './picture-alt-text.js'
import { slideTiming } from './slide-timing.js'
import { svgBlips } from '../svg-pictures.js'
import { tableFlags, tableStylesPart } from './table-style.js'
import { themeFonts } from './theme-fonts.js'
import { themePart } from './theme-part.js'

/**
 * The tree transforms post-processing runs over pptxgenjs's parts, in order.
 * Add a step here (a `PartTransform` in a file of its own) to change more of
 * pptxgenjs's output; never edit serialised XML.
 */
export const partTransforms: readonly PartTransform[] = [
  backgroundPicture,
  drawingFixes,
  notesText,
  scriptFaces,
  symbolBullets,
  bulletLooks,
  presentationOrder,
  slidePlaceholders,
  pictureAltText,
  themePart,
  masterColorMap,
  slideNumberFields,
  deckLang,
  schemeColors,
  themeFonts,
  listNumbering,
  tableStylesPart,
  tableFlags,
  officeMathShapes,
  svgBlips,
  slideTiming,
]
