import { watch, type FSWatcher } from 'chokidar'
import { existsSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'

/** What the dev loop watches: single files (content, images) and whole folders (the theme). */
export interface WatchTargets {
  /** Absolute file paths. */
  files: readonly string[]
  /** Absolute folder paths whose direct files all count. */
  folders: readonly string[]
}

/** A watcher whose targets can change as the deck starts or stops referencing files. */
export interface DeckWatcher {
  /** Watches exactly these targets from now on (a no-op when nothing changed). */
  setTargets(targets: WatchTargets): Promise<void>
  close(): Promise<void>
}

/**
 * Watches files through their parent folders rather than the files themselves.
 * Note: editors save atomically (write a temp file, rename it over the original)
 * and some delete and re-create; a watch on the file's inode would die with the
 * old inode, whereas a watch on the folder, filtered to the paths we care about,
 * sees the new file under the same name. Deleted files keep being watched, so
 * re-creating one (or adding a referenced image that was missing) rebuilds.
 * A folder that does not exist yet (`img/` before the first image) is watched
 * through its nearest existing ancestor until it appears.
 *
 * @param onChange called with the absolute path of every relevant add, change or delete
 * @param onError called with watcher errors (they never stop the dev loop)
 */
export async function deckWatcher(
  targets: WatchTargets,
  onChange: (path: string) => void,
  onError: (error: Error) => void,
): Promise<DeckWatcher> {
  let current = await start(normalize(targets), onChange, onError)
  let key = targetsKey(normalize(targets))
  return {
    async setTargets(next) {
      const normalized = normalize(next)
      const nextKey = targetsKey(normalized)
      // The key includes which folders exist, so a folder that appeared is watched directly from now on.
      if (nextKey === key) return
      // Start the new watcher before closing the old one so no save falls in between.
      const replacement = await start(normalized, onChange, onError)
      await current.close()
      current = replacement
      key = nextKey
    },
    close: () => current.close(),
  }
}

function normalize(targets: WatchTargets): WatchTargets {
  return {
    files: [...new Set(targets.files.map((path) => resolve(path)))].sort(),
    folders: [...new Set(targets.folders.map((path) => resolve(path)))].sort(),
  }
}

function targetsKey(targets: WatchTargets): string {
  return JSON.stringify({ ...targets, watched: watchedFolders(targets) })
}

/** The folders to watch: each target's folder, or its nearest existing ancestor while it is missing. */
function watchedFolders(targets: WatchTargets): string[] {
  const wanted = [...targets.files.map((path) => dirname(path)), ...targets.folders]
  return [...new Set(wanted.map((folder) => nearestExisting(folder)))].sort()
}

function nearestExisting(folder: string): string {
  let at = folder
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at)
  return at
}

async function start(
  targets: WatchTargets,
  onChange: (path: string) => void,
  onError: (error: Error) => void,
): Promise<FSWatcher> {
  const files = new Set(targets.files)
  const folders = new Set(targets.folders)
  const wantedFolders = [...new Set([...targets.files.map((path) => dirname(path)), ...targets.folders])]
  const watched = watchedFolders(targets)
  const relevant = (path: string): boolean => files.has(path) || folders.has(dirname(path))
  // A folder on the way to a wanted folder that is still missing (or is it).
  const onTheWay = (path: string): boolean => wantedFolders.some((folder) => folder === path || folder.startsWith(path + sep))
  const watcher = watch(watched, {
    ignoreInitial: true,
    // Only the folders themselves and the files we care about: a content folder
    // may hold many unrelated files, each of which would otherwise get a watch.
    ignored: (path: string) => !watched.includes(path) && !relevant(path) && !onTheWay(path),
    depth: 0,
    atomic: true,
  })
  watcher.on('all', (event, path) => {
    const absolute = resolve(path)
    const isFolderEvent = event === 'addDir' || event === 'unlinkDir'
    if (isFolderEvent ? onTheWay(absolute) && !watched.includes(absolute) : relevant(absolute)) onChange(absolute)
  })
  // Note: chokidar drops a `change` that follows the previous one within 50 ms
  // (a leading-only throttle), so a quick second save could go unnoticed; its
  // raw events are not throttled. Both feed the same debounced queue.
  watcher.on('raw', (_event, name, details) => {
    const base = resolve(String((details as { watchedPath?: unknown }).watchedPath ?? ''))
    const absolute = files.has(base) ? base : typeof name === 'string' && name !== '' ? resolve(base, name) : null
    if (absolute !== null && relevant(absolute)) onChange(absolute)
  })
  watcher.on('error', (error) => onError(error instanceof Error ? error : new Error(String(error))))
  await new Promise<void>((done) => watcher.once('ready', () => done()))
  return watcher
}

