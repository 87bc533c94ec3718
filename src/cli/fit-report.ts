import type { BuildDeckResult } from '../build/index.js'

/**
 * One line per deck saying what the layout did to make it fit, for `layar
 * check`: how many source slides were shrunk, split (and into how many
 * slides) or still overflow. The per-slide details are the `fit-*` messages.
 * With `strict` (`check --strict`) nothing was shrunk or split: the line says
 * what the slides would need, which `--strict` refuses.
 */
export function fitReport(decks: readonly BuildDeckResult[], strict = false): string {
  return decks.map((deck) => `${deck.file.path}: ${deckLine(deck, strict)}\n`).join('')
}

function deckLine({ laidOut }: BuildDeckResult, strict: boolean): string {
  if (laidOut === null) return 'not laid out (see the errors above)'
  let shrunk = 0
  let overflowing = 0
  let split = 0
  let added = 0
  for (const slide of laidOut.slides) {
    if (slide.layout === 'title' || slide.layout === 'section') continue
    if (slide.fit.type === 'shrunk') shrunk += 1
    if (slide.fit.type === 'overflows') overflowing += 1
    if (slide.continuation?.part === 1) split += 1
    if (slide.continuation !== undefined && slide.continuation.part > 1) added += 1
  }
  const total = laidOut.slides.length
  if (strict) {
    if (split + shrunk + overflowing === 0) return `${total} slides; every slide fits at the theme's sizes`
    return `${total - added} slides; ${split} would need splitting (into ${added} more), ${shrunk} shrinking, ${overflowing} overflow, which \`--strict\` refuses (see the errors above)`
  }
  return `${total} slides; ${split} split (adding ${added}), ${shrunk} shrunk, ${overflowing} overflowing`
}
