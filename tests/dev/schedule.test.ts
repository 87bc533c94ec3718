import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { rebuildQueue } from '../../src/cli/dev/schedule.js'

/**
 * The queue's timing logic on a fake clock: `setTimeout`, `clearTimeout` and
 * `performance.now()` are vitest's, so every start time is exact and the
 * tests never depend on how busy the machine is.
 */
const timing = { settleMs: 20, quietMs: 100 }
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const advance = (ms: number): Promise<void> => vi.advanceTimersByTimeAsync(ms).then(() => undefined)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
})

afterEach(() => {
  vi.useRealTimers()
})

describe('rebuildQueue', () => {
  it('builds once, settleMs after a lone change', async () => {
    const starts: number[] = []
    const queue = rebuildQueue(async () => void starts.push(performance.now()), timing)
    const at = performance.now()
    queue.request()
    await advance(timing.settleMs - 1)
    expect(starts).toEqual([])
    await advance(1)
    expect(starts).toEqual([at + timing.settleMs])
    await advance(1_000)
    expect(starts).toHaveLength(1)
    await queue.stop()
  })

  it('never overlaps builds, and turns 50 changes in a second into two: one at the start, one quietMs after the last change', async () => {
    let running = 0
    let overlapped = false
    const starts: number[] = []
    const queue = rebuildQueue(async () => {
      overlapped ||= running > 0
      running++
      starts.push(performance.now())
      await sleep(60)
      running--
    }, timing)
    const first = performance.now()
    let lastChange = 0
    for (let i = 0; i < 50; i++) {
      queue.request()
      lastChange = performance.now()
      await advance(20)
    }
    await advance(1_000)
    expect(overlapped).toBe(false)
    expect(starts).toEqual([first + timing.settleMs, lastChange + timing.quietMs])
    await queue.stop()
  })

  it('waits for a running build on stop and starts no other', async () => {
    let finished = 0
    const queue = rebuildQueue(async () => {
      await sleep(80)
      finished++
    }, timing)
    queue.request()
    await advance(40) // the build started at settleMs and runs until 100
    queue.request()
    let stopped = false
    const stopping = queue.stop().then(() => void (stopped = true))
    await advance(59)
    expect(stopped).toBe(false)
    await advance(1)
    await stopping
    expect(finished).toBe(1)
    await advance(1_000)
    expect(finished).toBe(1)
  })
})
