import type { RootContent } from 'mdast'
// Loads remark-directive's mdast type additions (container/leaf/text directives).
import type {} from 'remark-directive'

/** `:::name` … `:::` (and pandoc `::: name`, rewritten into it). */
export type ContainerDirective = Extract<RootContent, { type: 'containerDirective' }>
/** `::name` on a line of its own. */
export type LeafDirective = Extract<RootContent, { type: 'leafDirective' }>
