import { resolve } from 'node:path'
import type { BuildHost } from '../../build/index.js'
import { settledRead } from './settled-read.js'

/** A build host that notes every file a build reads, and keeps file bytes until told they changed. */
export interface RecordingHost {
  host: BuildHost
  /** Starts a new record; the returned set fills with the absolute paths the next build reads (or looked for and did not find). */
  record(): Set<string>
  /** Drops the kept bytes of a file that changed on disk (absolute path). */
  forget(path: string): void
  /** Milliseconds spent writing files since the last `record()`. */
  writeMs(): number
}

/**
 * Wraps `host` for the dev server, which builds with the CLI's own `runBuild`
 * and learns what to watch from what that build read: the content file, every
 * image, the template (`reference-doc`, wherever it was named) and every file
 * of a path theme, including files looked for and missing, so creating one
 * rebuilds too. Shipped themes are read by the theme module directly; the
 * caller watches their folders.
 *
 * File bytes are kept until `forget` names the file, so a save of the content
 * does not read every image again. A file being rewritten in place may be
 * read half-written: it is read again for a moment first (see `settledRead`).
 */
export function recordingHost(host: BuildHost): RecordingHost {
  let read = new Set<string>()
  let writing = 0
  const bytes = new Map<string, Uint8Array | null>()
  const full = (path: string): string => resolve(host.cwd, path)
  const note = (path: string): void => void read.add(full(path))
  const missing = <T>(path: string, found: T | null): T | null => {
    if (found === null) note(path)
    return found
  }
  const wrapped: BuildHost = {
    ...host,
    async readText(path) {
      note(path)
      return host.readText(path)
    },
    readTextSync(absPath) {
      note(absPath)
      return host.readTextSync(absPath)
    },
    async readFile(path) {
      const key = full(path)
      note(key)
      if (bytes.has(key)) return bytes.get(key) ?? null
      const data = await settledRead(() => host.readFile(path))
      const kept = data instanceof Uint8Array ? data : null
      bytes.set(key, kept)
      return kept
    },
    async writeFileAtomic(path, data) {
      const start = performance.now()
      try {
        await host.writeFileAtomic(path, data)
      } finally {
        writing += performance.now() - start
      }
    },
  }
  if (host.realPath) {
    const realPath = host.realPath.bind(host)
    wrapped.realPath = async (path) => missing(path, await realPath(path))
  }
  if (host.realPathSync) {
    const realPathSync = host.realPathSync.bind(host)
    wrapped.realPathSync = (path) => missing(path, realPathSync(path))
  }
  if (host.statFile) {
    const statFile = host.statFile.bind(host)
    wrapped.statFile = async (path) => {
      note(path)
      return statFile(path)
    }
  }
  return {
    host: wrapped,
    record() {
      read = new Set()
      writing = 0
      return read
    },
    forget: (path) => void bytes.delete(resolve(path)),
    writeMs: () => writing,
  }
}
