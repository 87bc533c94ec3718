import type { MathFrame } from '../../../layout/laid-out.js'
import type { FrameHandler } from './frame-handler.js'
import { mathRun } from './runs.js'

/**
 * Display math: a non-wrapping text box exactly around the typeset formula,
 * holding one centred paragraph with it, at the frame's size and in the
 * theme's text colour. A shape holding only an equation is what LibreOffice
 * imports as a formula object (scaled to the shape), so the box is the formula's.
 */
export const math: FrameHandler<MathFrame> = (frame, { theme, number }) => {
  const style = { fontFace: theme.fonts.body.office, fontSize: frame.fontSize, color: theme.colors.text, bold: false, italic: false, strike: false }
  return [
    {
      type: 'text',
      placeholder: null,
      name: `Math ${number}`,
      box: { ...frame.formula },
      fill: null,
      margin: 0,
      valign: 'middle',
      wrap: false,
      paragraphs: [
        {
          align: 'center',
          lineSpacing: frame.formula.h,
          spaceAfter: 0,
          marker: { type: 'none' },
          runs: [mathRun(frame.math.tex, frame.math.typeset.mathml, true, style, false)],
        },
      ],
    },
  ]
}
