import { createRequire } from 'node:module'

/** fontkit's API, as layout uses it. */
export type Fontkit = typeof import('fontkit')

/**
 * fontkit, loaded on first use. Its module decompresses Unicode data tables
 * as it loads (~30 ms), and a build whose words are all in the width cache
 * never opens a font, so it should not pay for that.
 *
 * Note: in the CLI bundle (CommonJS), `require` exists and scripts/bundle.mjs
 * turns this call into one of `./fontkit.cjs`, fontkit bundled on its own
 * beside the CLI bundle, read only when it is first made; from the
 * TypeScript sources (ES modules, tests) `require` does not exist and Node
 * loads the installed package.
 */
export function fontkitModule(): Fontkit {
  // Node keeps the module once loaded; this runs only when a font file is opened.
  return (typeof require === 'function' ? require('fontkit') : createRequire(import.meta.url)('fontkit')) as Fontkit
}
