import type { Element } from 'xast'
import type { TreeTransform } from '../part-transforms.js'
import { childElements, documentElement } from '../xml-tree.js'

/** CT_Presentation's children in the order pml.xsd's sequence wants them. */
const ORDER: readonly string[] = [
  'p:sldMasterIdLst',
  'p:notesMasterIdLst',
  'p:handoutMasterIdLst',
  'p:sldIdLst',
  'p:sldSz',
  'p:notesSz',
  'p:smartTags',
  'p:embeddedFontLst',
  'p:custShowLst',
  'p:photoAlbum',
  'p:custDataLst',
  'p:kinsoku',
  'p:defaultTextStyle',
  'p:modifyVerifier',
  'p:extLst',
]

/** Notes pages are portrait letter, 7.5 × 10 in, as PowerPoint makes them. */
export const NOTES_SIZE = { cx: 6858000, cy: 9144000 }

/**
 * `ppt/presentation.xml` in schema order and with a portrait notes page.
 * pptxgenjs 4.0.1 writes `notesMasterIdLst` after `sldIdLst` (invalid against
 * ISO/IEC 29500; PowerPoint is strict about it) and a notes page as tall as
 * the slide is wide (13.33 in), which prints with a blank band.
 */
export const presentationOrder: TreeTransform = {
  type: 'tree',
  name: 'presentation-order',
  appliesTo: (path) => path === 'ppt/presentation.xml',
  transform(tree) {
    const presentation = documentElement(tree)
    const elements = childElements(presentation)
    const unknown = elements.filter((element) => !ORDER.includes(element.name))
    if (unknown.length > 0) throw new Error(`pptx: unexpected ${unknown.map((element) => element.name).join(', ')} in presentation.xml.`)
    const rank = (element: Element): number => ORDER.indexOf(element.name)
    // Array.prototype.sort is stable: elements of one name keep their order.
    presentation.children = elements.sort((a, b) => rank(a) - rank(b))
    for (const element of presentation.children) {
      if (element.type === 'element' && element.name === 'p:notesSz') element.attributes = { cx: String(NOTES_SIZE.cx), cy: String(NOTES_SIZE.cy) }
    }
  },
}
