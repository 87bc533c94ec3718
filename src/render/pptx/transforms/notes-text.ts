import type { Element } from 'xast'
import { x } from 'xastscript'
import type { PartTransform } from '../part-transforms.js'
import { isNotesSlidePart } from '../part-paths.js'
import { childElement, childElements, elementsNamed } from '../xml-tree.js'

/**
 * The notes text as one paragraph per note paragraph, in the deck's
 * language: pptxgenjs writes all of it as one run with embedded line breaks.
 */
export const notesText: PartTransform = {
  name: 'notes-text',
  appliesTo: isNotesSlidePart,
  transform(tree, { path, slide, lang }) {
    const notes = slide?.notes ?? []
    const body = elementsNamed(tree, 'p:sp').find(isNotesBody)
    const text = body === undefined ? undefined : childElement(body, 'p:txBody')
    if (text === undefined) throw new Error(`pptx post-process: ${path} has no notes text body to fill.`)
    const empty = (): Element => x('a:p', [x('a:endParaRPr', { lang, dirty: '0' })])
    const paragraphs = notes.length === 0 ? [empty()] : notes.map((note) => (note === '' ? empty() : x('a:p', [x('a:r', [x('a:rPr', { lang, dirty: '0' }), x('a:t', note)])])))
    text.children = [...text.children.filter((child) => !(child.type === 'element' && child.name === 'a:p')), ...paragraphs]
  },
}

/** Whether a notes slide's `<p:sp>` is its notes placeholder (`<p:ph type="body"/>`). */
function isNotesBody(shape: Element): boolean {
  const nv = childElement(shape, 'p:nvSpPr')
  const app = nv === undefined ? undefined : childElement(nv, 'p:nvPr')
  return app !== undefined && childElements(app).some((child) => child.name === 'p:ph' && child.attributes.type === 'body')
}
