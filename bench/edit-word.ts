/**
 * Changes one word of a deck's body, as an author does between two saves:
 * the first word of five or more letters on the first list item gets a
 * suffix that depends on `variant`, so consecutive edits differ.
 *
 * @param source the deck's Markdown
 * @param variant which edit (any non-negative integer)
 */
export function editOneWord(source: string, variant: number): string {
  const item = /^[-*] .*$/mu.exec(source)
  if (!item) throw new TypeError('editOneWord needs a deck with a bullet list item')
  const line = item[0].replace(/\p{L}{5,}/u, (word) => `${word}${variant.toString(36)}`)
  return source.slice(0, item.index) + line + source.slice(item.index + item[0].length)
}
