import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

/**
 * How a building command (`build`, `check`, `dev`) is run so that SIGINT
 * and SIGTERM always end it: the work runs in a worker thread, and the main
 * thread, which does nothing else, receives the signals.
 *
 * A signal handler in the thread doing the work would run only when that
 * thread's event loop turns, which a long synchronous step (layout,
 * rendering) never lets it; `Worker.terminate` stops even those. This is
 * the one abort path, in this order:
 *
 * 1. the main thread marks the shared state aborted and posts `abort`: the
 *    thread's `io.signal` aborts when it next waits (the dev server closes,
 *    a browser a renderer opened can be closed on it);
 * 2. outputs are written only between `beginWrites` and `endWrites`, which
 *    refuse to begin once aborted, so a build never starts writing after a
 *    signal, and is never stopped half-way through writing a deck;
 * 3. after a short grace, and never while a deck is being written, the main
 *    thread terminates the thread, and exits with 128 + the signal's number.
 */

/** Set by the main thread on a signal. */
const ABORTED = 1
/** Set by the build thread while it writes a deck's outputs. */
const WRITING = 2

/** Exit codes of a command ended by a signal: 128 + its number, as shells report it. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const

/** How long a thread told to stop may take to stop by itself (close the dev server, save widths) before it is terminated. */
const GRACE_MS = 500

/**
 * The build thread's young generation, in MB (V8's default lets it grow to
 * 48). A cold build keeps most of what it allocates at start-up (modules,
 * tables, compiled code), so a large nursery mostly means fresh memory to
 * touch, and a fresh page is dear on a busy VM: with 6 MB a cold build of the
 * naive article or the default deck touched ~1,800–2,200 fewer pages (~12 %)
 * and took less CPU; a 1,000-slide build took the same time (interleaved
 * runs on a loaded 2-core machine).
 */
const YOUNG_GENERATION_MB = 6

/** What the main thread hands the build thread. */
interface BuildThreadData {
  layarBuildThread: true
  bundle: string
  argv: string[]
  env: Record<string, string | undefined>
  stderrIsTTY: boolean
  state: SharedArrayBuffer
}

/** Write guard over the shared state: what the build's host calls around writing a deck's outputs. */
export interface WriteGuard {
  /** `false` once the command was told to stop: then nothing more is written. */
  beginWrites(): boolean
  endWrites(): void
}

/**
 * Runs `entry` (a module that, evaluated in the thread, calls `buildThreadData()` and runs the bundle: the launcher)
 * in a worker thread with `argv` as its command line, and ends it on SIGINT
 * or SIGTERM as described above. The process's exit code is the thread's,
 * or 130 / 143 after a signal.
 */
export function runInBuildThread(entry: URL, bundle: string, argv: readonly string[], env: Readonly<Record<string, string | undefined>>): void {
  const state = new Int32Array(new SharedArrayBuffer(4))
  const data: BuildThreadData = { layarBuildThread: true, bundle, argv: [...argv], env: { ...env }, stderrIsTTY: process.stderr.isTTY === true, state: state.buffer as SharedArrayBuffer }
  const worker = new Worker(entry, { argv: [...argv], workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
  let signalled: keyof typeof SIGNAL_EXIT_CODES | null = null
  let timer: NodeJS.Timeout | undefined
  const stop = (signal: keyof typeof SIGNAL_EXIT_CODES): void => {
    if (signalled !== null) return
    signalled = signal
    Atomics.or(state, 0, ABORTED)
    worker.postMessage('abort')
    const since = Date.now()
    timer = setInterval(() => {
      if (Date.now() - since >= GRACE_MS && (Atomics.load(state, 0) & WRITING) === 0) void worker.terminate()
    }, 20)
  }
  const onInt = (): void => stop('SIGINT')
  const onTerm = (): void => stop('SIGTERM')
  process.on('SIGINT', onInt)
  process.on('SIGTERM', onTerm)
  worker.on('error', (error) => {
    process.stderr.write(`layar: internal error: ${error.message}. This is a bug in layar; please report it with the content that caused it.\n`)
    process.exitCode = 3
  })
  worker.on('exit', (code) => {
    clearInterval(timer)
    process.off('SIGINT', onInt)
    process.off('SIGTERM', onTerm)
    process.exitCode = signalled === null ? (process.exitCode ?? code) : SIGNAL_EXIT_CODES[signalled]
  })
}

/** In the build thread, what the main thread handed it; `null` anywhere else. */
export function buildThreadData(): BuildThreadData | null {
  if (isMainThread) return null
  const data = workerData as Partial<BuildThreadData> | null
  return data?.layarBuildThread === true ? (data as BuildThreadData) : null
}

/** In the build thread, calls `onAbort` when the main thread says stop; does not keep the thread alive. */
export function onAbortFromMain(onAbort: () => void): void {
  if (parentPort === null) return
  parentPort.on('message', (message) => {
    if (message === 'abort') onAbort()
  })
  parentPort.unref()
}

/** The write guard over the state shared with the main thread (see the steps above). */
export function writeGuard(buffer: SharedArrayBuffer): WriteGuard {
  const state = new Int32Array(buffer)
  return {
    beginWrites() {
      const before = Atomics.or(state, 0, WRITING)
      if ((before & ABORTED) === 0) return true
      Atomics.and(state, 0, ~WRITING)
      return false
    },
    endWrites() {
      Atomics.and(state, 0, ~WRITING)
    },
  }
}
