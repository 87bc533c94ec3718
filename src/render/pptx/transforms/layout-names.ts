import type { PartTransform } from '../part-transforms.js'
import { childElement, documentElement } from '../xml-tree.js'

/**
 * Slide layouts named and typed as PowerPoint names them (`Title and
 * Content`, type `obj`, …; see `standardLayouts`), instead of pptxgenjs's
 * untyped `CONTENT`, so New Slide and Layout in PowerPoint offer familiar names.
 */
export const layoutNames: PartTransform = {
  name: 'layout-names',
  appliesTo: (path) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(path),
  transform(tree, { plan, path }) {
    const layout = documentElement(tree)
    const slide = childElement(layout, 'p:cSld')
    const source = slide?.attributes.name
    const target = plan.layouts.find((candidate) => candidate.source === source)
    if (slide === undefined || target === undefined) throw new Error(`pptx: layout ${path} (${String(source)}) is not in the plan's layouts.`)
    slide.attributes.name = target.name
    layout.attributes.type = target.type
  },
}
