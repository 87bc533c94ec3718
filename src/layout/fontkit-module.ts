import { createRequire } from 'node:module'

/** fontkit's API, as layout uses it. */
export type Fontkit = typeof import('fontkit')

let loaded: Fontkit | null = null

/**
 * fontkit, loaded on first use. Its module decompresses Unicode data tables
 * as it loads (~30 ms), and a build whose words are all in the width cache
 * never opens a font, so it should not pay for that.
 *
 * Note: in the CLI bundle (CommonJS), `require` exists and esbuild bundles
 * this call, running fontkit's code only when it is first made; from the
 * TypeScript sources (ES modules, tests) `require` does not exist and Node
 * loads the installed package.
 */
export function fontkitModule(): Fontkit {
  loaded ??= (typeof require === 'function' ? require('fontkit') : createRequire(import.meta.url)('fontkit')) as Fontkit
  return loaded
}

/** Whether fontkit has been loaded in this process; for tests that a fully cached build never loads it. */
export function fontkitLoaded(): boolean {
  return loaded !== null
}
