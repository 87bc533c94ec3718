/** The white space CSS `white-space: normal` collapses: space, tab, line feed, carriage return, form feed (not U+00A0). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g

/**
 * Collapses white space the way both outputs show it (CSS `white-space:
 * normal`, which the HTML uses for text and inline code alike): every run of
 * spaces, tabs and soft line breaks becomes one space, and a space right
 * after another one (or at the start of a line) is dropped. Layout measures
 * this text and the PPTX writes it, so both agree with what the HTML draws.
 *
 * Call it on the texts of one paragraph in order, carrying `afterSpace`
 * across them (runs in different faces collapse together); start a
 * paragraph and every hard line break with `afterSpace: true`.
 *
 * @param value one text of the paragraph, as the model holds it
 * @param afterSpace whether the text before it ended in (collapsed) white space
 * @returns the collapsed text and whether the text so far now ends in white space
 */
export function collapseWhitespace(value: string, afterSpace: boolean): { text: string; afterSpace: boolean } {
  const collapsed = value.replace(COLLAPSIBLE, ' ')
  const text = afterSpace && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed
  return { text, afterSpace: text === '' ? afterSpace : text.endsWith(' ') }
}
