/**
 * Counting pandoc syntax that reached a slide as literal text, and the source
 * lines a warning covers (shared by the pandoc corpus test and the QA decks).
 */

/** The pieces of pandoc syntax that must never show unwarned. */
export const LITERAL_SYNTAX: Record<string, RegExp> = {
  '{.': /\{\./g,
  '{key=': /\{[A-Za-z][\w-]*=/g,
  ':::': /:::/g,
  '. . .': /\. \. \./g,
  '[^': /\[\^/g,
  '+---+': /\+-{3,}\+/g,
  ']{': /\]\{/g,
  // A definition marker (`:   ` / `~ `) left in a paragraph, a table rule of dash runs, a caption prefix, a line-block bar.
  ':   ': /(?:^|\s)[:~][ \t]+(?=\S)/g,
  '--- ---': /-{3,}[ \t]+-{3,}/g,
  'Table:': /\bTable:/g,
  '| ': /(?:^|\n)\| /g,
}

/** How often `pattern` occurs in `text`. */
export function countSyntax(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length
}

/** Line ranges of the warnings the reporter printed for one file (`12:1-14:4 warning …`). */
export function warnedLines(stderr: string, deck: string): Set<number> {
  const lines = new Set<number>()
  let inDeck = false
  for (const line of stderr.split('\n')) {
    const match = /^\s*(\d+):\d+(?:-(\d+):\d+)?\s+(\w+)\s/.exec(line)
    if (match === null) {
      // A file's messages follow a line naming it (message lines of any
      // severity, info included, belong to the file above them).
      if (/^\S/.test(line)) inDeck = line.trim().endsWith(deck)
      continue
    }
    if (!inDeck || match[3] !== 'warning') continue
    const from = Number(match[1])
    const to = match[2] === undefined ? from : Number(match[2])
    for (let n = from; n <= to; n++) lines.add(n)
  }
  return lines
}
