import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { knownWidths, measuredWidthCount, MEASUREMENT_REVISION, seedWidths, type LayoutCache, type WidthTable } from '../layout/index.js'
import { nodeHost } from '../node-host.js'
import { usableCacheFolder } from './cache-dir.js'
import { layarVersion, pinnedDependency } from './version.js'

/**
 * Text widths kept on disk between runs. Measuring a word means opening the
 * font files (woff2 decompression in JavaScript) and shaping it with
 * fontkit; most words of a deck were measured by the previous build, so a
 * cold build that finds them here skips most of that work. The widths are
 * exactly the ones measured, so outputs are the same with or without it.
 */

/** Past this many widths the cache starts over, so it never grows without bound (a few MB). */
const MAX_WIDTHS = 250_000

/**
 * The cache file of this layar version, fontkit version and measurement
 * revision; another's file is never read. (Font package versions are in the
 * face names inside.)
 */
function cacheFile(dir: string): string {
  // The launcher takes a `widths-` file in the folder for a sign that layar has built there before (run-bundle.ts).
  return join(dir, `widths-${layarVersion()}-fontkit${pinnedDependency('fontkit')}-r${MEASUREMENT_REVISION}.json`)
}

/**
 * Seeds the layout with the widths kept in `dir`. A missing file is the
 * normal first run; an unreadable or damaged one is reported and replaced
 * by the next save. Either way the widths are then measured, as without a cache.
 *
 * @returns why the cache could not be read, for a one-line notice; `null` when it was read or is not there yet
 */
async function loadWidthCache(dir: string, cache: LayoutCache): Promise<string | null> {
  const path = cacheFile(dir)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Not there yet (or its folder is not a folder: the save says so).
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : `could not read the width cache ${path} (${code ?? (error as Error).message}); every word is measured again.`
  }
  const table = widthTableOf(text)
  if (table === null) return `the width cache ${path} is damaged; every word is measured again and the file rewritten.`
  seedWidths(cache, table)
  return null
}

/**
 * Writes every width `cache` knows to `dir` when builds measured new ones
 * since the last save (`cache.stats.saved` holds the count then). Failing to write (read-only home, full disk)
 * never fails a build: the next one measures again.
 *
 * @returns why the cache could not be written, for a one-line notice; `null` when it was, or had no news
 */
async function saveWidthCache(dir: string, cache: LayoutCache): Promise<string | null> {
  const measured = measuredWidthCount(cache)
  if (measured === cache.stats.saved) return null
  cache.stats.saved = measured
  const table = knownWidths(cache)
  const count = Object.values(table).reduce((sum, widths) => sum + Object.keys(widths).length, 0)
  const widths = count > MAX_WIDTHS ? {} : table
  try {
    // Only this user may write here: the same folder holds the compiled code layar runs (see launch.ts).
    await mkdir(dir, { recursive: true, mode: 0o700 })
    await nodeHost(dir, undefined).writeFileAtomic(cacheFile(dir), JSON.stringify({ widths }))
    return null
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return `could not keep measured text widths in ${dir} (${reason}); builds work, but measure every word again. Set LAYAR_CACHE_DIR to a folder you can write to, or to nothing to turn the cache off.`
  }
}

/**
 * Seeds `cache` from the user's width cache on disk (see `usableCacheFolder`) and
 * returns how to save the widths measured since; each problem with the cache
 * goes to `note` as one line, and none stops a build.
 *
 * @param env where the cache folder comes from (`LAYAR_CACHE_DIR`, HOME…)
 * @param note says a problem to the user
 * @param cache the layout cache the builds use
 * @returns saves new widths (call after each build; it writes only when there are new ones)
 */
export async function useWidthCache(env: Readonly<Record<string, string | undefined>>, note: (problem: string) => void, cache: LayoutCache): Promise<() => Promise<void>> {
  const { path, problem } = usableCacheFolder(env)
  if (problem !== null) note(problem)
  if (path === null) return async () => {}
  const loadProblem = await loadWidthCache(path, cache)
  if (loadProblem !== null) note(loadProblem)
  return async () => {
    const saveProblem = await saveWidthCache(path, cache)
    if (saveProblem !== null) note(saveProblem)
  }
}

/** The `widths` table of a cache file's text, or `null` if it is not one. */
function widthTableOf(text: string): WidthTable | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (!isRecord(parsed) || !isRecord(parsed.widths)) return null
  const table: WidthTable = {}
  for (const [face, widths] of Object.entries(parsed.widths)) if (isRecord(widths)) table[face] = widths as Record<string, number>
  return table
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
