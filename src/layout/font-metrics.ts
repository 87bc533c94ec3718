import type * as fontkit from 'fontkit'
import type { FontPair } from '../theme/theme.js'
import { fontPackageVersion, fontSubsetFiles, type FontFace, type FontSubsetFile } from './font-files.js'
import { fontkitModule } from './fontkit-module.js'
import type { LayoutCache } from './layout-cache.js'

/** The four faces a text can use. */
export type FaceName = 'regular' | 'bold' | 'italic' | 'boldItalic'

/**
 * One subset file of a face. `font` opens it with fontkit on first use:
 * decompressing woff2 is pure JavaScript (~7 ms a file), and most decks
 * never reach most subsets (Cyrillic, Greek, Vietnamese…).
 */
interface SubsetFont {
  subset: string
  ranges: Array<readonly [number, number]>
  readonly font: fontkit.Font
}

/**
 * One face of a theme font, ready to measure: its subset files opened with
 * fontkit, plus caches. Widths are kept in em (advance ÷ unitsPerEm), so one
 * measurement serves every font size.
 */
export interface LoadedFace {
  /** `package|weight|style`, for cache keys and messages. */
  key: string
  subsets: SubsetFont[]
  /** Index into `subsets` of the `latin` subset (the fallback). */
  fallback: number
  /** Width in em given to a glyph the font does not have (opens the fallback subset on first use). */
  readonly missingEm: number
  /** Subset index by code point. */
  subsetByCodePoint: Map<number, number>
  /** The face's name in width tables: `package@version|weight|style`. */
  widthsKey: string
  /** Width in em by exact text (words, mostly), measured or found seeded (`seedWidths`), so a known text opens no font. */
  widths: Map<string, number>
  /** The cache the face lives in (its counts, and measured paragraphs). */
  cache: LayoutCache
}

/** The four faces of one theme font. */
export type FaceSet = Readonly<Record<FaceName, LoadedFace>>

const FACES: Record<FaceName, FontFace> = {
  regular: { weight: 400, style: 'normal' },
  bold: { weight: 700, style: 'normal' },
  italic: { weight: 400, style: 'italic' },
  boldItalic: { weight: 700, style: 'italic' },
}

/**
 * Opens one face of a theme font from its `@fontsource` woff2 subset files
 * (the same bytes the HTML deck embeds).
 *
 * Note: faces and their widths live in `cache`, so a rebuild in the dev
 * server that passes the same cache measures each word once.
 *
 * @throws TypeError if the font package or face is missing (see `fontSubsetFiles`).
 */
export function loadFace(font: FontPair, name: FaceName, cache: LayoutCache): LoadedFace {
  const face = FACES[name]
  const key = `${font.package}|${face.weight}|${face.style}`
  const cached = cache.faces.get(key)
  if (cached) return cached
  const subsets = fontSubsetFiles(font, face, cache).map((file) => lazySubset(file, key, cache))
  const widthsKey = `${font.package}@${fontPackageVersion(font.package, cache)}|${face.weight}|${face.style}`
  const latin = subsets.findIndex((s) => s.subset === 'latin')
  const fallback = latin === -1 ? 0 : latin
  let missingEm: number | null = null
  const loaded: LoadedFace = {
    key,
    subsets,
    fallback,
    get missingEm(): number {
      missingEm ??= notdefWidthEm(subsets[fallback]?.font)
      return missingEm
    },
    subsetByCodePoint: new Map(),
    widthsKey,
    widths: widthTable(cache, widthsKey),
    cache,
  }
  cache.faces.set(key, loaded)
  return loaded
}

/** The width of the font's .notdef glyph in em, or half an em if it has none. */
function notdefWidthEm(font: fontkit.Font | undefined): number {
  const notdef = font ? font.getGlyph(0).advanceWidth / font.unitsPerEm : 0
  return notdef > 0 ? notdef : 0.5
}

/**
 * Text widths in em by face and text, as a cache on disk keeps them. A face
 * is named `package@version|weight|style`, so widths of other font files never apply.
 */
export type WidthTable = Record<string, Record<string, number>>

/**
 * Bump when measuring changes (shaping, fallback, missing glyphs): widths kept
 * on disk by an earlier revision are then not used. A test holds the hash of
 * this file and font-files.ts, so a change here cannot pass unnoticed
 * (tests/layout/measurement-revision.test.ts).
 */
export const MEASUREMENT_REVISION = 1

/** The width map of a face (seeded or measured); a loaded face's `widths` is its entry. */
function widthTable(cache: LayoutCache, face: string): Map<string, number> {
  let table = cache.widthTables.get(face)
  if (table === undefined) {
    table = new Map()
    cache.widthTables.set(face, table)
  }
  return table
}

/**
 * Widths measured earlier (the CLI's cache on disk): texts found here are not
 * measured again, and a face whose texts are all here never opens its font
 * files. Entries that are not finite, non-negative numbers are ignored, and a
 * width already known (measured or seeded before) is never replaced.
 *
 * The table is kept as it was read and looked up per text on first use
 * (`widthEm`), not copied entry by entry: the file holds every word of every
 * deck built on the machine (up to a few MB), and copying it all into maps
 * cost every cold build tens of milliseconds for the few hundred words a
 * deck uses.
 */
export function seedWidths(cache: LayoutCache, table: WidthTable): void {
  for (const [face, widths] of Object.entries(table)) {
    const seeded = cache.seededWidths.get(face)
    if (seeded === undefined) cache.seededWidths.set(face, [widths])
    else seeded.push(widths)
  }
}

