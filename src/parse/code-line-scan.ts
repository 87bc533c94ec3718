/**
 * A fast, exact-or-nothing answer to "which fence-like lines (`:::`) are
 * inside code?", so the usual case skips a whole extra Markdown parse.
 *
 * The fenced-div rewrite (fenced-divs.ts) needs the lines of code nodes in a
 * parse without directives; only the fence-like lines among them matter.
 * This scan answers for documents whose code is simple enough to be certain:
 * fenced code opened at column 0 outside any container (so it runs to its
 * CommonMark closing fence or the end of the file), no code span that could
 * reach a fence-like line, no fence-like line indented enough to be indented
 * code, no HTML block that could hide a fence. Anything else returns `null`
 * and the caller parses, as before. So the answer, when given, equals the
 * parser's on every fence-like line.
 */

const fenceLike = /^((?:[ \t]*>)*[ \t]*):{3,}/
const opener = /^(`{3,}|~{3,})(.*)$/
const blank = /^[ \t]*$/
const htmlStart = /^ {0,3}</

interface OpenFence {
  char: string
  length: number
}

/**
 * The 1-based line numbers inside fenced code, or `null` when the document
 * has a construct this scan cannot decide exactly (then parse to find out).
 *
 * @param lines the content file's lines, without line endings
 */
export function scanCodeLines(lines: readonly string[]): Set<number> | null {
  const code = new Set<number>()
  let fence: OpenFence | null = null
  let backtickInParagraph = false
  const frontMatterEnd = frontMatterLastLine(lines)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (fence !== null) {
      code.add(index + 1)
      if (closes(line, fence)) fence = null
      continue
    }
    // YAML is not Markdown; a fence there would mislead the scan, so let the parser decide.
    if (index <= frontMatterEnd && (line.includes('```') || line.includes('~~~'))) return null
    const open = opener.exec(line)
    if (open !== null) {
      const marker = open[1] ?? ''
      // A backtick fence with a backtick in its info string is no fence (CommonMark 4.5).
      if (marker.startsWith('`') && (open[2] ?? '').includes('`')) return null
      fence = { char: marker.charAt(0), length: marker.length }
      code.add(index + 1)
      backtickInParagraph = false
      continue
    }
    if (line.includes('```') || line.includes('~~~') || htmlStart.test(line)) return null
    if (blank.test(line)) {
      backtickInParagraph = false
      continue
    }
    if (line.includes('`')) backtickInParagraph = true
    const prefix = fenceLike.exec(line)?.[1]
    if (prefix !== undefined && (backtickInParagraph || prefix.includes('\t') || spaces(prefix) >= 4)) return null
  }
  return code
}

/** A CommonMark closing fence: up to 3 spaces, at least as many of the same character, then only blanks. */
function closes(line: string, fence: OpenFence): boolean {
  let index = 0
  while (index < 3 && line.charAt(index) === ' ') index++
  let count = 0
  while (line.charAt(index + count) === fence.char) count++
  return count >= fence.length && blank.test(line.slice(index + count))
}

function spaces(prefix: string): number {
  let count = 0
  for (const char of prefix) if (char === ' ') count++
  return count
}

/**
 * The 0-based index of the line closing YAML front matter (`---` on line 1),
 * or -1 when there is none (unclosed, it is no front matter).
 */
function frontMatterLastLine(lines: readonly string[]): number {
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return -1
  for (let index = 1; index < lines.length; index++) if (/^---[ \t]*$/.test(lines[index] ?? '')) return index
  return -1
}
