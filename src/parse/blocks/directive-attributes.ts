import { report } from '../../diagnostics/index.js'
import type { ContainerDirective } from '../mdast-directive.js'
import { positionOf } from '../position.js'
import type { State } from '../state.js'

/** Warns about each attribute layar does not use (an `id` is harmless and allowed). */
export function ignoredAttributes(node: ContainerDirective, state: State): void {
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (key === 'id') continue
    const attribute = key === 'class' ? `.${value ?? ''}` : `${key}="${value ?? ''}"`
    report(state.file, 'directive-attribute-ignored', { name: node.name, attribute }, positionOf(node))
  }
}
