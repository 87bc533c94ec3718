import type { AssetRead } from './load-assets.js'

/** Bounds of one remote fetch. */
export interface FetchLimits {
  /** The whole request, redirects and body included. */
  timeoutMs: number
  /** The body is abandoned as soon as it grows past this. */
  maxBytes: number
}

/**
 * Fetches a remote image (only with `--fetch-remote`): http(s) only, within
 * `timeoutMs`, at most `maxBytes` (checked on the declared length and again
 * while reading, so a lying or endless server cannot exhaust memory).
 * Never throws: a failure is a problem the build reports at the image.
 */
export async function fetchImage(url: string, limits: FetchLimits): Promise<AssetRead> {
  const signal = AbortSignal.timeout(limits.timeoutMs)
  try {
    const response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'image/png,image/jpeg,image/gif' } })
    if (!/^https?:$/.test(new URL(response.url || url).protocol)) return failed('it redirected to a non-http address')
    if (!response.ok) return failed(`the server answered ${response.status} ${response.statusText}`.trim())
    const declared = Number(response.headers.get('content-length') ?? Number.NaN)
    if (declared > limits.maxBytes) {
      await response.body?.cancel()
      return { problem: 'too-large', detail: `the server declares ${declared} bytes, more than ${limits.maxBytes}` }
    }
    return await readCapped(response, limits.maxBytes)
  } catch (error) {
    if (signal.aborted) return failed(`no complete answer within ${limits.timeoutMs / 1000} s`)
    return failed(errorText(error))
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<AssetRead> {
  const chunks: Uint8Array[] = []
  let total = 0
  if (response.body === null) return new Uint8Array()
  const reader = response.body.getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    total += next.value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return { problem: 'too-large', detail: `the download passed ${maxBytes} bytes` }
    }
    chunks.push(next.value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function failed(detail: string): AssetRead {
  return { problem: 'fetch-failed', detail }
}

/** The useful part of a fetch error (undici hides the cause: `fetch failed`). */
function errorText(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : null
  const message = error instanceof Error ? error.message : String(error)
  return cause === null ? message : `${message} (${cause})`
}
