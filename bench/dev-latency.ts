import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runDev } from '../src/cli/dev/index.js'
import { editOneWord } from './edit-word.js'
import { median } from './measure.js'

/** Save-to-reload latency of `layar dev`, in milliseconds. */
export interface DevLatency {
  medianMs: number
  runsMs: number[]
  /** From the save to the PPTX written too (it follows the page), median. */
  pptxMedianMs: number
}

/**
 * Runs `layar dev` in this process on a copy of a deck and measures, for
 * `edits` one-word saves, the time from the file write to the server's
 * `reload` event (the edited deck's HTML written and served; the PPTX
 * follows): what a presenter waits for; and to the build's log line (the
 * PPTX written too).
 *
 * @param gapMs the pause before each save: 2,000 ms is a person's pace
 *   (the process has gone idle in between, as in real use); a short one is
 *   the back-to-back loop, which keeps everything hot
 */
export async function devSaveToReload(deckPath: string, edits: number, gapMs = 300): Promise<DevLatency> {
  const dir = await mkdtemp(join(tmpdir(), 'layar-bench-dev-'))
  const source = await readFile(deckPath, 'utf8')
  await writeFile(join(dir, 'deck.md'), source)
  let stdout = ''
  const controller = new AbortController()
  const running = runDev(
    { input: 'deck.md', port: 0, host: '127.0.0.1', open: false, outDir: 'dist', theme: null, serve: true },
    { cwd: dir, env: {}, color: false, stdout: (t) => (stdout += t), stderr: () => {}, signal: controller.signal },
  )
  try {
    const url = await waitFor(() => /at (http:\/\/\S+)/.exec(stdout)?.[1])
    const reloads = await reloadTimes(new URL('/__layar/events', url), controller.signal)
    const runsMs: number[] = []
    const pptxMs: number[] = []
    const builtLines = (): number => (stdout.match(/^(re)?built in /gm) ?? []).length
    for (let i = 0; i < edits; i++) {
      await sleep(gapMs) // let the previous build and its watcher events settle
      const seen = reloads.length
      const built = builtLines()
      const start = performance.now()
      await writeFile(join(dir, 'deck.md'), editOneWord(source, i + 1))
      const at = await waitFor(() => reloads[seen])
      runsMs.push(at - start)
      pptxMs.push((await waitFor(() => (builtLines() > built ? performance.now() : undefined))) - start)
    }
    return { medianMs: median(runsMs), runsMs, pptxMedianMs: median(pptxMs) }
  } finally {
    controller.abort()
    await running
  }
}

/** Collects the arrival time of every `reload` event of the live-reload stream. */
async function reloadTimes(url: URL, signal: AbortSignal): Promise<number[]> {
  const times: number[] = []
  const response = await fetch(url, { signal })
  if (!response.body) throw new Error('the live-reload stream has no body')
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  void (async () => {
    let buffer = ''
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }))
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      const blocks = buffer.split('\n\n')
      buffer = blocks.pop() ?? ''
      for (const block of blocks) if (/^event: reload$/m.test(block)) times.push(performance.now())
    }
  })()
  return times
}

async function waitFor<T>(value: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const end = performance.now() + timeoutMs
  for (;;) {
    const found = value()
    if (found !== undefined) return found
    if (performance.now() > end) throw new Error('layar dev did not answer in time')
    await sleep(1)
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
