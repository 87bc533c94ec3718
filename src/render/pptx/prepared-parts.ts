import { crc32 } from 'node:zlib'
import { footerText, type MasterPartCache } from './master-parts.js'
import type { PartCache } from './part-cache.js'
import type { PartTransform } from './part-transforms.js'
import type { PptxPlan, ThemeScheme } from './plan/index.js'
import { readPreparedParts } from './prepared-parts-file.js'
import type { ZipCache } from './zip-writer.js'

/**
 * The parts of a package that depend only on the theme and the deck's locale
 * (the slide master, the slide layouts, the theme part and the notes master,
 * with their relationships, and pptxgenjs's table styles and properties
 * parts), as a build writes them, prepared when layar is compiled:
 * `npm run compile` builds a one-slide deck for every shipped theme and known
 * locale and keeps these parts beside the CLI bundle (scripts/bundle.mjs).
 * A cold build starts its part cache from them (`seedPartCache`), so it writes
 * those parts without building, parsing, transforming and serialising them
 * again: ~20 ms of CPU of a ~550 ms cold build, all of it code that runs once.
 *
 * Nothing is trusted: they seed the same cache a rebuild in `layar dev` reuses
 * (`PartCache`, `MasterPartCache`), which compares in full everything a part
 * is written from (the master and layout plans, the locale, the footer, the
 * theme's scheme, the text pptxgenjs wrote) before reusing it. A deck with a
 * footer, a classification, an organisation, another theme or a template
 * matches nothing here and is built as before.
 */
export interface PreparedParts {
  /** The locale and theme scheme the parts were transformed with (`PartCache.made`). */
  lang: string
  scheme: ThemeScheme
  /** The master and layout parts layar wrote, with what they were written from; `drawn`'s absent layouts as `null` (JSON has no `undefined`). */
  masters: Omit<WrittenMasterParts, 'input'> & { input: Omit<WrittenMasterParts['input'], 'drawn'> & { drawn: Array<string | null> } }
  /** Each part's text before and after the transforms, by path; `raw` null where it is the text `masters` holds for the path (written once). */
  entries: Array<[string, { raw: string | null; text: string }]>
  /** The zip entries of those parts and their relationships (`ZipCache`): the text zipped (null: the part's `text` in `entries`), its DEFLATE data in base64, CRC-32 and size. */
  zipped: { level: number; entries: Array<[string, { content: string | null; data: string; crc: number; size: number }]> }
}

type WrittenMasterParts = NonNullable<MasterPartCache['written']>
type Packed = ZipCache['entries'] extends Map<string, infer P> ? P : never

/** The paths of the parts prepared: those written from the theme and locale alone (the slides' count, text and pictures are elsewhere). */
export function isPreparedPath(path: string): boolean {
  return /^ppt\/(?:slideMasters|slideLayouts|theme|notesMasters)\//.test(path) || PREPARED_FILES.has(path)
}

/** Parts pptxgenjs writes the same for every deck, prepared with the master parts (their transforms and compression). */
const PREPARED_FILES: ReadonlySet<string> = new Set(['ppt/tableStyles.xml', 'ppt/presProps.xml', 'ppt/viewProps.xml', '_rels/.rels'])

/**
 * The name of the file holding the prepared parts of a theme, locale, master
 * and layouts: a CRC-32 of all four, so a deck whose master or layouts differ
 * (a footer, a classification, an organisation) finds no file at once
 * instead of reading and parsing one it cannot use (~5 ms). Only a name: what
 * the file holds is compared in full before it is used.
 */
export function preparedPartsName(key: PreparedPartsKey): string {
  return `${crc32(JSON.stringify([key.theme, key.lang, key.master, key.layouts, key.footer])).toString(16).padStart(8, '0')}.json`
}

/** What names a prepared-parts file. */
export interface PreparedPartsKey {
  theme: string
  lang: string
  master: WrittenMasterParts['input']['master']
  layouts: WrittenMasterParts['input']['layouts']
  footer: string | null
}

