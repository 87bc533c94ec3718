import type { Element, ElementContent, Root } from 'hast'
import { common, createLowlight } from 'lowlight'
import type { Theme } from '../theme/theme.js'
import type { CodeToken } from './laid-out.js'
import type { LayoutCache } from './layout-cache.js'

/** The highlighter, made on first use and kept in the cache: registering its 37 grammars costs start-up time a deck without code never repays. */
function lowlight(cache: LayoutCache): ReturnType<typeof createLowlight> {
  cache.highlighter ??= createLowlight(common)
  return cache.highlighter
}

/** Tabs become this many spaces: slides have no tab stops, and both outputs must agree. */
const TAB = '    '

/**
 * Highlights a code block into lines of coloured tokens, with colours from
 * `theme.codeTokens` by highlight.js scope (`title.function` tries
 * `title.function`, then `title`). Tokens the theme has no colour for, and
 * every token of an unknown or absent language, get `color: null` (the
 * theme's plain code colour). Adjacent tokens of one colour are merged.
 *
 * @param value the code, as written (tabs are expanded to four spaces)
 * @param lang the info string's language, or `null`
 */
export function highlightCode(value: string, lang: string | null, theme: Theme, cache: LayoutCache): CodeToken[][] {
  const code = value.replace(/\t/g, TAB)
  const tokens: CodeToken[] = []
  if (lang !== null && lowlight(cache).registered(lang)) {
    const tree: Root = lowlight(cache).highlight(lang, code)
    collect(tree.children, null, theme.codeTokens, tokens)
  } else {
    tokens.push({ text: code, color: null })
  }
  return splitLines(tokens)
}

function collect(
  nodes: ReadonlyArray<Root['children'][number] | ElementContent>,
  color: string | null,
  colors: Readonly<Record<string, string>>,
  out: CodeToken[],
): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push({ text: node.value, color })
    else if (node.type === 'element') collect(node.children, colorOf(node, colors) ?? color, colors, out)
  }
}

/** The theme colour of a highlight.js span: its full scope first, then shorter prefixes. */
function colorOf(node: Element, colors: Readonly<Record<string, string>>): string | null {
  const classes = node.properties['className']
  if (!Array.isArray(classes)) return null
  const names = classes.map(String)
  const first = names.find((name) => name.startsWith('hljs-'))
  if (first === undefined) return null
  // highlight.js writes scope `title.function` as classes `hljs-title function_`.
  const parts = [first.slice('hljs-'.length), ...names.filter((n) => n.endsWith('_')).map((n) => n.replace(/_+$/, ''))]
  for (let n = parts.length; n > 0; n--) {
    const found = colors[parts.slice(0, n).join('.')]
    if (found !== undefined) return found
  }
  return null
}

/** Cuts tokens at newlines into one array per source line; merges neighbours of one colour. */
function splitLines(tokens: readonly CodeToken[]): CodeToken[][] {
  const lines: CodeToken[][] = [[]]
  for (const token of tokens) {
    const parts = token.text.split('\n')
    parts.forEach((part, i) => {
      if (i > 0) lines.push([])
      if (part === '') return
      const line = lines[lines.length - 1]
      const last = line?.at(-1)
      if (last && last.color === token.color) last.text += part
      else line?.push({ text: part, color: token.color })
    })
  }
  return lines
}
