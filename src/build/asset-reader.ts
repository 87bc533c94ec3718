import { join, resolve } from 'node:path'
import { isInside } from '../model/index.js'
import { fetchImage, type FetchLimits } from './fetch-remote.js'
import type { AssetRead, ReadAsset } from './load-assets.js'

/** What the asset reader needs from the file system (a subset of `BuildHost`). */
export interface AssetFileSystem {
  /** The folder relative paths start from. */
  cwd: string
  /** A file's bytes, or `null` if there is no such file. */
  readFile(path: string): Promise<Uint8Array | null>
  /** The path with every symlink followed, absolute, or `null` if it does not exist. */
  realPath?(path: string): Promise<string | null>
  /** Whether the path is a regular file, and its size; `null` if it does not exist. */
  statFile?(path: string): Promise<{ isFile: boolean; size: number } | null>
}

/** How permissive reading images is: the build-side `--allow-outside` and `--fetch-remote`. */
export interface AssetAccess {
  /** Read images wherever their real path lies (symlinks and `../` included). */
  allowOutside: boolean
  /** Fetch `http(s)://` images (with a timeout and size cap) instead of refusing them. */
  fetchRemote: boolean
}

/** The largest image file read, local or remote: anything bigger is no slide picture. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024

/** Timeout and size cap of remote fetches. */
export const remoteLimits: FetchLimits = { timeoutMs: 10_000, maxBytes: MAX_IMAGE_BYTES }

/**
 * The `ReadAsset` of one content file: paths resolve against its folder, by
 * real path (symlinks followed), and must stay inside that folder's real path
 * unless `allowOutside`; only regular files of at most `MAX_IMAGE_BYTES` are
 * read (never a device, FIFO or folder); URLs are fetched only with `fetchRemote`.
 *
 * @param folder the content file's folder, relative to `fs.cwd` or absolute
 * @param limits remote fetch limits (tests shorten them)
 */
export function assetReader(fs: AssetFileSystem, folder: string, access: AssetAccess, limits: FetchLimits = remoteLimits): ReadAsset {
  return async (path): Promise<AssetRead> => {
    if (/^https?:\/\//i.test(path)) {
      if (!access.fetchRemote) return { problem: 'remote' }
      return fetchImage(path, limits)
    }
    const target = join(folder, path)
    if (fs.realPath !== undefined) {
      const real = await fs.realPath(target)
      if (real === null) return null
      if (!access.allowOutside) {
        const root = (await fs.realPath(folder)) ?? resolve(fs.cwd, folder)
        if (!isInside(root, real)) return { problem: 'outside' }
      }
    }
    if (fs.statFile !== undefined) {
      const info = await fs.statFile(target)
      if (info === null) return null
      if (!info.isFile) return { problem: 'unreadable', detail: 'it is not a regular file' }
      if (info.size > MAX_IMAGE_BYTES) return { problem: 'too-large', detail: `the file has ${megabytes(info.size)}, more than ${megabytes(MAX_IMAGE_BYTES)}` }
    }
    return fs.readFile(target)
  }
}


/** A byte count for messages: `12.3 MB`. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
