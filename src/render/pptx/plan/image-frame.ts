import type { ImageFrame, ImagePlaceholderFrame } from '../../../layout/laid-out.js'
import type { ImageAsset, RasterMime } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { FrameHandler } from './frame-handler.js'
import type { ShapePlan, TextShape } from './types.js'
import { paragraphFromPlacedText, shapeFromPlacedText } from './placed-text.js'
import { oneLine } from './text-safety.js'

/**
 * A picture exactly in its (already aspect-fitted) box, with its caption
 * centred, italic and muted below it. The alt text becomes the picture's
 * description; the path never does.
 */
export const image: FrameHandler<ImageFrame> = (frame, { theme, assets, number }) => {
  const asset = assets[frame.path]
  if (asset === undefined) {
    // Layout only places images whose bytes it has; reaching this is a pipeline bug.
    throw new TypeError(`No image asset for \`${frame.path}\`: pass every image the laid-out deck uses in \`assets\`.`)
  }
  const shapes: ShapePlan[] = [
    {
      type: 'image',
      name: `Picture ${number}`,
      box: { ...frame.box },
      path: frame.path,
      mime: pictureMime(asset),
      altText: oneLine(frame.image.alt),
      placeholder: null,
      ...(asset.mime === 'image/svg+xml' ? { svg: asset.bytes } : {}),
    },
  ]
  return [...shapes, ...captionShapes(frame, theme, number)]
}

/**
 * An image the build could not load: one filled text box of the frame's box
 * holding the label (alt text and source), centred as the layout placed it,
 * inset by the label's own offset; then the caption. The frame is named after
 * the image so it is easy to find and replace in PowerPoint.
 */
export const imagePlaceholder: FrameHandler<ImagePlaceholderFrame> = (frame, { theme, number }) => {
  const style = { fontFace: theme.fonts.body.office, color: theme.colors.codeText, bold: false, italic: false }
  const shape: TextShape = {
    type: 'text',
    placeholder: null,
    name: `Image placeholder ${number}`,
    box: { ...frame.box },
    fill: theme.colors.codeBackground,
    margin: Math.max(0, frame.label.box.x - frame.box.x),
    valign: 'middle',
    wrap: true,
    paragraphs: [paragraphFromPlacedText(frame.label, style, theme)],
  }
  return [shape, ...captionShapes(frame, theme, number)]
}

function captionShapes(frame: ImageFrame | ImagePlaceholderFrame, theme: Theme, number: number): ShapePlan[] {
  if (frame.caption === null) return []
  const style = { fontFace: theme.fonts.body.office, color: theme.colors.muted, bold: false, italic: true }
  return [shapeFromPlacedText(`Caption ${number}`, frame.caption, style, 'top', theme)]
}

/** The media type of the picture the PPTX embeds for an asset: an SVG is drawn from its PNG rendering (`SvgAsset.raster`). */
export function pictureMime(asset: ImageAsset): RasterMime {
  return asset.mime === 'image/svg+xml' ? 'image/png' : asset.mime
}
