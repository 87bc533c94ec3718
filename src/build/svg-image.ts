import { createRequire } from 'node:module'
import type { Element, ElementContent, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { toXml } from 'xast-util-to-xml'
import type { SvgAsset } from '../model/index.js'

/** SVG elements kept: shapes, text, paint servers and structure; everything else is removed with its content. */
const ELEMENTS: ReadonlySet<string> = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'metadata', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line',
  'polyline', 'polygon', 'text', 'tspan', 'textPath', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask',
  'pattern', 'marker', 'filter', 'feGaussianBlur', 'feOffset', 'feBlend', 'feColorMatrix', 'feFlood', 'feComposite',
  'feMerge', 'feMergeNode', 'switch',
])

/** The largest side (in px) the PNG fallback is rendered at. */
const RASTER_SIDE = 1600

/** A sanitised SVG, or why it cannot be used. */
export type SvgResult = { asset: SvgAsset; removed: string[] } | { problem: string }

/**
 * Makes an SVG safe to embed and draws its PNG fallback: parsed as XML
 * (xast), walked against an allow-list of elements, with event handlers,
 * `href`s other than `#fragment`, external `url(…)` references and `style`
 * elements removed, serialised again; sized by `width`/`height`, else its
 * `viewBox`; rasterised with resvg for the PPTX.
 *
 * @returns the asset and what was removed (each kind once, for the warning), or the problem
 */
export function svgAsset(bytes: Uint8Array): SvgResult {
  let tree: Root
  try {
    tree = fromXml(Buffer.from(bytes).toString('utf8'))
  } catch (error) {
    return { problem: `it is not well-formed XML (${(error as Error).message.split('\n')[0] ?? ''})` }
  }
  const root = tree.children.find((node): node is Element => node.type === 'element')
  if (root === undefined || localName(root.name) !== 'svg') return { problem: 'its root element is not `<svg>`' }
  const removed = new Set<string>()
  const clean = cleanElement(root, removed)
  const size = sizeOf(clean)
  if (size === null) return { problem: 'it declares no usable width, height or viewBox' }
  const svg = toXml({ type: 'root', children: [clean] })
  let raster: Uint8Array
  try {
    const scale = Math.min(4, RASTER_SIDE / Math.max(size.width, size.height))
    raster = new (resvg().Resvg)(svg, { fitTo: { mode: 'width', value: Math.max(1, Math.round(size.width * scale)) } }).render().asPng()
  } catch (error) {
    return { problem: `it cannot be drawn (${(error as Error).message})` }
  }
  const asset: SvgAsset = { mime: 'image/svg+xml', width: size.width, height: size.height, bytes: new Uint8Array(Buffer.from(svg, 'utf8')), raster: new Uint8Array(raster) }
  return { asset, removed: [...removed] }
}

function cleanElement(element: Element, removed: Set<string>): Element {
  const attributes: Element['attributes'] = {}
  for (const [name, value] of Object.entries(element.attributes)) {
    const local = localName(name)
    const text = value ?? ''
    if (/^on/i.test(local)) removed.add('event handlers')
    else if (local === 'href' && !text.trim().startsWith('#')) removed.add('external references')
    else if (/url\(\s*['"]?\s*[^#'"\s)]/i.test(text)) removed.add('external references')
    else if (/javascript:|expression\(/i.test(text)) removed.add('script')
    else attributes[name] = text
  }
  const children: ElementContent[] = []
  for (const child of element.children) {
    if (child.type === 'element') {
      if (ELEMENTS.has(localName(child.name))) children.push(cleanElement(child, removed))
      else removed.add(describe(localName(child.name)))
    } else if (child.type === 'text' || child.type === 'cdata') {
      children.push(child.type === 'cdata' ? { type: 'text', value: child.value } : child)
    }
  }
  return { type: 'element', name: element.name, attributes, children }
}

function describe(name: string): string {
  if (name === 'script') return 'script'
  if (name === 'foreignObject') return 'foreignObject'
  if (name === 'image') return 'embedded images (external references)'
  return `\`<${name}>\``
}

/** The natural size in CSS px: `width`/`height` (px, pt, or unitless), else the viewBox's. */
function sizeOf(svg: Element): { width: number; height: number } | null {
  const box = (svg.attributes['viewBox'] ?? '').trim().split(/[\s,]+/).map(Number)
  const [vw, vh] = box.length === 4 && box.every(Number.isFinite) ? [box[2] ?? 0, box[3] ?? 0] : [0, 0]
  let width = length(svg.attributes['width'])
  let height = length(svg.attributes['height'])
  if (width === null && height === null) [width, height] = [vw, vh]
  else if (width === null && height !== null && vh > 0) width = (height * vw) / vh
  else if (height === null && width !== null && vw > 0) height = (width * vh) / vw
  if (width === null || height === null || !(width > 0) || !(height > 0)) return null
  return { width: Math.round(width), height: Math.round(height) }
}

function length(value: string | null | undefined): number | null {
  const match = /^\s*([\d.]+)\s*(px|pt)?\s*$/.exec(value ?? '')
  if (match === null) return null
  const number = Number(match[1])
  return Number.isFinite(number) ? (match[2] === 'pt' ? (number * 4) / 3 : number) : null
}

function localName(name: string): string {
  return name.includes(':') ? (name.split(':')[1] ?? name) : name
}

/**
 * resvg, loaded on the first SVG image: its native module took ~40 ms (far
 * more on a busy machine) of every cold build, and most decks have no SVG.
 * Node keeps the module once loaded.
 */
function resvg(): typeof import('@resvg/resvg-js') {
  return createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js')
}
