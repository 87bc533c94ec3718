import type { ImageFrame } from '../../../layout/laid-out.js'
import type { FrameHandler } from './frame-handler.js'
import type { ShapePlan } from './types.js'
import { shapeFromPlacedText } from './placed-text.js'
import { oneLine } from './text-safety.js'

/**
 * A picture exactly in its (already aspect-fitted) box, with its caption
 * centred, italic and muted below it. The alt text becomes the picture's
 * description; the path never does.
 */
export const image: FrameHandler<ImageFrame> = (frame, { theme, assets, number }) => {
  const asset = assets[frame.image.path]
  if (asset === undefined) {
    // Layout only places images whose bytes it has; reaching this is a pipeline bug.
    throw new TypeError(`No image asset for \`${frame.image.path}\`: pass every image the laid-out deck uses in \`assets\`.`)
  }
  const shapes: ShapePlan[] = [
    {
      type: 'image',
      name: `Picture ${number}`,
      box: { ...frame.box },
      path: frame.image.path,
      mime: asset.mime,
      altText: oneLine(frame.image.alt),
    },
  ]
  if (frame.caption !== null) {
    const style = { fontFace: theme.fonts.body.office, color: theme.colors.muted, bold: false, italic: true }
    shapes.push(shapeFromPlacedText(`Caption ${number}`, frame.caption, style, 'top', theme))
  }
  return shapes
}
