import { statSync } from 'node:fs'
import { platform as osPlatform } from 'node:os'
import { isAbsolute, join } from 'node:path'

/** Where layar keeps its caches, or why it keeps none. */
export type CacheFolder = { type: 'folder'; path: string } | { type: 'none'; problem: string | null }

/**
 * The folder of layar's caches (measured text widths, compiled code):
 * `LAYAR_CACHE_DIR` if set (empty turns caching off), else the platform's
 * per-user cache folder. None without a home folder in the environment (as
 * in tests that pass no env).
 *
 * Note: a relative `LAYAR_CACHE_DIR` is refused rather than resolved, since
 * the compiled code kept there is run: relative to the working folder, any
 * checked-out repository could supply it.
 *
 * Written here rather than taken from `env-paths`: that package reads the
 * real process environment, and the CLI's environment is injected.
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = osPlatform()): CacheFolder {
  const chosen = env.LAYAR_CACHE_DIR
  if (chosen !== undefined) {
    if (chosen === '') return { type: 'none', problem: null }
    if (!isAbsolute(chosen)) return { type: 'none', problem: `LAYAR_CACHE_DIR must be an absolute path, not \`${chosen}\`; no cache is kept.` }
    return { type: 'folder', path: chosen }
  }
  const home = platform === 'win32' ? env.LOCALAPPDATA : env.HOME
  if (!home) return { type: 'none', problem: null }
  if (platform === 'win32') return { type: 'folder', path: join(home, 'layar', 'Cache') }
  if (platform === 'darwin') return { type: 'folder', path: join(home, 'Library', 'Caches', 'layar') }
  const xdg = env.XDG_CACHE_HOME
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  return { type: 'folder', path: xdg !== undefined && isAbsolute(xdg) ? join(xdg, 'layar') : join(home, '.cache', 'layar') }
}

/**
 * Why the cache folder must not be used, or `null` if it may: on POSIX it
 * must belong to this user and be writable by no one else, since others
 * could otherwise plant the compiled code layar runs. A folder that does not
 * exist yet is fine (layar creates it, mode 700).
 */
export function untrustedCacheFolder(path: string): string | null {
  const getuid = process.getuid
  if (getuid === undefined) return null
  const info = statSync(path, { throwIfNoEntry: false })
  if (info === undefined) return null
  if (info.uid !== getuid() || (info.mode & 0o022) !== 0) {
    return `the cache folder ${path} belongs to another user or others can write to it; no cache is used. Set LAYAR_CACHE_DIR to a folder of your own.`
  }
  return null
}

/**
 * The cache folder to use, if any, and the one-line problem to tell the user
 * when one was asked for but cannot be used.
 */
export function usableCacheFolder(env: Readonly<Record<string, string | undefined>>): { path: string | null; problem: string | null } {
  const folder = cacheFolder(env)
  if (folder.type === 'none') return { path: null, problem: folder.problem }
  const problem = untrustedCacheFolder(folder.path)
  return problem === null ? { path: folder.path, problem: null } : { path: null, problem }
}
