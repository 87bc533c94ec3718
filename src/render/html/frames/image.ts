import type { Element } from 'hast'
import { h } from 'hastscript'
import type { Box, ImageFrame, ImagePlaceholderFrame } from '../../../layout/laid-out.js'
import type { RenderContext } from '../context.js'
import { dataUrl } from '../data-url.js'
import { placedTextToHast } from '../placed-text.js'
import { boxStyle } from '../units.js'

/**
 * A figure: the picture exactly in its box as a data: URL, and its caption.
 * The figure element spans both, and its children are placed relative to it.
 *
 * @throws TypeError if the image's bytes are not in `assets` (the build loads every image the deck uses).
 */
export function image(frame: ImageFrame, ctx: RenderContext): Element {
  const asset = ctx.assets[frame.path]
  if (!asset) {
    throw new TypeError(`No image asset for ${JSON.stringify(frame.path)}; pass every image the deck uses in assets.`)
  }
  const outer = frame.caption ? union(frame.box, frame.caption.box) : frame.box
  const src = dataUrl(asset, ctx.cache)
  const properties: Record<string, string> = { src, alt: frame.image.alt, style: boxStyle(relative(frame.box, outer)) }
  if (frame.image.title !== null) properties['title'] = frame.image.title
  return figure(frame, outer, h('img', { className: ['layar-abs'], ...properties }), ctx)
}

/**
 * An image the build could not load: a filled frame of its box with the
 * label (alt text and source) where the layout placed it, and its caption.
 */
export function imagePlaceholder(frame: ImagePlaceholderFrame, ctx: RenderContext): Element {
  const outer = frame.caption ? union(frame.box, frame.caption.box) : frame.box
  const label = placedTextToHast({ ...frame.label, box: relative(frame.label.box, frame.box) }, ctx, {
    tagName: 'span',
    className: 'layar-placeholder-label',
    face: { role: 'body', weight: 400, style: 'normal' },
  })
  const properties = { role: 'img', ariaLabel: frame.image.alt || frame.image.src, style: boxStyle(relative(frame.box, outer)) }
  return figure(frame, outer, h('div', { className: ['layar-abs', 'layar-placeholder'], ...properties }, [label]), ctx)
}

/** The figure around a picture (or its placeholder) and its caption, children placed relative to it. */
function figure(frame: ImageFrame | ImagePlaceholderFrame, outer: Box, picture: Element, ctx: RenderContext): Element {
  const children: Element[] = [picture]
  if (frame.caption) {
    const caption = { ...frame.caption, box: relative(frame.caption.box, outer) }
    children.push(
      placedTextToHast(caption, ctx, {
        tagName: 'figcaption',
        className: 'layar-caption',
        face: { role: 'body', weight: 400, style: 'italic' },
      }),
    )
  }
  return h('figure', { className: ['layar-abs', 'layar-figure'], style: boxStyle(outer) }, children)
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y }
}

function relative(box: Box, to: Box): Box {
  return { x: box.x - to.x, y: box.y - to.y, w: box.w, h: box.h }
}