/** The seeded width of `text` in the face named `face`, if a seed holds a usable one (the first that does). */
function seededWidth(cache: LayoutCache, face: string, text: string): number | undefined {
  const seeded = cache.seededWidths.get(face)
  if (seeded === undefined) return undefined
  for (const widths of seeded) {
    if (!Object.hasOwn(widths, text)) continue
    const em = widths[text]
    if (typeof em === 'number' && Number.isFinite(em) && em >= 0) return em
  }
  return undefined
}

/** Every width the cache knows, seeded or measured. */
export function knownWidths(cache: LayoutCache): WidthTable {
  const table: WidthTable = {}
  for (const face of new Set([...cache.seededWidths.keys(), ...cache.widthTables.keys()])) {
    const known = new Map<string, number>()
    for (const widths of cache.seededWidths.get(face) ?? []) {
      for (const text of Object.keys(widths)) if (!known.has(text)) {
        const em = seededWidth(cache, face, text)
        if (em !== undefined) known.set(text, em)
      }
    }
    for (const [text, em] of cache.widthTables.get(face) ?? []) known.set(text, em)
    if (known.size > 0) table[face] = Object.fromEntries(known)
  }
  return table
}

/** How many texts builds with this cache have measured with the fonts (not found seeded) so far. */
export function measuredWidthCount(cache: LayoutCache): number {
  return cache.stats.measured
}

/** How many font files builds with this cache have opened; for tests that a seeded width opens none. */
export function openedFontFiles(cache: LayoutCache): number {
  return cache.stats.opened
}

/** Opens all four faces of a theme font. */
export function loadFaceSet(font: FontPair, cache: LayoutCache): FaceSet {
  return {
    regular: loadFace(font, 'regular', cache),
    bold: loadFace(font, 'bold', cache),
    italic: loadFace(font, 'italic', cache),
    boldItalic: loadFace(font, 'boldItalic', cache),
  }
}

/** The face name for a bold/italic combination. */
export function faceName(bold: boolean, italic: boolean): FaceName {
  if (bold) return italic ? 'boldItalic' : 'bold'
  return italic ? 'italic' : 'regular'
}

function lazySubset(file: FontSubsetFile, key: string, cache: LayoutCache): SubsetFont {
  let opened: fontkit.Font | null = null
  return {
    subset: file.subset,
    ranges: file.ranges,
    get font(): fontkit.Font {
      opened ??= openFont(file.woff2, key, cache)
      return opened
    },
  }
}

function openFont(bytes: Uint8Array, key: string, cache: LayoutCache): fontkit.Font {
  cache.stats.opened++
  const opened = fontkitModule().create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  if (!('layout' in opened)) {
    throw new TypeError(`Font file of ${key} is a font collection; use a single-font woff2 file.`)
  }
  return opened
}

/**
 * Which subset file draws a code point: the first whose unicode-range holds
 * it and which has a glyph for it, as a browser picks among `@font-face`
 * rules; otherwise the latin subset (whose .notdef then stands in).
 */
export function subsetIndexFor(face: LoadedFace, codePoint: number): number {
  const cached = face.subsetByCodePoint.get(codePoint)
  if (cached !== undefined) return cached
  let found = face.fallback
  for (let i = 0; i < face.subsets.length; i++) {
    const subset = face.subsets[i]
    if (!subset || !inRanges(subset.ranges, codePoint)) continue
    if (subset.font.hasGlyphForCodePoint(codePoint)) {
      found = i
      break
    }
  }
  face.subsetByCodePoint.set(codePoint, found)
  return found
}

function inRanges(ranges: ReadonlyArray<readonly [number, number]>, codePoint: number): boolean {
  for (const [from, to] of ranges) if (codePoint >= from && codePoint <= to) return true
  return false
}

/**
 * The advance width of `text` in em: shaped by fontkit (GSUB ligatures, GPOS
 * kerning) in runs of one subset file each, since a browser shapes each
 * `@font-face` file separately. Glyphs the font lacks count `missingEm`.
 * Cached per face and text.
 */
export function widthEm(face: LoadedFace, text: string): number {
  const cached = face.widths.get(text)
  if (cached !== undefined) return cached
  const seeded = seededWidth(face.cache, face.widthsKey, text)
  if (seeded !== undefined) {
    face.widths.set(text, seeded)
    return seeded
  }
  const total = shapedWidthEm(face, text)
  face.widths.set(text, total)
  face.cache.stats.measured++
  return total
}

/** `widthEm` without the cache, for one-off strings such as prefixes of a broken word. */
export function shapedWidthEm(face: LoadedFace, text: string): number {
  let total = 0
  let run = ''
  let runSubset = -1
  for (const char of text) {
    const index = subsetIndexFor(face, char.codePointAt(0) ?? 0)
    if (index !== runSubset && run !== '') {
      total += shapeEm(face, runSubset, run)
      run = ''
    }
    runSubset = index
    run += char
  }
  if (run !== '') total += shapeEm(face, runSubset, run)
  return total
}

function shapeEm(face: LoadedFace, index: number, text: string): number {
  const subset = face.subsets[index]
  if (!subset) return face.missingEm * [...text].length
  const { font } = subset
  const run = font.layout(text)
  let units = 0
  run.glyphs.forEach((glyph, i) => {
    const advance = run.positions[i]?.xAdvance ?? glyph.advanceWidth
    // A missing glyph (.notdef) without width would make text vanish from the measure.
    units += glyph.id === 0 && advance <= 0 ? face.missingEm * font.unitsPerEm : advance
  })
  return units / font.unitsPerEm
}
