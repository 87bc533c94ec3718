import type { Image, Inline } from '../model/index.js'
import type { LayoutContext } from './context.js'
import { roundBox } from './geometry.js'
import type { Box, ImagePlaceholderFrame, PlacedText } from './laid-out.js'
import { placeText } from './placed-text.js'

/** Inner padding of a placeholder frame, in points. */
const PADDING = 6

/** The label's size relative to the body text size (the caption's), and the smallest it may shrink to. */
const LABEL_SCALE = 0.75
const MIN_LABEL_SIZE = 8

/**
 * The placeholder for an image without bytes: the image's box, grown to hold
 * its label if it must (never past its natural width), with the alt text
 * (unless the caption already shows it) and the source written in it, centred.
 * The label shrinks to `MIN_LABEL_SIZE` before the frame grows.
 *
 * @param box where the picture would have been drawn
 * @param caption the image's caption, if any (the label leaves out what it shows)
 */
export function placeholderFrame(image: Image, box: Box, caption: PlacedText | null, ctx: LayoutContext): Omit<ImagePlaceholderFrame, 'caption'> {
  const { theme, faces } = ctx
  const lines = [image.alt, image.src].filter((line, i) => line.trim() !== '' && !(i === 0 && caption !== null && image.caption === undefined))
  const inlines = textLines(lines, image)
  const width = Math.max(1, box.w - 2 * PADDING)
  const place = (size: number): PlacedText =>
    placeText(inlines, { fonts: { text: faces.body, mono: faces.mono }, base: { bold: false, italic: false }, size, lineSpacing: theme.lineSpacing, x: box.x + PADDING, y: 0, w: width, align: 'center' })
  let size = Math.round(theme.sizes.body * LABEL_SCALE * 2) / 2
  let label = place(size)
  while (label.box.h + 2 * PADDING > box.h && size > MIN_LABEL_SIZE) {
    size = Math.max(MIN_LABEL_SIZE, size - 1)
    label = place(size)
  }
  const frame = roundBox({ ...box, h: Math.max(box.h, label.box.h + 2 * PADDING) })
  const top = frame.y + (frame.h - label.box.h) / 2
  return { type: 'image-placeholder', box: frame, label: { ...label, box: roundBox({ ...label.box, y: top }) }, image }
}

/** Lines of plain text as inlines, joined by hard breaks, at the image's position. */
function textLines(lines: readonly string[], image: Image): Inline[] {
  const out: Inline[] = []
  lines.forEach((value, i) => {
    if (i > 0) out.push({ type: 'break', position: image.position })
    out.push({ type: 'text', value, position: image.position })
  })
  return out
}
