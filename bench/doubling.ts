/**
 * What the hostile bench's linearity tables share (`bounds.ts`,
 * `inline-cuts.ts`, `inline-runs.ts`): CPU time of one piece of work, and a
 * table row of times at three sizes, each twice the last, with the ratio per
 * doubling. CPU time (`process.cpuUsage`, user + system) rather than wall
 * time, so other processes on the machine matter less.
 */

/** A ratio per doubling below this is linear, with noise (2× is exactly linear). */
const MAX_LINEAR_RATIO = 2.5

/** CPU milliseconds `work` took. */
export function cpuMs(work: () => void): number {
  const start = process.cpuUsage()
  work()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** One row: the shape's name, its three times in seconds, the ratio per doubling (the root of largest / smallest), then `extra` cells. */
export function doublingRow(name: string, times: readonly number[], extra: readonly string[] = []): { line: string; linear: boolean } {
  const [small = 0, middle = 0, large = 0] = times
  const ratio = Math.sqrt(large / small)
  const cells = [name, ...[small, middle, large].map((ms) => `${(ms / 1000).toFixed(2)} s`), `${ratio.toFixed(2)}×`, ...extra]
  return { line: `| ${cells.join(' | ')} |`, linear: ratio < MAX_LINEAR_RATIO }
}
