import type { TextFrame } from '../../../layout/laid-out.js'
import type { FrameHandler } from './frame-handler.js'
import { paragraphsFromTextFrame } from './text-blocks.js'
import type { ParagraphPlan, PlanBox, TextShape } from './types.js'

/**
 * A text frame: one editable, top-anchored text box with no insets and no
 * autofit. A column's heading (`TextFrame.heading`) is a text box of its own
 * (`Heading N`) at the height layout measured for it, the rest right below,
 * so each fills its placeholder of the Comparison layout and every line stays
 * where it was in the one frame.
 */
export const text: FrameHandler<TextFrame> = (frame, { theme, number }) => {
  const paragraphs = paragraphsFromTextFrame(frame, theme)
  const box = { ...frame.box }
  if (frame.heading === undefined) return [textBox(`Text ${number}`, box, paragraphs)]
  const [heading, ...rest] = paragraphs
  const height = Math.min(frame.heading.height, box.h)
  const shapes = heading === undefined ? [] : [textBox(`Heading ${number}`, { ...box, h: height }, [heading])]
  if (rest.length > 0) shapes.push(textBox(`Text ${number}`, { ...box, y: box.y + height, h: box.h - height }, rest))
  return shapes
}

function textBox(name: string, box: PlanBox, paragraphs: ParagraphPlan[]): TextShape {
  return { type: 'text', placeholder: null, name, box, fill: null, margin: 0, valign: 'top', wrap: true, paragraphs }
}
