// Stands in for `mathml2omml` in the CLI bundle (scripts/bundle.mjs).
// Only a deck with formulas converts MathML to Office Math; mathml2omml and
// its XML parser are bundled on their own beside the CLI bundle
// (dist-lib/bundle/mathml2omml.cjs) and loaded by the first formula.
/* global require */

/** mathml2omml's `mml2omml`, loading mathml2omml on first call. */
export function mml2omml(mathml, options) {
  return require('./mathml2omml.cjs').mml2omml(mathml, options)
}
