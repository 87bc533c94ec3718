import { main } from './main.js'

/**
 * The process entry point: the only place that reads the real process and exits.
 * No top-level await: this file is bundled as CommonJS (see scripts/bundle.mjs).
 */
const interrupt = new AbortController()
process.once('SIGINT', () => interrupt.abort())
process.once('SIGTERM', () => interrupt.abort())
void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stderr.isTTY === true && !('NO_COLOR' in process.env),
  signal: interrupt.signal,
}).then((code) => {
  process.exitCode = code
})
