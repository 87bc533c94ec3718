import type { CodeFrame } from '../../../layout/laid-out.js'
import type { FrameHandler } from './frame-handler.js'
import type { ParagraphPlan, RunPlan } from './types.js'
import { oneLine } from './text-safety.js'

/**
 * A code block: a filled, non-wrapping text box in the mono font with the
 * frame's padding as inset, one paragraph per source line and one run per token.
 */
export const code: FrameHandler<CodeFrame> = (frame, { theme, number }) => {
  const paragraphs = frame.lines.map((line): ParagraphPlan => {
    const runs = line
      .map((token): RunPlan => ({
        text: oneLine(token.text),
        fontFace: theme.fonts.mono.office,
        fontSize: frame.fontSize,
        color: token.color ?? theme.colors.codeText,
        bold: false,
        italic: false,
        strike: false,
        underline: false,
        hyperlink: null,
        breakBefore: false,
      }))
      .filter((run) => run.text !== '')
    return {
      align: 'left',
      lineSpacing: frame.lineHeight,
      spaceAfter: 0,
      marker: { type: 'none' },
      runs: runs.length > 0 ? runs : [emptyRun(frame.fontSize, theme.fonts.mono.office, theme.colors.codeText)],
    }
  })
  return [
    {
      type: 'text',
      placeholder: null,
      name: `Code ${number}`,
      box: { ...frame.box },
      fill: theme.colors.codeBackground,
      margin: frame.padding,
      valign: 'top',
      wrap: false,
      paragraphs,
    },
  ]
}

function emptyRun(fontSize: number, fontFace: string, color: string): RunPlan {
  return { text: '', fontFace, fontSize, color, bold: false, italic: false, strike: false, underline: false, hyperlink: null, breakBefore: false }
}
