/** Which kind of part a package path names (paths, not XML: pptxgenjs's part names). */

const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/
const NOTES_SLIDE = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/

/** `ppt/slides/slideN.xml`. */
export function isSlidePart(path: string): boolean {
  return SLIDE.test(path)
}

/** `ppt/notesSlides/notesSlideN.xml`. */
export function isNotesSlidePart(path: string): boolean {
  return NOTES_SLIDE.test(path)
}

/** Slide layouts and slide masters. */
export function isLayoutOrMasterPart(path: string): boolean {
  return /^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(path)
}

/** Notes masters. */
export function isNotesMasterPart(path: string): boolean {
  return /^ppt\/notesMasters\/[^/]+\.xml$/.test(path)
}

/** Every part that holds DrawingML text: slides, layouts, masters, notes slides and notes masters. */
export function isDrawingPart(path: string): boolean {
  return isSlidePart(path) || isNotesSlidePart(path) || isLayoutOrMasterPart(path) || isNotesMasterPart(path)
}

/** The 1-based number in `ppt/slides/slideN.xml` or `ppt/notesSlides/notesSlideN.xml`, or null. */
export function partNumber(path: string): number | null {
  const match = SLIDE.exec(path) ?? NOTES_SLIDE.exec(path)
  return match === null ? null : Number(match[1])
}
