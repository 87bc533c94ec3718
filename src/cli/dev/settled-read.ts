import type { AssetRead } from '../../build/index.js'

/** How often, and how far apart, an image that looks half-written is read again. */
export const SETTLE = { attempts: 10, delayMs: 50 } as const

/**
 * Reads an image, and reads it again (up to `SETTLE.attempts` times,
 * `SETTLE.delayMs` apart) while its bytes look cut short: an editor or
 * exporter rewriting the file in place fires the watcher before it has
 * finished, and the half-written bytes are no image yet. What the last read
 * gave is returned, so a file that really is broken is still reported.
 *
 * @param wait sleeps for the given milliseconds (injected for tests)
 */
export async function settledRead(read: () => Promise<AssetRead>, wait: (ms: number) => Promise<void> = sleep): Promise<AssetRead> {
  let last = await read()
  for (let i = 0; i < SETTLE.attempts && last instanceof Uint8Array && !looksComplete(last); i++) {
    await wait(SETTLE.delayMs)
    last = await read()
  }
  return last
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Whether image bytes end as a whole file of their kind does: PNG with its
 * `IEND` chunk, JPEG with its end marker, GIF with its trailer, SVG (XML)
 * with a closing `>`. Empty bytes are not complete; other kinds are taken as
 * they are (the build says what is wrong with them).
 */
export function looksComplete(bytes: Uint8Array): boolean {
  const n = bytes.length
  if (n === 0) return false
  const starts = (...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b)
  if (starts(0x89, 0x50, 0x4e, 0x47)) return n >= 12 && String.fromCharCode(...bytes.subarray(n - 8, n - 4)) === 'IEND'
  if (starts(0xff, 0xd8)) return bytes[n - 2] === 0xff && bytes[n - 1] === 0xd9
  if (starts(0x47, 0x49, 0x46, 0x38)) return bytes[n - 1] === 0x3b
  const text = new TextDecoder().decode(bytes.subarray(0, Math.min(n, 64))).trimStart()
  if (text.startsWith('<')) return new TextDecoder().decode(bytes.subarray(Math.max(0, n - 64))).trimEnd().endsWith('>')
  return true
}
