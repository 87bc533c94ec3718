import { buildThreadData, onAbortFromMain, writeGuard, type WriteGuard } from './build-thread.js'
import { main } from './main.js'
import { signalWindows, type SignalWindows } from './signal-windows.js'

/**
 * The process entry point: the only place that reads the real process and exits.
 * No top-level await: this file is bundled as CommonJS (see scripts/bundle.mjs).
 *
 * Long-running commands (`dev`, `build --watch`) and PDF builds run here in a
 * worker thread (see build-thread.ts): the main thread receives the signals
 * and says `abort`, and the thread writes outputs only through its write
 * guard. One-shot builds run in the main thread, where a signal ends the
 * process at once unless outputs are being written (see signal-windows.ts).
 */
const interrupt = new AbortController()
const thread = buildThreadData()
// The write guard, and the exit code a signal gives the command (the build thread's is set by the main thread).
const guard: WriteGuard & Pick<SignalWindows, 'exitCode'> =
  thread === null ? signalWindows(process, () => interrupt.abort()) : { ...writeGuard(thread.state), exitCode: (code) => code }
if (thread !== null) onAbortFromMain(() => interrupt.abort())
const stderrIsTTY = thread === null ? process.stderr.isTTY === true : thread.stderrIsTTY
void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: stderrIsTTY && !('NO_COLOR' in process.env),
  signal: interrupt.signal,
  writeGuard: guard,
}).then((code) => {
  process.exitCode = guard.exitCode(code)
  // The build thread ends when its work does; the main thread has nothing left once the command's promise settles.
  if (thread === null) exitOnceFlushed()
})

/**
 * Ends the process as soon as stdout and stderr have taken what was written
 * to them (at once for files and terminals, where Node writes synchronously
 * on POSIX; a pipe or socket, written asynchronously there, may still be
 * draining), with the exit code set above. Letting the process end
 * by itself made Node free the environment and tear down V8's heap page by
 * page first: ~50 ms of a cold build between its last line and its exit
 * (118 → 65 ms, medians of 11 interleaved runs of the naive article, load
 * ~12), for memory the system takes back at exit anyway. `exit` listeners
 * (the code cache, run-bundle.ts) still run.
 */
function exitOnceFlushed(): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit()))
}
