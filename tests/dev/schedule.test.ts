import { describe, expect, it } from 'vitest'
import { rebuildQueue } from '../../src/cli/dev/schedule.js'

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const timing = { settleMs: 20, quietMs: 100 }

describe('rebuildQueue', () => {
  it('builds once, soon, after a lone change', async () => {
    const starts: number[] = []
    const queue = rebuildQueue(async () => void starts.push(performance.now()), timing)
    const at = performance.now()
    queue.request()
    await sleep(150)
    expect(starts).toHaveLength(1)
    expect(starts[0]! - at).toBeLessThan(90)
    await queue.stop()
  })

  it('never overlaps builds, and turns 50 changes in a second into at most two, the last one after the last change', async () => {
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
    let lastChange = 0
    for (let i = 0; i < 50; i++) {
      queue.request()
      lastChange = performance.now()
      await sleep(20)
    }
    await sleep(400)
    expect(overlapped).toBe(false)
    expect(starts.length).toBeGreaterThanOrEqual(1)
    expect(starts.length).toBeLessThanOrEqual(2)
    expect(starts.at(-1)!).toBeGreaterThan(lastChange)
    await queue.stop()
  })

  it('waits for a running build on stop and starts no other', async () => {
    let finished = 0
    const queue = rebuildQueue(async () => {
      await sleep(80)
      finished++
    }, timing)
    queue.request()
    await sleep(40) // the build is running now
    queue.request()
    await queue.stop()
    expect(finished).toBe(1)
    await sleep(200)
    expect(finished).toBe(1)
  })
})
