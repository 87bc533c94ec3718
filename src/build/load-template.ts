import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import type { ImageAsset, ImageAssets, Position } from '../model/index.js'
import { themeWithTemplate, type Theme } from '../theme/index.js'
import { templatePictureAsset, type ReadAsset } from './load-assets.js'

/** Where a deck's template comes from: its path relative to the content folder, the reader allowed to read it, where it was named. */
export interface TemplateSource {
  path: string
  read: ReadAsset
  position: Position | undefined
  /** The theme file's own keys, which win over the template's values. */
  keep: readonly string[]
}

/** A deck's theme on its template, the template's pictures as image assets and the template's bytes (for the PPTX). */
export interface LoadedTemplate {
  theme: Theme
  pictures: ImageAssets
  bytes: Uint8Array
}

/**
 * Reads a deck's PowerPoint template and lays `base` over it. Every problem
 * is reported on `file` at `source.position`: an unusable template is an
 * error (`null` is returned); a look-alike font or a missing layout a warning.
 */
export async function loadTemplate(base: Theme, source: TemplateSource, file: VFile): Promise<LoadedTemplate | null> {
  const place = source.position
  const read = await source.read(source.path)
  if (read === null) {
    report(file, 'reference-doc-missing', { path: source.path }, place)
    return null
  }
  if (!(read instanceof Uint8Array)) {
    if (read.problem === 'outside') report(file, 'reference-doc-outside-root', { path: source.path }, place)
    else report(file, 'reference-doc-invalid', { path: source.path, detail: read.detail ?? 'it cannot be read' }, place)
    return null
  }
  const result = await themeWithTemplate(base, read, source.path, source.keep)
  if (result.type === 'error') {
    report(file, 'reference-doc-invalid', { path: source.path, detail: result.detail }, place)
    return null
  }
  for (const font of result.substitutedFonts) report(file, 'reference-doc-font-substituted', { path: source.path, ...font }, place)
  for (const missing of result.missingLayouts) report(file, 'reference-doc-layout-missing', { path: source.path, ...missing }, place)
  const pictures = Object.create(null) as Record<string, ImageAsset>
  for (const [key, data] of Object.entries(result.media)) {
    const asset = templatePictureAsset(data)
    if (asset !== null) pictures[key] = asset
  }
  for (const key of drawnPictures(result.theme)) {
    if (pictures[key] !== undefined) continue
    const picture = key.slice(key.indexOf(':') + 1)
    report(file, 'reference-doc-picture-skipped', { path: source.path, picture, format: formatName(picture) }, place)
  }
  return { theme: result.theme, pictures, bytes: read }
}

/** The image-asset keys of the pictures the layouts slides use draw (master's included), each once. */
function drawnPictures(theme: Theme): string[] {
  const layouts = theme.template === undefined ? [] : Object.values(theme.template.layouts)
  const keys = layouts.flatMap((layout) => layout.decorations.flatMap((decoration) => (decoration.type === 'picture' ? [decoration.key] : [])))
  return [...new Set(keys)]
}

const FORMATS: Readonly<Record<string, string>> = {
  emf: 'an EMF (Windows enhanced metafile) picture',
  wmf: 'a WMF (Windows metafile) picture',
  tif: 'a TIFF picture',
  tiff: 'a TIFF picture',
}

/** What kind of picture a media part is, by its extension, for the message. */
function formatName(part: string): string {
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase()
  return FORMATS[extension] ?? 'a picture in a format layar cannot read'
}
