import * as fontkit from 'fontkit'
import type { FontPair } from '../theme/theme.js'
import { fontSubsetFiles, type FontFace, type FontSubsetFile } from './font-files.js'

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
  /** Width in em given to a glyph the font does not have. */
  missingEm: number
  /** Subset index by code point. */
  subsetByCodePoint: Map<number, number>
  /** Width in em by exact text (words, mostly). */
  widths: Map<string, number>
}

/** The four faces of one theme font. */
export type FaceSet = Readonly<Record<FaceName, LoadedFace>>

const FACES: Record<FaceName, FontFace> = {
  regular: { weight: 400, style: 'normal' },
  bold: { weight: 700, style: 'normal' },
  italic: { weight: 400, style: 'italic' },
  boldItalic: { weight: 700, style: 'italic' },
}

const faceCache = new Map<string, LoadedFace>()

/**
 * Opens one face of a theme font from its `@fontsource` woff2 subset files
 * (the same bytes the HTML deck embeds).
 *
 * Note: faces and their width caches live for the life of the process, so a
 * rebuild in the dev server measures each word once.
 *
 * @throws TypeError if the font package or face is missing (see `fontSubsetFiles`).
 */
export function loadFace(font: FontPair, name: FaceName): LoadedFace {
  const face = FACES[name]
  const key = `${font.package}|${face.weight}|${face.style}`
  const cached = faceCache.get(key)
  if (cached) return cached
  const subsets = fontSubsetFiles(font, face).map((file) => lazySubset(file, key))
  const latin = subsets.findIndex((s) => s.subset === 'latin')
  const fallback = latin === -1 ? 0 : latin
  const fallbackFont = subsets[fallback]?.font
  const notdef = fallbackFont ? fallbackFont.getGlyph(0).advanceWidth / fallbackFont.unitsPerEm : 0
  const loaded: LoadedFace = {
    key,
    subsets,
    fallback,
    missingEm: notdef > 0 ? notdef : 0.5,
    subsetByCodePoint: new Map(),
    widths: new Map(),
  }
  faceCache.set(key, loaded)
  return loaded
}

/** Opens all four faces of a theme font. */
export function loadFaceSet(font: FontPair): FaceSet {
  return {
    regular: loadFace(font, 'regular'),
    bold: loadFace(font, 'bold'),
    italic: loadFace(font, 'italic'),
    boldItalic: loadFace(font, 'boldItalic'),
  }
}

/** The face name for a bold/italic combination. */
export function faceName(bold: boolean, italic: boolean): FaceName {
  if (bold) return italic ? 'boldItalic' : 'bold'
  return italic ? 'italic' : 'regular'
}

function lazySubset(file: FontSubsetFile, key: string): SubsetFont {
  let opened: fontkit.Font | null = null
  return {
    subset: file.subset,
    ranges: file.ranges,
    get font(): fontkit.Font {
      opened ??= openFont(file.woff2, key)
      return opened
    },
  }
}

function openFont(bytes: Uint8Array, key: string): fontkit.Font {
  const opened = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
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
  const total = shapedWidthEm(face, text)
  face.widths.set(text, total)
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
