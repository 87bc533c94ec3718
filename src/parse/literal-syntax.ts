import type { Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import type { State } from './state.js'

/**
 * pandoc syntax layar does not read yet, as it looks once CommonMark has
 * parsed it as plain text. Each is checked on every text node, so no such
 * construct reaches a slide as literal syntax without a warning at its place.
 * A construct layar learns to read never leaves this text behind, so its
 * entry here simply stops firing.
 */
const CONSTRUCTS: ReadonlyArray<{ what: string; pattern: RegExp }> = [
  { what: 'attribute block `{…}` (on a heading, span, image or link)', pattern: /\{[#.][^\s}]|\{[A-Za-z][\w-]*=/ },
  { what: 'bracketed span `[text]{…}`', pattern: /\]\{/ },
  { what: 'pause `. . .`', pattern: /(^|\n)\. \. \.[ \t]*($|\n)/ },
  { what: 'fenced div fence `:::`', pattern: /(^|\n):::/ },
  { what: 'definition list (`:` or `~` before a definition)', pattern: /\n[:~][ \t]/ },
  { what: 'line block (lines starting with `| `)', pattern: /^\|[ \t].*\n\|[ \t]/ },
  { what: 'grid table', pattern: /(^|\n)\+[-=:]{2,}\+/ },
]

/**
 * Reports pandoc syntax left in a text node (`pandoc-syntax-unsupported`),
 * once per construct and node.
 *
 * @param value the text as parsed
 * @param position where the text node is
 */
export function reportLiteralSyntax(value: string, position: Position, state: State): void {
  if (!/[{}:.|+~]/.test(value)) return
  for (const construct of CONSTRUCTS) {
    if (!construct.pattern.test(value)) continue
    // A block the attribute grammar could not read was reported there already (`attributes-malformed`).
    if (construct === CONSTRUCTS[0] && reportedMalformed(state, position)) continue
    report(state.file, 'pandoc-syntax-unsupported', { what: construct.what }, position)
  }
}

/**
 * Reports a code block whose info string is pandoc's raw (`{=html}`) or
 * executable-cell (`{r}`, `{python}`) form: it is shown as code as written.
 */
export function reportCodeInfo(info: string | null | undefined, position: Position, state: State): void {
  if (info?.startsWith('{') !== true) return
  const what = info.startsWith('{=') ? `raw block \`${info.split(/\s/)[0] ?? ''}\`` : `code cell \`${info.split(/\s/)[0] ?? ''}\``
  report(state.file, 'pandoc-syntax-unsupported', { what }, position)
}

function reportedMalformed(state: State, position: Position): boolean {
  return state.file.messages.some(
    (message) => message.ruleId === 'attributes-malformed' && message.line !== undefined && message.line >= position.start.line && message.line <= position.end.line,
  )
}

/**
 * A `---` line made of several dash runs (`-------  ------ ----`) is how a
 * pandoc simple or multiline table draws its column rule; CommonMark reads
 * it as a thematic break (a new slide). Reported, since layar does not read
 * those tables yet.
 */
export function reportTableRule(position: Position, state: State): void {
  const line = state.source.slice(state.lines[position.start.line - 1] ?? 0, state.lines[position.start.line] ?? state.source.length)
  if (/^[ \t]*-{2,}([ \t]+-{2,})+[ \t]*\r?\n?$/.test(line)) {
    report(state.file, 'pandoc-syntax-unsupported', { what: 'simple or multiline table (its dash line starts a new slide here)' }, position)
  }
}
