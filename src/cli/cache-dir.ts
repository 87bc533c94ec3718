import { platform as osPlatform } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'

/**
 * The folder of layar's caches (measured text widths, compiled code):
 * `LAYAR_CACHE_DIR` if set (empty turns caching off), else the platform's
 * per-user cache folder. `null` when there is none (no home folder in the
 * environment, as in tests that pass no env).
 *
 * Written here rather than taken from `env-paths`: that package reads the
 * real process environment, and the CLI's environment is injected.
 */
export function cacheDir(env: Readonly<Record<string, string | undefined>>, cwd: string, platform: NodeJS.Platform = osPlatform()): string | null {
  const chosen = env.LAYAR_CACHE_DIR
  if (chosen !== undefined) return chosen === '' ? null : resolve(cwd, chosen)
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'layar', 'Cache') : null
  if (platform === 'darwin') return env.HOME ? join(env.HOME, 'Library', 'Caches', 'layar') : null
  const xdg = env.XDG_CACHE_HOME
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'layar')
  return env.HOME ? join(env.HOME, '.cache', 'layar') : null
}
