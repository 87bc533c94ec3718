import { escapeXml } from './xml-escape.js'

const NOTES_BODY =
  /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>[\s\S]*?<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/

/**
 * Replaces the notes text pptxgenjs writes as one run with embedded line breaks
 * by one paragraph per note paragraph, in the deck's language.
 */
export function fixNotes(xml: string, paragraphs: readonly string[], locale: string): string {
  if (!NOTES_BODY.test(xml)) throw new Error('pptx post-process: notes slide has no notes text paragraph to replace.')
  const lang = escapeXml(locale)
  const body =
    paragraphs.length === 0
      ? `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`
      : paragraphs
          .map((text) =>
            text === ''
              ? `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`
              : `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`,
          )
          .join('')
  return xml.replace(NOTES_BODY, () => body)
}
