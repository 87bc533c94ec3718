import type { ParsedNode } from 'yaml'
import type { MetaDraft } from './front-matter-fields.js'
import { noteWritten } from './front-matter-overrides.js'
import { mistyped, textValue as text, valuePlace, type FieldContext } from './front-matter-values.js'

/**
 * Reads `reference-doc` (top level, or under `format: pptx:` where `inFormat`,
 * which wins as Quarto's format options do): a path to a .pptx or .potx file.
 */
export function referenceDocField(draft: MetaDraft, value: ParsedNode | null, context: FieldContext, inFormat: boolean): void {
  const path = text(value, context, 'a path to a .pptx or .potx file')
  if (path === undefined || path === null || path.trim() === '') {
    if (path !== undefined) mistyped(value, context, 'a path to a .pptx or .potx file')
    return
  }
  const found = { path: path.trim(), position: valuePlace(value, context) }
  if (inFormat) draft.formatOptions.referenceDoc = found
  else draft.referenceDoc = found
  noteWritten(draft.written, 'reference-doc', found.path, context, inFormat)
}
