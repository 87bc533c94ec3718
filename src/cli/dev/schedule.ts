/** A debounced queue that runs at most one rebuild at a time. */
export interface RebuildQueue {
  /** Asks for a rebuild because a file changed. */
  request(): void
  /** Stops taking requests and waits for a running rebuild to finish. */
  stop(): Promise<void>
}

/** How long the queue waits before rebuilding. */
export interface RebuildTiming {
  /** After a lone change: long enough for an editor to finish writing, short enough to feel instant. */
  settleMs: number
  /**
   * Inside a burst of changes: the quiet time after the last one. Must exceed
   * the usual gap between the watcher's events during a burst of saves, or the
   * burst looks like many lone saves.
   */
  quietMs: number
}

/**
 * Runs `rebuild` after file changes, never two at once. A lone save (its few
 * file events) builds `settleMs` after its last event. Changes during a
 * rebuild, or soon after one, are a burst: the next rebuild waits until
 * `quietMs` pass without a change. It reads the files afresh, so the latest
 * change always wins, and a burst of saves (50 in a second) costs at most two
 * rebuilds: one at its start, one after its end.
 *
 * @param rebuild the work; it must not reject (the dev loop catches its own errors)
 */
export function rebuildQueue(rebuild: () => Promise<void>, timing: RebuildTiming): RebuildQueue {
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  let dirty = false
  let stopped = false
  // Whether the armed timer waits out a burst (quietMs) rather than a lone save (settleMs).
  let trailing = false
  let lastChange = -Infinity
  let lastBuildEnd = -Infinity
  let dueAt = 0
  let waitedLate = false

  const arm = (delayMs: number, burst: boolean): void => {
    if (timer) clearTimeout(timer)
    trailing = burst
    dueAt = performance.now() + Math.max(0, delayMs)
    timer = setTimeout(fire, Math.max(0, delayMs))
  }
  const fire = (): void => {
    timer = null
    // Fired late inside a burst: the process was busy (the previous save's PPTX, say), so
    // file events of the burst may still be queued behind this timer. Let them count, once.
    if (trailing && !waitedLate && performance.now() - dueAt > timing.settleMs) {
      waitedLate = true
      arm(timing.quietMs, true)
      return
    }
    waitedLate = false
    trailing = false
    if (stopped || running) return
    running = rebuild().finally(() => {
      running = null
      lastBuildEnd = performance.now()
      if (!dirty || stopped) return
      dirty = false
      arm(Math.max(timing.settleMs, lastChange + timing.quietMs - lastBuildEnd), true)
    })
  }
  return {
    request() {
      if (stopped) return
      const now = performance.now()
      lastChange = now
      if (running) {
        dirty = true
        return
      }
      // Soon after a rebuild, a change continues a burst: a long rebuild can hold back a
      // saver in the same process, and the burst then resumes.
      const burst = trailing || now - lastBuildEnd < timing.quietMs
      arm(burst ? timing.quietMs : timing.settleMs, burst)
    },
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      timer = null
      await running
    },
  }
}
