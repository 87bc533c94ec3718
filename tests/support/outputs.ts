import JSZip from 'jszip'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'

/** The slide XML parts of a PPTX in slide order (slide1, slide2, … numerically). */
export async function pptxSlideParts(pptx: Uint8Array): Promise<{ slides: string[]; notes: string[] }> {
  const zip = await JSZip.loadAsync(pptx)
  const byNumber = (prefix: string) =>
    Object.keys(zip.files)
      .filter((name) => new RegExp(`^ppt/${prefix}(\\d+)\\.xml$`).test(name))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
  const read = (names: string[]) => Promise.all(names.map((name) => zip.file(name)!.async('string')))
  return { slides: await read(byNumber('slides/slide')), notes: await read(byNumber('notesSlides/notesSlide')) }
}

/** The visible text of DrawingML parts: runs joined, paragraphs separated by newlines, entities decoded. */
export function drawingText(xml: string): string {
  return xml
    .split(/<\/a:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\/>/g)].map((m) => (m[1] === undefined ? ' ' : decodeXml(m[1]))).join(''))
    .filter((line) => line.length > 0)
    .join('\n')
}

/** Decodes the XML entities pptxgenjs and poppler write. */
export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&')
}

/** The top-level slide sections of a reveal.js deck, and the whole text (slides and notes). */
export function htmlSlides(html: string): { sections: number; text: string; sectionTexts: string[] } {
  const tree = fromHtml(html)
  const sections = selectAll('.reveal > .slides > section', tree)
  return { sections: sections.length, text: sections.map((s) => toText(s)).join('\n'), sectionTexts: sections.map((s) => toText(s)) }
}

/** Whitespace folded to single spaces, for comparing text across outputs. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