/** The key of the prepared parts a build of `plan` could use. */
export function preparedPartsKeyOf(plan: PptxPlan): PreparedPartsKey {
  return { theme: plan.scheme.name, lang: plan.meta.lang, master: plan.master, layouts: plan.layouts, footer: footerText(plan) }
}

/** The key of prepared parts, from what they were written from. */
export function preparedPartsKey(prepared: PreparedParts): PreparedPartsKey {
  const { master, layouts, footer } = prepared.masters.input
  return { theme: prepared.scheme.name, lang: prepared.lang, master, layouts, footer }
}

/**
 * The prepared parts of what a build left in `cache`: its master and layout
 * parts and its transformed prepared paths. Null if the build kept none (a
 * template deck) or drew a layout from something other than text.
 */
export function preparedPartsOf(cache: PartCache, zip: ZipCache): PreparedParts | null {
  const written = cache.masters.written
  const made = cache.made
  if (written === null || made === null) return null
  const drawn: Array<string | null> = []
  for (const part of written.input.drawn) {
    if (part instanceof Uint8Array) return null
    drawn.push(part ?? null)
  }
  const own = new Map([...written.layouts, ...written.master])
  const entries: PreparedParts['entries'] = []
  for (const [path, entry] of cache.entries) if (isPreparedPath(path)) entries.push([path, { raw: own.get(path) === entry.raw ? null : entry.raw, text: entry.text }])
  const zipped: PreparedParts['zipped'] = { level: zip.level, entries: [] }
  for (const [path, packed] of zip.entries) {
    if (!isPreparedPath(path) || typeof packed.content !== 'string') continue
    const content = cache.entries.get(path)?.text === packed.content ? null : packed.content
    zipped.entries.push([path, { content, data: Buffer.from(packed.data).toString('base64'), crc: packed.crc, size: packed.size }])
  }
  return { lang: made.lang, scheme: made.scheme, masters: { ...written, input: { ...written.input, drawn } }, entries, zipped }
}

/**
 * Starts an unused part cache from the parts prepared for the plan's theme
 * and locale, if there are any (only beside the CLI bundle). A cache a build
 * already used is left alone: what it holds is this deck's.
 *
 * @param transforms the pipeline the parts were transformed by (the cache reuses nothing made by another)
 */
export function seedPartCache(cache: PartCache, zip: ZipCache, plan: PptxPlan, transforms: readonly PartTransform[]): void {
  if (cache.made !== null || cache.masters.written !== null || zip.entries.size > 0) return
  const text = readPreparedParts(preparedPartsName(preparedPartsKeyOf(plan)))
  if (text !== null) startFromPrepared(cache, zip, JSON.parse(text) as PreparedParts, transforms)
}

/** Puts prepared parts into a part cache and a zip cache (replacing what they held), as if the build that made them had just used them. */
export function startFromPrepared(cache: PartCache, zip: ZipCache, prepared: PreparedParts, transforms: readonly PartTransform[]): void {
  const own = new Map([...prepared.masters.layouts, ...prepared.masters.master])
  cache.made = { transforms, lang: prepared.lang, scheme: prepared.scheme }
  cache.entries = new Map(prepared.entries.map(([path, { raw, text }]) => [path, { raw: raw ?? own.get(path) ?? '', slide: undefined, text }]))
  const input = prepared.masters.input
  cache.masters.written = { ...prepared.masters, input: { ...input, drawn: input.drawn.map((part) => part ?? undefined) } }
  zip.level = prepared.zipped.level
  zip.entries = new Map(
    prepared.zipped.entries.map(([path, { content, data, crc, size }]): [string, Packed] => [
      path,
      { content: content ?? cache.entries.get(path)?.text ?? '', data: Buffer.from(data, 'base64'), crc, size },
    ]),
  )
}
