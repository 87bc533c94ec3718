import { readFileSync, realpathSync } from 'node:fs'
import { mkdir, readFile, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, extname, join, resolve as resolvePath } from 'node:path'
import type { BuildHost } from './build/index.js'

/**
 * The real file system and clock, shared by the CLI and the public API.
 *
 * @param cwd the folder relative paths start from
 * @param sourceDateEpoch `SOURCE_DATE_EPOCH` as the caller read it from the environment
 * @param writes called around writing each deck's outputs (the CLI's stop-on-signal guard); default none
 */
export function nodeHost(cwd: string, sourceDateEpoch: string | undefined, writes?: Pick<BuildHost, 'beginWrites' | 'endWrites'>): BuildHost {
  const resolve = (path: string): string => resolvePath(cwd, path)
  const epoch = sourceDateEpoch === undefined || sourceDateEpoch === '' ? null : Number(sourceDateEpoch)
  return {
    ...(writes?.beginWrites && writes.endWrites ? { beginWrites: writes.beginWrites, endWrites: writes.endWrites } : {}),
    cwd,
    sourceDateEpoch: epoch !== null && Number.isFinite(epoch) ? epoch : null,
    async listContent(path) {
      const info = await stat(resolve(path)).catch(() => null)
      if (!info) return null
      if (info.isFile()) return [path]
      const entries = await readdir(resolve(path), { withFileTypes: true })
      return entries
        .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() === '.md')
        .map((entry) => join(path, entry.name))
        .sort()
    },
    readText: (path) => readFile(resolve(path), 'utf8'),
    readTextSync(absPath) {
      try {
        return readFileSync(absPath, 'utf8')
      } catch (error) {
        if (['ENOENT', 'EISDIR', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return null
        throw error
      }
    },
    async readFile(path) {
      try {
        return new Uint8Array(await readFile(resolve(path)))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    realPathSync(path) {
      try {
        return realpathSync(resolve(path))
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
    async realPath(path) {
      try {
        return await realpath(resolve(path))
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
    async modifiedTime(path) {
      const info = await stat(resolve(path)).catch((error: unknown) => {
        if (isMissing(error)) return null
        throw error
      })
      return info === null ? null : Math.floor(info.mtimeMs / 1000)
    },
    async statFile(path) {
      // stat follows symlinks: the size and kind are the target's.
      const info = await stat(resolve(path)).catch((error: unknown) => {
        if (isMissing(error)) return null
        throw error
      })
      return info === null ? null : { isFile: info.isFile(), size: info.size }
    },
    async writeFileAtomic(path, data) {
      const target = resolve(path)
      await mkdir(dirname(target), { recursive: true })
      // Unique enough for a temporary name (a process id and 50 random bits), without loading node:crypto (~5-10 ms of a cold build) for it.
      const temp = join(dirname(target), `.${process.pid.toString(36)}-${Math.random().toString(36).slice(2, 12)}.layar-tmp`)
      try {
        await writeFile(temp, data)
        await rename(temp, target)
      } catch (error) {
        await rm(temp, { force: true })
        throw error
      }
    },
  }
}

/** A file system error that means "no such file" (also a path through a file, or a symlink loop). */
function isMissing(error: unknown): boolean {
  return ['ENOENT', 'ENOTDIR', 'ELOOP'].includes((error as NodeJS.ErrnoException).code ?? '')
}
