import type { TextFrame } from '../../../layout/laid-out.js'
import type { FrameHandler } from './frame-handler.js'
import { paragraphsFromTextFrame } from './text-blocks.js'

/** A text frame: one editable, top-anchored text box with no insets and no autofit. */
export const text: FrameHandler<TextFrame> = (frame, { theme, number }) => [
  {
    type: 'text',
    placeholder: null,
    name: `Text ${number}`,
    box: { ...frame.box },
    fill: null,
    margin: 0,
    valign: 'top',
    wrap: true,
    paragraphs: paragraphsFromTextFrame(frame, theme),
  },
]
