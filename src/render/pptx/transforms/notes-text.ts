import type { Element } from 'xast'
import { x } from 'xastscript'
import type { ElementTransform } from '../part-transforms.js'
import { isNotesSlidePart } from '../part-paths.js'
import { childElement, childElements } from '../xml-tree.js'

/**
 * The notes text as one paragraph per note paragraph, in the deck's
 * language: pptxgenjs writes all of it as one run with embedded line breaks.
 */
export const notesText: ElementTransform = {
  type: 'elements',
  name: 'notes-text',
  appliesTo: isNotesSlidePart,
  names: ['p:sp'],
  start({ path, slide, lang }) {
    let filled = false
    return {
      visit(shape) {
        // The first notes placeholder: it holds the notes.
        if (filled || !isNotesBody(shape)) return
        const text = childElement(shape, 'p:txBody')
        if (text === undefined) throw new Error(noBody(path))
        fillNotes(text, slide?.notes ?? [], lang)
        filled = true
      },
      done() {
        if (!filled) throw new Error(noBody(path))
      },
    }
  },
}

function noBody(path: string): string {
  return `pptx post-process: ${path} has no notes text body to fill.`
}

/** The notes as the text body's paragraphs, one per note paragraph (an empty one for none). */
function fillNotes(text: Element, notes: readonly string[], lang: string): void {
  const empty = (): Element => x('a:p', [x('a:endParaRPr', { lang, dirty: '0' })])
  const paragraphs = notes.length === 0 ? [empty()] : notes.map((note) => (note === '' ? empty() : x('a:p', [x('a:r', [x('a:rPr', { lang, dirty: '0' }), x('a:t', note)])])))
  text.children = [...text.children.filter((child) => !(child.type === 'element' && child.name === 'a:p')), ...paragraphs]
}

/** Whether a notes slide's `<p:sp>` is its notes placeholder (`<p:ph type="body"/>`). */
function isNotesBody(shape: Element): boolean {
  const nv = childElement(shape, 'p:nvSpPr')
  const app = nv === undefined ? undefined : childElement(nv, 'p:nvPr')
  return app !== undefined && childElements(app).some((child) => child.name === 'p:ph' && child.attributes.type === 'body')
}
