// Stands in for `franc-min` in the CLI bundle (scripts/bundle.mjs).
// franc builds its trigram tables for ~80 languages when its module loads
// (~15 % of a cold `layar build` before any work), but layar asks it only
// for a deck without `lang:`. franc is bundled on its own beside the CLI
// bundle (dist-lib/bundle/franc.cjs, see scripts/bundle.mjs), so its tables
// are neither read nor built unless a deck needs them.
/* global require */

/** franc's `francAll`, loading franc on first call. */
export function francAll(value, options) {
  return require('./franc.cjs').francAll(value, options)
}
