import type { Element } from 'xast'
import { x } from 'xastscript'
import { overrideTypeOf } from '../package-parts.js'
import { childElements, documentElement, parseXmlPart, serializeXmlPart } from '../xml-tree.js'

const PRESENTATION_MAIN = 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'

const MEDIA_DEFAULTS: Readonly<Record<string, string>> = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
}

/**
 * `[Content_Types].xml` of a deck on a template: the template's defaults (its
 * fonts, pictures, …) and the overrides of the parts still there, the layar
 * parts' overrides added, and the presentation as a presentation, not a
 * template (`.potx`) or a show (`.ppsx`).
 */
export function templateContentTypes(template: string | null, paths: readonly string[], presentation: string): string {
  const root = template === null ? null : documentElement(parseXmlPart(template))
  const defaults = new Map<string, string>()
  const overrides = new Map<string, string>()
  for (const child of root === null ? [] : childElements(root)) {
    if (child.name === 'Default') defaults.set(String(child.attributes.Extension ?? '').toLowerCase(), String(child.attributes.ContentType ?? ''))
    if (child.name === 'Override') overrides.set(String(child.attributes.PartName ?? '').replace(/^\//, ''), String(child.attributes.ContentType ?? ''))
  }
  const present = new Set(paths)
  const elements: Element[] = []
  for (const path of paths) {
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
    const type = path === presentation ? PRESENTATION_MAIN : (overrides.get(path) ?? overrideTypeOf(path))
    if (type !== undefined) overrides.set(path, type)
    else if (!defaults.has(extension)) {
      const fallback = MEDIA_DEFAULTS[extension]
      if (fallback === undefined) throw new Error(`pptx template: no content type for part ${path}.`)
      defaults.set(extension, fallback)
    }
  }
  for (const [extension, type] of [...defaults].sort(([a], [b]) => a.localeCompare(b))) elements.push(x('Default', { Extension: extension, ContentType: type }))
  for (const [path, type] of [...overrides].sort(([a], [b]) => a.localeCompare(b))) {
    if (present.has(path)) elements.push(x('Override', { PartName: `/${path}`, ContentType: type }))
  }
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8" standalone="yes"' },
    x('Types', { xmlns: 'http://schemas.openxmlformats.org/package/2006/content-types' }, elements),
  ])
  return serializeXmlPart(tree)
}
