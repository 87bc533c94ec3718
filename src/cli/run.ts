import { buildThreadData, onAbortFromMain, writeGuard } from './build-thread.js'
import { main } from './main.js'

/**
 * The process entry point: the only place that reads the real process and exits.
 * No top-level await: this file is bundled as CommonJS (see scripts/bundle.mjs).
 *
 * Building commands run here in a worker thread (see build-thread.ts): the
 * main thread receives the signals and says `abort`, and the thread writes
 * outputs only through its write guard.
 */
const interrupt = new AbortController()
const thread = buildThreadData()
if (thread === null) {
  process.once('SIGINT', () => interrupt.abort())
  process.once('SIGTERM', () => interrupt.abort())
} else {
  onAbortFromMain(() => interrupt.abort())
}
const stderrIsTTY = thread === null ? process.stderr.isTTY === true : thread.stderrIsTTY
void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: stderrIsTTY && !('NO_COLOR' in process.env),
  signal: interrupt.signal,
  ...(thread === null ? {} : { writeGuard: writeGuard(thread.state) }),
}).then((code) => {
  process.exitCode = code
})
