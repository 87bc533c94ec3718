import type { Image, ImageAssets, ImageLength } from '../model/index.js'
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

/**
 * The caption text of an image, as pandoc makes it: Quarto's `fig-cap`,
 * else the alt text of an image alone in its paragraph (parse sets `null`
 * for the others); `null` when there is none.
 */
export function captionText(image: Image): string | null {
  const text = image.caption === undefined ? image.alt : image.caption
  if (text === null) return null
  return text.trim() === '' ? null : text
}

/** The caption of an image, placed at the top of the given width, at the body size scaled down, aligned as the picture is. */
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
    align: image.align ?? 'center',
  })
}

/** The room an image is placed in: the stack's whole region (for `%` sizes) and the body size (for `em`). */
export interface ImageRoom {
  w: number
  h: number
  em: number
}

/**
 * The size an image asks for in points (`width`/`height` attributes, the
 * other side following the aspect ratio), or its natural size when it asks
 * for none; `sized` says which.
 */
export function wantedSize(image: Image, assets: ImageAssets, room: ImageRoom): { w: number; h: number; sized: boolean } {
  const natural = naturalSize(image, assets)
  const size = image.size
  if (size === undefined) return { ...natural, sized: false }
  const toPt = (length: ImageLength, along: number): number =>
    length.unit === 'pt' ? length.value : length.unit === 'em' ? length.value * room.em : length.value * along
  const w = size.width === null ? null : toPt(size.width, room.w)
  const h = size.height === null ? null : toPt(size.height, room.h)
  if (w !== null && h !== null) return { w, h, sized: true }
  if (w !== null) return { w, h: (w * natural.h) / natural.w, sized: true }
  return { w: ((h ?? 0) * natural.w) / natural.h, h: h ?? 0, sized: true }
}

/**
 * Fits an image into a box `width` × `height` pt at (x, y): an image with a
 * `width`/`height` gets that size, one without shows at its natural size at
 * most; either shrinks (aspect kept) to the box, and a sized one that had to
 * is marked `clamped`. It sits at the top of the box, centred or as
 * `fig-align` says; the caption (already measured) goes right below it. An
 * image without bytes becomes a placeholder frame of the same size (see `placeholderFrame`).
 */
export function imageFrame(
  image: Image,
  ctx: LayoutContext,
  caption: PlacedText | null,
  box: { x: number; y: number; w: number; h: number },
  captionGap: number,
  room: ImageRoom,
): ImageFrame | ImagePlaceholderFrame {
  const wanted = wantedSize(image, ctx.assets, room)
  const limit = Math.min(box.w / wanted.w, Math.max(0, box.h) / wanted.h)
  const scale = Math.min(1, limit)
  const w = wanted.w * scale
  const h = wanted.h * scale
  const x = image.align === 'left' ? box.x : image.align === 'right' ? box.x + box.w - w : box.x + (box.w - w) / 2
  const picture = roundBox({ x, y: box.y, w, h })
  const clamped = wanted.sized && limit < 1 - 1e-6 ? { clamped: roundBox({ x, y: box.y, w: wanted.w, h: wanted.h }) } : {}
  const placedCaption = (top: number): PlacedText | null =>
    caption === null ? null : { ...caption, box: roundBox({ ...caption.box, x: box.x, y: top + captionGap, w: box.w }) }
  const path = image.path
  if (path !== null && ctx.assets[path] !== undefined) return { type: 'image', box: picture, image, path, caption: placedCaption(box.y + h), ...clamped }
  const placeholder = placeholderFrame(image, picture, caption, ctx)
  return { ...placeholder, caption: placedCaption(placeholder.box.y + placeholder.box.h), ...clamped }
}
