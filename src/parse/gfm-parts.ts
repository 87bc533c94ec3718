import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Processor } from 'unified'

/**
 * GFM for remark, as `remark-gfm` adds it, but with the two costly
 * constructs optional: micromark tries a table at the start of every
 * paragraph line and an email autolink at every word, which together made a
 * third of the parse time of a large deck. A text in which neither can
 * occur (see `gfmPartsFor`) parses to the same tree without them.
 */
export interface GfmParts {
  table: boolean
  autolinkLiteral: boolean
}

/** The unified plugin: adds the GFM syntax and mdast extensions named in `parts`. */
export function remarkGfmParts(this: Processor, parts: GfmParts): void {
  const data = this.data()
  const micromark = (data.micromarkExtensions ??= [])
  const fromMarkdown = (data.fromMarkdownExtensions ??= [])
  if (parts.autolinkLiteral) {
    micromark.push(gfmAutolinkLiteral())
    fromMarkdown.push(gfmAutolinkLiteralFromMarkdown())
  }
  // pandoc reads `~x~` as a subscript (`scripts.ts`); only `~~x~~` strikes through.
  micromark.push(gfmFootnote(), gfmStrikethrough({ singleTilde: false }))
  fromMarkdown.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown())
  if (parts.table) {
    micromark.push(gfmTable())
    fromMarkdown.push(gfmTableFromMarkdown())
  }
  micromark.push(gfmTaskListItem())
  fromMarkdown.push(gfmTaskListItemFromMarkdown())
}

/**
 * The GFM parts a text may need. A table needs a delimiter row, which holds
 * a `|`, or else a `:` right before or after its hyphens (`:-`, `-:`).
 * A literal autolink needs `www.`, `http://`/`https://` or an `@` (emails,
 * `mailto:`, `xmpp:`), which a character reference may also spell (`&#64;`,
 * `&commat;`: mdast-util-gfm-autolink-literal finds links in decoded text),
 * so any `&` counts too; the check is looser than that, never stricter.
 */
export function gfmPartsFor(text: string): GfmParts {
  return { table: /\||:-|-:/.test(text), autolinkLiteral: /[@&]|www|http/i.test(text) }
}
