import { createRequire } from 'node:module'
import type { VFile } from 'vfile'
import type { DeckMeta, ImageAssets, Slide } from '../model/index.js'
import type { Theme } from '../theme/theme.js'
import type { LaidOutSlide } from './laid-out.js'

/**
 * One deck's laid-out slides from its last layout, so a rebuild after a save
 * lays out again only the slides whose input changed (the dev server's path).
 * A slide's entry is keyed by everything its layout reads: the slide itself
 * (its positions relative to its start: a slide that only moved, because a
 * slide above it grew, is reused with its positions and messages moved), and,
 * shared by the whole deck, the front matter, the theme, the images' bytes
 * and `strict`; a change of any of those lays out every slide again. The
 * layout of one slide reads nothing of another (slide numbers and totals
 * are drawn by the renderers), so the result equals a layout from scratch.
 * Created by the caller (`createSlideLayoutCache`), one per deck.
 */
export interface SlideLayoutCache {
  /** What the deck-wide part of the key was at the last layout. */
  deckKey: string
  /** Slide key → its laid-out parts and the messages its layout reported. */
  entries: Map<string, LaidOutEntry>
  /** Digests of image bytes already hashed (the dev server keeps the same bytes until a file changes). */
  digests: WeakMap<Uint8Array, string>
}

interface LaidOutEntry {
  /** Where the slide started when it was laid out. */
  base: { line: number; offset: number }
  slides: LaidOutSlide[]
  messages: VFile['messages']
}

/** An empty slide layout cache. */
export function createSlideLayoutCache(): SlideLayoutCache {
  return { deckKey: '', entries: new Map(), digests: new WeakMap() }
}

/** The decks above this many slides are laid out without the cache: built once by the CLI, their keys would only cost time. */
const MAX_CACHED_SLIDES = 400

/**
 * Lays out every slide through `cache`: each slide whose key is known gets
 * its earlier parts (the same objects: renderers never change them) and its
 * messages reported again on `file`; the others are laid out by `lay`. The
 * cache then holds exactly this layout's slides.
 *
 * @param lay lays out one slide, reporting on `file`
 * @param each called with every slide's parts in order; `false` stops (the slide budget is spent)
 * @param drawnAs where a moved slide's copies note the parts they copy (see `LayoutCache.drawnAs`)
 */
export function layoutSlidesCached(
  cache: SlideLayoutCache | null,
  deck: { meta: DeckMeta; slides: readonly Slide[] },
  shared: { theme: Theme; assets: ImageAssets; strict: boolean; file: VFile },
  lay: (slide: Slide) => LaidOutSlide[],
  each: (slide: Slide, laid: LaidOutSlide[]) => boolean,
  drawnAs: WeakMap<LaidOutSlide, LaidOutSlide>,
): void {
  if (cache === null || deck.slides.length > MAX_CACHED_SLIDES) {
    for (const slide of deck.slides) if (!each(slide, lay(slide))) return
    return
  }
  const deckKey = JSON.stringify([deck.meta, shared.theme, assetsKey(shared.assets, cache.digests), shared.strict])
  const known = deckKey === cache.deckKey ? cache.entries : new Map<string, LaidOutEntry>()
  const next = new Map<string, LaidOutEntry>()
  const { file } = shared
  try {
    for (const slide of deck.slides) {
      const base = { line: slide.position.start.line, offset: slide.position.start.offset ?? 0 }
      const key = slideKey(slide, base)
      let entry = known.get(key) ?? next.get(key)
      const fresh = entry === undefined
      if (entry === undefined) {
        const before = file.messages.length
        const slides = lay(slide)
        entry = { base, slides, messages: file.messages.slice(before) }
      } else if (entry.base.line !== base.line || entry.base.offset !== base.offset) {
        entry = moved(entry, base, drawnAs)
      }
      // A slide laid out now reported its messages itself.
      if (!fresh) for (const message of entry.messages) file.messages.push(copyOf(message, file))
      next.set(key, entry)
      if (!each(slide, entry.slides)) return
    }
  } finally {
    cache.deckKey = deckKey
    cache.entries = next
  }
}

