import type { Element, ElementContent, Properties } from 'hast'
import { h, s } from 'hastscript'
import type { ElementContent as XastContent, Element as XastElement } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import type { InlineMath, TypesetMath } from '../../model/index.js'
import type { MathFrame } from '../../layout/laid-out.js'
import { boxStyle } from './units.js'

/** SVG elements MathJax's SVG output uses; anything else (a `\href` link, say) is left out. */
const SVG_ELEMENTS: ReadonlySet<string> = new Set(['svg', 'g', 'path', 'rect', 'line', 'text', 'use', 'defs', 'title', 'desc'])
const SVG_ATTRIBUTES: ReadonlySet<string> = new Set(['xmlns', 'viewBox', 'd', 'transform', 'fill', 'stroke', 'stroke-width', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'font-family', 'font-size', 'font-style', 'font-weight'])

/** MathML attributes never copied: links, scripts and styles have no place in a formula. */
const MATHML_UNSAFE = /^(on|href$|xlink:|style$|src$|class$|id$)/

/** Visually hidden but read by screen readers (the SVG beside it is hidden from them instead). */
const SCREEN_READER_ONLY = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap'

/**
 * A formula inside text. Its box is exactly as wide as layout measured and
 * of zero height on the baseline, so it never changes the line height the
 * layout gave the text; the drawing hangs from it (tall formulas reach into
 * the line spacing, as in TeX). Screen readers get the MathML.
 */
export function inlineMathToHast(node: InlineMath): Element {
  const { width, height, depth } = node.typeset
  return h('span', { className: ['layar-math'], style: `display:inline-block;position:relative;height:0;vertical-align:baseline;width:${em(width)}` }, [
    svgOf(node.typeset, `position:absolute;left:0;bottom:${em(-depth)};width:${em(width)};height:${em(height + depth)}`),
    ...mathmlOf(node.typeset),
  ])
}

/** Display math: the formula centred in its box at the frame's size. */
export function mathFrameToHast(frame: MathFrame, size: string): Element {
  const { width, height, depth } = frame.math.typeset
  const style = `${boxStyle(frame.box)};font-size:${size};display:flex;align-items:center;justify-content:center`
  return h('div', { className: ['layar-abs', 'layar-math-display'], style }, [
    svgOf(frame.math.typeset, `display:block;width:${em(width)};height:${em(height + depth)};flex:none`),
    ...mathmlOf(frame.math.typeset),
  ])
}

function em(value: number): string {
  return `${Math.round(value * 10_000) / 10_000}em`
}

function svgOf(typeset: TypesetMath, style: string): Element {
  const root = fromXml(typeset.svg).children.find((node): node is XastElement => node.type === 'element')
  const svg = root === undefined ? s('svg') : svgElement(root)
  svg.properties = { ...svg.properties, ariaHidden: 'true', focusable: 'false', style }
  return svg
}

function svgElement(node: XastElement): Element {
  const properties: Properties = {}
  for (const [name, value] of Object.entries(node.attributes)) if (SVG_ATTRIBUTES.has(name) && value !== null && value !== undefined) properties[name] = value
  return s(node.name, properties, node.children.flatMap((child) => svgChild(child)))
}

function svgChild(node: XastContent): ElementContent[] {
  if (node.type === 'text') return [{ type: 'text', value: node.value }]
  if (node.type === 'element' && SVG_ELEMENTS.has(node.name)) return [svgElement(node)]
  // An unknown element (a link) keeps its drawing, without itself.
  if (node.type === 'element') return node.children.flatMap((child) => svgChild(child))
  return []
}

/** The MathML, hidden visually, for screen readers and copy–paste. */
function mathmlOf(typeset: TypesetMath): Element[] {
  const root = fromXml(typeset.mathml).children.find((node): node is XastElement => node.type === 'element')
  if (root === undefined) return []
  const math = mathmlElement(root)
  return [h('span', { className: ['layar-math-speech'], style: SCREEN_READER_ONLY }, [math])]
}

function mathmlElement(node: XastElement): Element {
  const properties: Properties = {}
  for (const [name, value] of Object.entries(node.attributes)) {
    if (!MATHML_UNSAFE.test(name) && !name.startsWith('data-') && value !== null && value !== undefined) properties[name] = value
  }
  const children: ElementContent[] = node.children.flatMap((child): ElementContent[] => {
    if (child.type === 'text') return child.value.trim() === '' ? [] : [{ type: 'text', value: child.value }]
    return child.type === 'element' ? [mathmlElement(child)] : []
  })
  // `h` with a name it does not know makes a plain HTML element, which is how HTML parses MathML too.
  return { type: 'element', tagName: node.name, properties, children }
}
