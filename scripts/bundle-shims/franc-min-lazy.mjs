// Stands in for `franc-min` in the CLI bundle (scripts/bundle.mjs).
// franc builds its trigram tables for ~80 languages when its module loads
// (~15 % of a cold `layar build` before any work), but layar asks it only
// for a deck without `lang:`. A `require()` in a bundle is wrapped by esbuild
// to run on first call, so the tables are built only when a deck needs them.
// The path is the real package's, which `alias` does not redirect here again.
/* global require */

/** franc's `francAll`, loading franc on first call. */
export function francAll(value, options) {
  return require('../../node_modules/franc-min/index.js').francAll(value, options)
}
