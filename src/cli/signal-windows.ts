import type { WriteGuard } from './build-thread.js'

/** Exit codes of a command stopped by a signal while writing: 128 + its number, as shells report it. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const

/** A signal this module handles. */
export type StopSignal = keyof typeof SIGNAL_EXIT_CODES

/** The part of `process` the windows use: signal listeners. */
export interface SignalSource {
  on(signal: StopSignal, listener: () => void): unknown
  off(signal: StopSignal, listener: () => void): unknown
}

/** A write guard that also says which signal stopped the command, if one did. */
export interface SignalWindows extends WriteGuard {
  /** The signal that arrived while outputs were being written; `null` if none did. */
  stoppedBy(): StopSignal | null
  /** The process's exit code: `code`, or 128 + the signal's number if one stopped the command. */
  exitCode(code: number): number
}

/**
 * How `build` and `check` stop on SIGINT or SIGTERM when they run in the main
 * thread (one-shot builds without PDF: see launch.ts), without the build thread
 * whose start-up cost about 100 ms of every cold build.
 *
 * Outside writing, no listener is installed, so the signal's default action
 * ends the process at once, even in the middle of a long synchronous layout
 * where a JavaScript listener would wait for the event loop. Nothing is lost
 * by that: outputs are written through temporary files renamed into place,
 * and only between `beginWrites` and `endWrites`. While a deck's outputs are
 * being written a listener is installed: the signal calls `onStop` (the
 * command's abort signal: no further output is begun), the deck being
 * written is completed, and the command ends with 128 + the signal's number.
 *
 * @param source where the signals arrive (`process`)
 * @param onStop called once, on the first signal that arrives while writing
 */
export function signalWindows(source: SignalSource, onStop: () => void): SignalWindows {
  let stoppedBy: StopSignal | null = null
  let open = false
  const stop = (signal: StopSignal): void => {
    if (stoppedBy !== null) return
    stoppedBy = signal
    onStop()
  }
  const onInt = (): void => stop('SIGINT')
  const onTerm = (): void => stop('SIGTERM')
  return {
    beginWrites() {
      if (stoppedBy !== null) return false
      if (!open) {
        source.on('SIGINT', onInt)
        source.on('SIGTERM', onTerm)
        open = true
      }
      return true
    },
    endWrites() {
      if (!open) return
      // Removing the last listener gives the signals their default action back.
      source.off('SIGINT', onInt)
      source.off('SIGTERM', onTerm)
      open = false
    },
    stoppedBy: () => stoppedBy,
    exitCode: (code) => (stoppedBy === null ? code : SIGNAL_EXIT_CODES[stoppedBy]),
  }
}
