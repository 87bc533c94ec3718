import type { Image, ImageAssets } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { LayoutContext, ThemeFaces } from './context.js'
import { roundBox } from './geometry.js'
import { placeholderFrame } from './image-placeholder.js'
import type { ImageFrame, ImagePlaceholderFrame, PlacedText } from './laid-out.js'
import { placeText } from './placed-text.js'

/** CSS pixels to points: an image shows at its natural size at most (1 px = 0.75 pt). */
const PT_PER_PX = 0.75

/** An image below this height is unreadable; fit treats less room than this as overflow. */
export const MIN_IMAGE_HEIGHT = 48

/** The caption's size relative to the body text size. */
export const CAPTION_SCALE = 0.75

/** The natural size of an image in points; a 4:3 stand-in if its asset is absent (the build reported why). */
export function naturalSize(image: Image, assets: ImageAssets): { w: number; h: number } {
  const asset = image.path === null ? undefined : assets[image.path]
  if (!asset || asset.width <= 0 || asset.height <= 0) return { w: 640 * PT_PER_PX, h: 480 * PT_PER_PX }
  return { w: asset.width * PT_PER_PX, h: asset.height * PT_PER_PX }
}

/** The caption text of an image: its title, else its alt text; `null` if both are empty. */
export function captionText(image: Image): string | null {
  const text = image.title ?? image.alt
  return text.trim() === '' ? null : text
}

/** The caption of an image, placed at the top of the given width, at the body size scaled down. */
export function captionFor(image: Image, faces: ThemeFaces, theme: Theme, bodySize: number, x: number, width: number): PlacedText | null {
  const text = captionText(image)
  if (text === null) return null
  const size = Math.round(bodySize * CAPTION_SCALE * 2) / 2
  return placeText([{ type: 'text', value: text, position: image.position }], {
    fonts: { text: faces.body, mono: faces.mono },
    base: { bold: false, italic: true },
    size,
    lineSpacing: theme.lineSpacing,
    x,
    y: 0,
    w: width,
    align: 'center',
  })
}

/**
 * Fits an image into a box `width` × `height` pt at (x, y): aspect ratio
 * kept, never larger than its natural size, centred horizontally, at the
 * top; the caption (already measured) goes right below it. An image without
 * bytes becomes a placeholder frame of the same size (see `placeholderFrame`).
 */
export function imageFrame(
  image: Image,
  ctx: LayoutContext,
  caption: PlacedText | null,
  box: { x: number; y: number; w: number; h: number },
  captionGap: number,
): ImageFrame | ImagePlaceholderFrame {
  const natural = naturalSize(image, ctx.assets)
  const scale = Math.min(1, box.w / natural.w, Math.max(0, box.h) / natural.h)
  const w = natural.w * scale
  const h = natural.h * scale
  const picture = roundBox({ x: box.x + (box.w - w) / 2, y: box.y, w, h })
  const placedCaption = (top: number): PlacedText | null =>
    caption === null ? null : { ...caption, box: roundBox({ ...caption.box, x: box.x, y: top + captionGap, w: box.w }) }
  const path = image.path
  if (path !== null && ctx.assets[path] !== undefined) return { type: 'image', box: picture, image, path, caption: placedCaption(box.y + h) }
  const placeholder = placeholderFrame(image, picture, caption, ctx)
  return { ...placeholder, caption: placedCaption(placeholder.box.y + placeholder.box.h) }
}