/** Every image by key, mime, size and a digest of its bytes (the slide cache's key and the HTML page's). */
export function assetsKey(assets: ImageAssets, digests: WeakMap<Uint8Array, string>): string[] {
  return Object.keys(assets)
    .sort()
    .map((key) => {
      const asset = assets[key]
      if (asset === undefined) return key
      let digest = digests.get(asset.bytes)
      if (digest === undefined) {
        // node:crypto is loaded on the first image, not by every build (~5-10 ms of a cold build's start).
        const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
        digest = createHash('sha1').update(asset.bytes).digest('hex')
        digests.set(asset.bytes, digest)
      }
      return `${key}|${asset.mime}|${asset.width}x${asset.height}|${digest}`
    })
}

type Message = VFile['messages'][number]

/**
 * The slide as JSON, its positions counted from `base` (its start). Note:
 * `line` and `offset` are keys of positions only (model/position.ts), and a
 * key follows `{` or `,` where a quote inside a string follows a backslash; so
 * rewriting them in the text is exact, and several times faster than a
 * `JSON.stringify` replacer.
 */
function slideKey(slide: Slide, base: { line: number; offset: number }): string {
  return JSON.stringify(slide).replace(/([{,])"(line|offset)":(\d+)/g, (_, lead: string, name: string, value: string) => `${lead}"${name}":${Number(value) - (name === 'line' ? base.line : base.offset)}`)
}

/** The entry of a slide that moved to `base`: its parts and messages with every position moved (the copies draw as the originals). */
function moved(entry: LaidOutEntry, base: { line: number; offset: number }, drawnAs: WeakMap<LaidOutSlide, LaidOutSlide>): LaidOutEntry {
  const lines = base.line - entry.base.line
  const offsets = base.offset - entry.base.offset
  const slides = entry.slides.map((slide) => {
    const copy = movedCopy(slide, lines, offsets) as LaidOutSlide
    drawnAs.set(copy, drawnAs.get(slide) ?? slide)
    return copy
  })
  const messages = entry.messages.map((message) => {
    const copy = copyOf(message)
    const place = message.place
    if (place === undefined) return copy
    copy.place = 'start' in place ? movedPosition(place, lines, offsets) : movedPoint(place, lines, offsets)
    copy.line = message.line === undefined ? undefined : message.line + lines
    copy.name = `${message.file ? `${message.file}:` : ''}${placeText(copy.place)}`
    return copy
  })
  return { base, slides, messages }
}

/** A deep copy of plain data with every `position` moved. */
function movedCopy(value: unknown, lines: number, offsets: number): unknown {
  if (Array.isArray(value)) return value.map((item) => movedCopy(item, lines, offsets))
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) copy[key] = key === 'position' && isPosition(item) ? movedPosition(item, lines, offsets) : movedCopy(item, lines, offsets)
  return copy
}

type Point = { line: number; column: number; offset?: number | undefined }
type Span = { start: Point; end: Point }

function isPosition(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && 'start' in value && 'end' in value
}

function movedPosition(position: Span, lines: number, offsets: number): Span {
  return { ...position, start: movedPoint(position.start, lines, offsets), end: movedPoint(position.end, lines, offsets) }
}

function movedPoint(point: Point, lines: number, offsets: number): Point {
  return point.offset === undefined ? { ...point, line: point.line + lines } : { ...point, line: point.line + lines, offset: point.offset + offsets }
}

/** How vfile-message names a place: `3:1-3:9`, or `3:1`. */
function placeText(place: Point | Span): string {
  const point = (p: Point): string => `${p.line}:${p.column}`
  return 'start' in place ? `${point(place.start)}-${point(place.end)}` : point(place)
}

/** A message as a new object on `file`, so a later build's changes to it (`fatal`) stay its own. */
function copyOf(message: Message, file?: VFile): Message {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as Message, message)
  if (file !== undefined && file.path && message.file !== file.path) {
    copy.name = `${file.path}:${message.file ? message.name.slice(message.file.length + 1) : message.name}`
    copy.file = file.path
  }
  return copy
}
