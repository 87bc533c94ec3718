// Stands in for `lowlight` in the CLI bundle (scripts/bundle.mjs).
// highlight.js builds its core and its 37 common grammars as its modules load
// (~5 ms of every cold `layar build`, and ~0.2 MB the bundle's every start
// reads, copies and keeps in the code cache), but layar highlights only
// code blocks, and makes its highlighter on the first (src/layout/highlight.ts).
// lowlight is bundled on its own beside the CLI bundle (dist-lib/bundle/lowlight.cjs),
// so a deck without code never loads it.
/* global require */

/**
 * Stands for lowlight's `common` grammars, which `createLowlight` below
 * swaps for the real ones: the grammars themselves are the code that loads late.
 */
export const common = Object.freeze({})

/** lowlight's `createLowlight`, loading lowlight on first call; `common` above means lowlight's common grammars. */
export function createLowlight(grammars) {
  const lowlight = require('./lowlight.cjs')
  return lowlight.createLowlight(grammars === common ? lowlight.common : grammars)
}
