import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { FontPair } from '../theme/theme.js'
import type { LayoutCache } from './layout-cache.js'

/** A face of a font: weight and style. */
export interface FontFace {
  weight: 400 | 700
  style: 'normal' | 'italic'
}

/** One `@fontsource` subset file of a face, with the code points it covers. */
export interface FontSubsetFile {
  /** The subset's name (`latin`, `latin-ext`, …). */
  subset: string
  /** CSS `unicode-range` value, as the package declares it. */
  unicodeRange: string
  /** Inclusive code point ranges parsed from `unicodeRange`. */
  ranges: Array<readonly [number, number]>
  /** The woff2 file's bytes, read on first use (see `fontSubsetFiles`). */
  readonly woff2: Uint8Array
}

const require = createRequire(import.meta.url)

/**
 * The woff2 subset files of one face of a theme font, read from its
 * `@fontsource` package. The layout measures with these and the HTML deck
 * embeds them, so both use the very same glyph widths.
 *
 * Note: results are kept in `cache` (the dev server rebuilds without re-reading fonts).
 * Each file's bytes are read when first asked for: a face has up to 8 subsets
 * (latin, cyrillic, greek, vietnamese…) and a deck usually needs one or two,
 * so reading them all (~1.4 MB, ~60 files for the default theme) cost every
 * cold build ~15–45 ms for nothing.
 *
 * @throws TypeError if the package is not installed or lacks the face.
 */
export function fontSubsetFiles(font: FontPair, face: FontFace, cache: LayoutCache): FontSubsetFile[] {
  const key = `${font.package}|${face.weight}|${face.style}`
  const cached = cache.fontFiles.get(key)
  if (cached) return cached
  const root = packageRoot(font.package)
  const unicode = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8')) as Record<string, string>
  const family = font.package.replace(/^@fontsource\//, '')
  const shipped = new Set(fileNames(join(root, 'files')))
  const files: FontSubsetFile[] = []
  for (const [subset, unicodeRange] of Object.entries(unicode)) {
    const name = `${family}-${subset}-${face.weight}-${face.style}.woff2`
    // Not every family ships every subset in every face.
    if (shipped.has(name)) files.push(subsetFile(subset, unicodeRange, join(root, 'files', name)))
  }
  if (files.length === 0) {
    throw new TypeError(
      `Font package ${font.package} has no woff2 files for weight ${face.weight} ${face.style}; install it (npm install ${font.package}) or choose another font in the theme.`,
    )
  }
  cache.fontFiles.set(key, files)
  return files
}

/** The names in a folder; none if it cannot be listed (then the face has no files, said by the caller). */
function fileNames(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

/** A subset file whose bytes are read on first use, then kept. */
function subsetFile(subset: string, unicodeRange: string, path: string): FontSubsetFile {
  let bytes: Uint8Array | undefined
  return {
    subset,
    unicodeRange,
    ranges: parseUnicodeRange(unicodeRange),
    get woff2(): Uint8Array {
      bytes ??= readFileSync(path)
      return bytes
    },
  }
}

/**
 * The installed version of a font package (`5.3.0`), read once: measurements
 * kept on disk are only valid for the same font files.
 *
 * @throws TypeError if the package is not installed.
 */
export function fontPackageVersion(name: string, cache: LayoutCache): string {
  const known = cache.fontVersions.get(name)
  if (known !== undefined) return known
  const { version } = JSON.parse(readFileSync(join(packageRoot(name), 'package.json'), 'utf8')) as { version?: unknown }
  const found = typeof version === 'string' ? version : 'unknown'
  cache.fontVersions.set(name, found)
  return found
}

function packageRoot(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`))
  } catch {
    throw new TypeError(`Font package ${name} is not installed; run npm install ${name}.`)
  }
}

/** Parses a CSS `unicode-range` (`U+0000-00FF,U+0131`) into inclusive ranges. */
export function parseUnicodeRange(value: string): Array<readonly [number, number]> {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const start = Number.parseInt(from ?? '', 16)
    const end = to === undefined ? start : Number.parseInt(to, 16)
    return [start, end] as const
  })
}
