import path from 'node:path'
import type { Block, Image, Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import type { Attributes } from './attributes.js'
import { imageAttributes } from './image-attributes.js'
import type { State } from './state.js'

/** An image as written, from `![alt](url)` or `![alt][ref]`, and the `{…}` block after it, if any. */
export interface ImageSource {
  url: string
  alt: string
  title: string | null
  position: Position
  trailing?: { attributes: Attributes; position: Position }
}

type Resolved = { ok: true; path: string } | { ok: false }

/**
 * Makes an `Image` block from an image as written, resolving its path
 * against the content file's folder. A remote, outside or non-file image is
 * reported (a warning; `--strict` makes it an error) and kept with `path:
 * null`, so the slides show a placeholder frame with its alt text and source.
 *
 * @param image the image as written
 * @param state the conversion state (for the file and reports)
 */
export function imageBlocksFrom(image: ImageSource, state: State): Block[] {
  const read = image.trailing === undefined ? {} : imageAttributes(image.trailing.attributes, image.trailing.position, state)
  // As Quarto: `fig-alt` wins, else the bracketed text, else the `fig-cap` caption describes the picture.
  const alt = (read.alt ?? (image.alt.trim() === '' ? (read.caption ?? '') : image.alt)).trim()
  if (alt === '') report(state.file, 'image-alt-missing', undefined, image.position)
  const resolved = resolveImagePath(image.url, state, image.position)
  const path = resolved.ok ? resolved.path : null
  const block: Image = { type: 'image', src: image.url, path, alt, title: image.title, position: image.position }
  if (read.size !== undefined) block.size = read.size
  if (read.align !== undefined) block.align = read.align
  if (read.caption !== undefined) block.caption = read.caption
  return [block]
}

/**
 * The image's path relative to the content file's folder, POSIX-style, or
 * `{ ok: false }` after reporting why it cannot be used.
 */
export function resolveImagePath(url: string, state: State, place: Position): Resolved {
  if (/^(?:https?:)?\/\//i.test(url)) {
    if (state.options.remoteImages) return { ok: true, path: url.startsWith('//') ? `https:${url}` : url }
    report(state.file, 'image-remote', { url }, place)
    return { ok: false }
  }
  const written = decodePath(url.replace(/[?#].*$/s, '').replace(/\\/g, '/'))
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]+):/.exec(written)
  if (scheme !== null) {
    const detail = `only image files next to the content can be used, not \`${scheme[1] ?? ''}:\` URLs`
    report(state.file, 'image-unreadable', { path: url, detail }, place)
    return { ok: false }
  }
  const relative = /^(?:\/|[A-Za-z]:\/)/.test(written) ? fromAbsolute(written, state) : path.posix.normalize(written)
  const outside = relative === null || relative === '..' || relative.startsWith('../') || path.posix.isAbsolute(relative)
  // Outside paths are kept relative to the content folder, so the build resolves them as it does any image.
  if (outside && state.options.outsideImages && relative !== null) return { ok: true, path: relative }
  if (outside) {
    report(state.file, 'image-outside-root', { path: url }, place)
    return { ok: false }
  }
  if (relative === '.' || relative === '' || relative.endsWith('/')) {
    report(state.file, 'image-missing', { path: url }, place)
    return { ok: false }
  }
  return { ok: true, path: relative.replace(/^\.\//, '') }
}

/** An absolute path made relative to the content file's folder; null when the file has no path. */
function fromAbsolute(written: string, state: State): string | null {
  const file = state.file
  if (file.path === undefined || file.dirname === undefined) return null
  const folder = path.resolve(file.cwd, file.dirname)
  return path.relative(folder, written).split(path.sep).join('/')
}

/** `my%20photo.png` names the file `my photo.png`; a malformed escape is kept as written. */
function decodePath(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}
