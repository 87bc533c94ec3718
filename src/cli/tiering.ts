import { setFlagsFromString } from 'node:v8'

/**
 * How much bytecode a function runs before V8 considers optimising it with
 * TurboFan: ~30× V8's default (67,584). A cold build runs most of layar's
 * code once or a few times; with the default budget V8 compiled hundreds of
 * functions with TurboFan that had little left to run (and deoptimised some),
 * ~250 ms of CPU of the naive article's cold build and of the default deck's
 * (both ~1.0–1.4 s of CPU at load 7 on 2 cores; ~2,000–2,500 fewer page
 * faults), and more than it saved on 1,000 slides too (7.2 → 6.0 s of CPU).
 * Code that really is hot (the measuring, XML and zip loops) still reaches
 * the budget soon and is optimised. Medians of 9 interleaved runs each.
 */
const INTERRUPT_BUDGET = 2_000_000

/**
 * Sets V8's tiering for the bundle about to be compiled (see
 * `INTERRUPT_BUDGET`). V8 flags are the process's: called by the CLI's
 * launcher only, never by the library, and always before the bundle is
 * compiled, since V8 refuses a code cache written under other flags (the
 * flags are part of what it checks), so every command that reads or writes
 * the cache must run with the same ones. The same check makes Node's own
 * modules loaded after this call (fs/promises, readline, perf_hooks, …)
 * compile from source instead of from Node's embedded code cache: ~1–3 ms,
 * measured and accepted. It holds for `dev` too, for the whole session.
 */
export function tuneTieringForShortRuns(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
}
