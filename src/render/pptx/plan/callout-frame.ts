import type { CalloutFrame } from '../../../layout/laid-out.js'
import type { FrameHandler } from './frame-handler.js'
import { paragraphFromPlacedText } from './placed-text.js'
import { paragraphsFromTextFrame } from './text-blocks.js'
import type { ShapePlan } from './types.js'

/**
 * A Quarto callout as one editable text box, filled and inset by the
 * layout's padding, holding the bold title (with the title gap after it) and
 * the text; then a thin filled box for the coloured bar along its left edge.
 */
export const callout: FrameHandler<CalloutFrame> = (frame, { theme, number }) => {
  const titleStyle = { fontFace: theme.fonts.body.office, color: theme.colors.text, bold: true, italic: false }
  const title = { ...paragraphFromPlacedText(frame.title, titleStyle, theme), spaceAfter: frame.body === null ? 0 : frame.titleGap }
  const shapes: ShapePlan[] = [
    {
      type: 'text',
      name: `Callout ${number}`,
      placeholder: null,
      box: { ...frame.box },
      fill: frame.fill,
      margin: frame.padding,
      valign: 'top',
      wrap: true,
      paragraphs: [title, ...(frame.body === null ? [] : paragraphsFromTextFrame(frame.body, theme))],
    },
    {
      type: 'text',
      name: `Callout bar ${number}`,
      placeholder: null,
      box: { x: frame.box.x, y: frame.box.y, w: frame.barWidth, h: frame.box.h },
      fill: frame.barColor,
      margin: 0,
      valign: 'top',
      wrap: false,
      paragraphs: [],
    },
  ]
  return shapes
}
