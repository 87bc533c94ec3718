import type { Element } from 'xast'
import type { PartTransform } from '../part-transforms.js'
import { isLayoutOrMasterPart, isSlidePart, partNumber } from '../part-paths.js'
import { childElement, elementsNamed } from '../xml-tree.js'

/**
 * Slide-number fields show what PowerPoint shows: `‹#›` on masters and
 * layouts (pptxgenjs writes the literal `null` on the master and a stale
 * number on layouts), the slide's own number on slides. Nothing else is
 * written next to the field: PowerPoint has no total-slides field, and a
 * total written as text goes wrong as soon as a slide is added.
 */
export const slideNumberFields: PartTransform = {
  name: 'slide-number-fields',
  appliesTo: (path) => isLayoutOrMasterPart(path) || isSlidePart(path),
  transform(tree, { path }) {
    const number = partNumber(path)
    const text = number === null ? '‹#›' : String(number)
    for (const field of elementsNamed(tree, 'a:fld')) {
      if (field.attributes.type !== 'slidenum') continue
      setText(field, text)
    }
  },
}

function setText(field: Element, text: string): void {
  const t = childElement(field, 'a:t')
  if (t === undefined) {
    field.children.push({ type: 'element', name: 'a:t', attributes: {}, children: [{ type: 'text', value: text }] })
    return
  }
  t.children = [{ type: 'text', value: text }]
}
