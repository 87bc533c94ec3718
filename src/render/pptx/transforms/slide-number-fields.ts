import type { Element } from 'xast'
import { x } from 'xastscript'
import type { ElementTransform } from '../part-transforms.js'
import { isLayoutOrMasterPart, isSlidePart, partNumber } from '../part-paths.js'
import { childElement } from '../xml-tree.js'

/**
 * Slide-number fields show what PowerPoint shows: `‹#›` on masters and
 * layouts (pptxgenjs writes the literal `null` on the master and a stale
 * number on layouts), the slide's own number on slides. Nothing else is
 * written next to the field: PowerPoint has no total-slides field, and a
 * total written as text goes wrong as soon as a slide is added. On a slide
 * whose own background needs another chrome colour (`SlidePlan.chromeColor`)
 * the field is drawn in it.
 */
export const slideNumberFields: ElementTransform = {
  type: 'elements',
  name: 'slide-number-fields',
  appliesTo: (path) => isLayoutOrMasterPart(path) || isSlidePart(path),
  names: ['a:fld'],
  start({ path, slide }) {
    const number = partNumber(path)
    const text = number === null ? '‹#›' : String(number)
    const color = number === null ? undefined : slide?.chromeColor
    return {
      visit(field) {
        if (field.attributes.type !== 'slidenum') return
        setText(field, text)
        if (color !== undefined) setColor(field, color)
      },
    }
  },
}

/** The fill elements of run properties (one at most). */
const FILLS: ReadonlySet<string> = new Set(['a:noFill', 'a:solidFill', 'a:gradFill', 'a:blipFill', 'a:pattFill', 'a:grpFill'])

/** Draws the field in `color` (a slide whose own background needs another colour than the master's). */
function setColor(field: Element, color: string): void {
  const fill = x('a:solidFill', [x('a:srgbClr', { val: color })])
  const properties = childElement(field, 'a:rPr')
  if (properties === undefined) {
    field.children.unshift(x('a:rPr', [fill]))
    return
  }
  // CT_TextCharacterProperties: `a:ln` comes before the fill.
  const rest = properties.children.filter((child) => !(child.type === 'element' && FILLS.has(child.name)))
  const line = rest.findIndex((child) => child.type === 'element' && child.name === 'a:ln')
  rest.splice(line + 1, 0, fill)
  properties.children = rest
}

function setText(field: Element, text: string): void {
  const t = childElement(field, 'a:t')
  if (t === undefined) {
    field.children.push({ type: 'element', name: 'a:t', attributes: {}, children: [{ type: 'text', value: text }] })
    return
  }
  t.children = [{ type: 'text', value: text }]
}
