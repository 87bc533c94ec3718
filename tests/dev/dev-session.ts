import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runDev, type DevOptions } from '../../src/cli/dev/index.js'
export { pngBytes } from '../support/png.js'

/** A `layar dev` running in this process on a temporary deck folder. */
export interface DevSession {
  dir: string
  url: string
  port: number
  stdout(): string
  stderr(): string
  /** How many builds (good or failed) the dev log reports. */
  builds(): number
  /** Aborts the run and returns its exit code. */
  stop(): Promise<number>
}

/** Writes `files` (paths relative to a new temp folder), starts `runDev` there (with `env` added) and waits for its URL (or its end). */
export async function startDev(
  files: Record<string, string | Uint8Array>,
  options: Partial<DevOptions> = {},
  env: Record<string, string> = {},
): Promise<DevSession> {
  const dir = await mkdtemp(join(tmpdir(), 'layar-dev-'))
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), data)
  }
  let stdout = ''
  let stderr = ''
  const controller = new AbortController()
  const run = runDev(
    { input: 'deck.md', port: 0, host: '127.0.0.1', open: false, outDir: 'dist', theme: null, serve: true, ...options },
    { cwd: dir, env: { SOURCE_DATE_EPOCH: '1764028800', ...env }, color: false, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), signal: controller.signal },
  )
  let ended = false
  void run.finally(() => (ended = true))
  const ready = options.serve === false ? /watching/ : /serving .* at (http:\/\/\S+)/
  await until(() => ended || ready.test(stdout), 30_000, () => `dev never started:\n${stdout}\n${stderr}`)
  if (ended) throw new Error(`runDev ended early (code ${await run}):\n${stdout}\n${stderr}`)
  const url = /at (http:\/\/\S+)/.exec(stdout)?.[1] ?? ''
  return {
    dir,
    url,
    port: url ? Number(new URL(url).port) : 0,
    stdout: () => stdout,
    stderr: () => stderr,
    builds: () => (stdout.match(/^(re)?built in |^build failed/gm) ?? []).length,
    async stop() {
      controller.abort()
      return run
    },
  }
}

/** Polls `check` every 10 ms until it holds; throws with `explain()` after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs: number, explain: () => string = () => 'timed out'): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error(explain())
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** One server-sent event. */
export interface SseEvent {
  type: string
  data: string
}

/** A live connection to the live-reload stream, collecting every event. */
export interface EventStream {
  status: number
  events: SseEvent[]
  /** The first event of `type` at index `since` or later. */
  next(type: string, since: number, timeoutMs?: number): Promise<SseEvent>
  close(): void
}

/** Connects to the server's event stream like a page would. */
export async function openEvents(baseUrl: string, headers: Record<string, string> = {}): Promise<EventStream> {
  const controller = new AbortController()
  const response = await fetch(new URL('/__layar/events', baseUrl), { headers, signal: controller.signal })
  const events: SseEvent[] = []
  if (response.ok && response.body) void collect(response.body, events).catch(() => {})
  else await response.body?.cancel()
  return {
    status: response.status,
    events,
    async next(type, since, timeoutMs = 20_000) {
      const find = (): SseEvent | undefined => events.slice(since).find((event) => event.type === type)
      await until(() => find() !== undefined, timeoutMs, () => `no ${type} event; got ${JSON.stringify(events.slice(since))}`)
      return find()!
    },
    close: () => controller.abort(),
  }
}

async function collect(body: ReadableStream<Uint8Array>, events: SseEvent[]): Promise<void> {
  const decoder = new TextDecoder()
  let buffer = ''
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    buffer += decoder.decode(value, { stream: true })
    let end: number
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const type = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (type !== undefined && data !== undefined) events.push({ type, data })
    }
  }
}

/** A GET with the exact path and headers given (fetch would normalise both). */
export function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}
