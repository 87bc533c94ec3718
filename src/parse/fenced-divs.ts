/**
 * Rewrites pandoc fenced divs (`::: notes`, `:::: columns`, `::: {.column width="40%"}`)
 * into remark-directive container syntax (`:::notes`, `::::columns`,
 * `:::column{width="40%"}`) before the real parse.
 *
 * Why a text rewrite: no maintained micromark extension for pandoc fenced divs
 * works with micromark 4 (remark-fenced-divs 2.0.1 targets micromark 2), and
 * remark-directive only accepts `:::name` / `:::name{attrs}`.
 *
 * Two differences are bridged here:
 * - syntax: the name moves left next to the colons and the line is padded
 *   with spaces at the end, so the line keeps its length and every position
 *   stays valid;
 * - nesting: pandoc closes the innermost div with any `:::`, while
 *   remark-directive lets an outer container close first on any fence at
 *   least as long as its own. So every div gets a fence longer than all the
 *   divs inside it. When a closing line is too short to hold its new fence
 *   (`:::` closing an outer div written with three colons), that line grows;
 *   `resized` tells the caller to map positions back to the source.
 *
 * Lines inside code (found by the caller from a first syntax-tree pass, never
 * by pattern matching) are left alone.
 */

/** The result of `fencedDivsToDirectives`. */
export interface FencedDivRewrite {
  text: string
  /** Whether some line changed length (positions then need mapping back). */
  resized: boolean
  /** 0-based lines of each outermost div's opening and closing fence (`null`: never closed). */
  outerDivs: Array<{ open: number; close: number | null }>
}

interface Div {
  open: number
  close: number | null
  /** What follows the colons on the opening line, in directive form. */
  head: string
  /** The author's colon count on the opening line. */
  written: number
  /** The longest bare colon line in code inside the div, which its fence must exceed. */
  codeFence: number
  children: Div[]
  size: number
}

interface Line {
  body: string
  ending: string
}

const fenceLine = /^((?:[ \t]*>)*[ \t]*)(:{3,})(.*)$/
const validName = /^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$/

/**
 * Rewrites the fenced-div lines of a content file into directive syntax.
 *
 * @param text the content file
 * @param codeLines 1-based numbers of lines inside code, left untouched
 */
export function fencedDivsToDirectives(text: string, codeLines: ReadonlySet<number>): FencedDivRewrite {
  const lines = splitLines(text)
  const roots = findDivs(lines, codeLines)
  let resized = false
  for (const div of roots) {
    sizeDiv(div)
    if (rewriteDiv(div, lines)) resized = true
  }
  const outerDivs = roots.map((div) => ({ open: div.open, close: div.close }))
  return { text: lines.map((line) => line.body + line.ending).join(''), resized, outerDivs }
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    lines.push({ body: match[1] ?? '', ending: match[2] ?? '' })
    if (match[2] === '') break
  }
  return lines
}

/** Matches openers and closers the pandoc way: a bare fence closes the innermost div. */
function findDivs(lines: readonly Line[], codeLines: ReadonlySet<number>): Div[] {
  const roots: Div[] = []
  const open: Div[] = []
  lines.forEach((line, index) => {
    const match = fenceLine.exec(line.body)
    if (codeLines.has(index + 1)) {
      // remark-directive would close a container at a bare `:::` even inside code.
      const bare = match !== null && /^[ \t]*$/.test(match[3] ?? '')
      if (bare) for (const div of open) div.codeFence = Math.max(div.codeFence, (match[2] ?? '').length)
      return
    }
    if (match === null) return
    const rest = (match[3] ?? '').trimStart().replace(/[ \t]*(?::+[ \t]*)?$/, '')
    if (rest === '') {
      const div = open.pop()
      if (div !== undefined) div.close = index
      return
    }
    const head = directiveHead(rest)
    if (head === null) return
    const div: Div = { open: index, close: null, head, written: (match[2] ?? '').length, codeFence: 0, children: [], size: 3 }
    const parent = open.at(-1)
    if (parent === undefined) roots.push(div)
    else parent.children.push(div)
    open.push(div)
  })
  return roots
}

/**
 * The directive form of what follows an opening fence, or null when it is not
 * a div we can express (then the line stays as written, and shows as text).
 */
export function directiveHead(rest: string): string | null {
  if (/^[A-Za-z0-9]/.test(rest)) {
    // Already directive syntax (`:::notes{…}`), or pandoc's `::: name` after trimming.
    const name = /^[^\s{[]+/.exec(rest)?.[0] ?? ''
    const tail = rest.slice(name.length).trim()
    if (!validName.test(name)) return null
    if (tail === '' || tail.startsWith('{') || tail.startsWith('[')) return name + tail
    return null
  }
  const braces = /^\{(.*)\}$/.exec(rest.trim())
  if (braces === null) return null
  const tokens = attributeTokens(braces[1] ?? '')
  const classIndex = tokens.findIndex((token) => token.startsWith('.'))
  // A div with attributes but no class (`::: {layout-ncol=2}`, `::: {style="…"}`) is a plain `div`.
  if (classIndex === -1) return tokens.length === 0 ? 'div' : `div{${tokens.join(' ')}}`
  const name = (tokens[classIndex] ?? '').slice(1)
  if (!validName.test(name)) return null
  const others = tokens.filter((_, index) => index !== classIndex)
  return others.length === 0 ? name : `${name}{${others.join(' ')}}`
}

/** Splits pandoc attributes on whitespace outside quotes, keeping each token as written. */
function attributeTokens(attributes: string): string[] {
  return attributes.match(/(?:[^\s"']|"[^"]*"|'[^']*')+/g) ?? []
}

/** A div's fence is longer than every fence (and bare colon code line) inside it, and never shorter than written. */
function sizeDiv(div: Div): number {
  let inner = 2
  for (const child of div.children) inner = Math.max(inner, sizeDiv(child))
  div.size = Math.max(div.written, inner + 1, div.codeFence + 1, 3)
  return div.size
}

function rewriteDiv(div: Div, lines: Line[]): boolean {
  let resized = rewriteLine(lines, div.open, div.size, div.head)
  if (div.close !== null && rewriteLine(lines, div.close, div.size, '')) resized = true
  for (const child of div.children) if (rewriteDiv(child, lines)) resized = true
  return resized
}

/** Writes `prefix + colons + head`, padded to the old length; true if it had to grow. */
function rewriteLine(lines: Line[], index: number, size: number, head: string): boolean {
  const line = lines[index]
  if (line === undefined) return false
  const prefix = fenceLine.exec(line.body)?.[1] ?? ''
  const body = prefix + ':'.repeat(size) + head
  const written = line.body.length
  line.body = body.padEnd(written, ' ')
  return body.length > written
}
