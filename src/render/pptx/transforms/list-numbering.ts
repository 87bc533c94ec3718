import type { Element } from 'xast'
import type { ElementTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import { childElement, elementsNamed } from '../xml-tree.js'

/** The numbering run open at one list level: its scheme and the number PowerPoint gives the next paragraph. */
interface OpenRun {
  scheme: string
  next: number
}

/**
 * One numbering sequence per list: pptxgenjs writes `startAt` on every
 * numbered paragraph (1, 2, 3 …), so a paragraph a user adds with Enter
 * repeats its neighbour's number. PowerPoint (and LibreOffice) continue a
 * sequence over consecutive numbered paragraphs of one level and scheme,
 * across deeper paragraphs; `startAt` stays only where the number differs from
 * that continuation (a list that starts at 3, an item after an unnumbered
 * paragraph of its level).
 */
export const listNumbering: ElementTransform = {
  type: 'elements',
  name: 'list-numbering',
  appliesTo: isSlidePart,
  names: ['p:txBody'],
  start() {
    return { visit: (body) => continueNumbering(elementsNamed(body, 'a:p')) }
  },
}

function continueNumbering(paragraphs: readonly Element[]): void {
  const open = new Map<number, OpenRun>()
  for (const paragraph of paragraphs) {
    const pPr = childElement(paragraph, 'a:pPr')
    const level = Number(pPr?.attributes.lvl ?? 0)
    // A paragraph closes the runs of deeper levels (a sublist restarts under its next parent).
    for (const deeper of [...open.keys()]) if (deeper > level) open.delete(deeper)
    const auto = pPr === undefined ? undefined : childElement(pPr, 'a:buAutoNum')
    if (auto === undefined) {
      open.delete(level)
      continue
    }
    const scheme = String(auto.attributes.type ?? '')
    const start = Number(auto.attributes.startAt ?? 1)
    const run = open.get(level)
    const continued = run !== undefined && run.scheme === scheme ? run.next : 1
    if (start === continued) delete auto.attributes.startAt
    open.set(level, { scheme, next: start + 1 })
  }
}
