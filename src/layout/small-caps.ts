/**
 * Small capitals, drawn the same way in both outputs: lower-case letters as
 * capitals at `SMALL_CAPS_SCALE` of the size, everything else as written.
 * Neither output's own small caps would do: Chromium uses the font's `smcp`
 * glyphs when it has them and LibreOffice and PowerPoint scale by their own
 * factors, so their widths would differ from what layout measured.
 */
export const SMALL_CAPS_SCALE = 0.8

/** A piece of small-caps text: `small` pieces are upper-cased and drawn at `SMALL_CAPS_SCALE`. */
export interface SmallCapsPiece {
  text: string
  small: boolean
}

/** Cuts text into runs of lower-case letters (to draw small) and the rest. */
export function smallCapsPieces(text: string): SmallCapsPiece[] {
  const pieces: SmallCapsPiece[] = []
  for (const char of text) {
    const upper = char.toUpperCase()
    const small = upper !== char && char === char.toLowerCase()
    const last = pieces.at(-1)
    if (last !== undefined && last.small === small) last.text += small ? upper : char
    else pieces.push({ text: small ? upper : char, small })
  }
  return pieces
}

/**
 * Highlighted text (`[text]{.mark}`) in both outputs: dark text on a pale
 * yellow, whatever the theme, so it reads on dark themes too (contrast 14:1).
 */
export const MARK_COLORS = { background: 'FDE68A', text: '1F2933' } as const
