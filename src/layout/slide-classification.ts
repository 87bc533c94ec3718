import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import type { DeckMeta, Position, SlideStyle } from '../model/index.js'
import { classificationRank } from '../theme/classification.js'
import { chromeOf } from './chrome.js'
import type { LayoutContext } from './context.js'
import type { BodyLayout } from './laid-out.js'

/**
 * The banners of a slide marked on its own (`classification="…"` on its
 * heading), where the deck's banners are, in the colours of its level; `{}`
 * when the slide shows the deck's. A marking lower than the deck's is
 * reported and not shown (a slide is never marked below its deck), and so is
 * a marking on a deck without `classification:` (no slide has room for banners).
 * Levels of no common rank (a theme's own) are not compared: the slide's is shown.
 *
 * @param style the slide's style (from its heading's attributes)
 * @param meta the deck's metadata, with its own marking
 */
export function slideBanners(style: SlideStyle | undefined, meta: DeckMeta, ctx: LayoutContext, file: VFile, position: Position): Pick<BodyLayout, 'banners'> {
  const marking = style?.classification ?? null
  if (marking === null) return {}
  const deck = meta.classification
  if (deck === null) {
    report(file, 'slide-classification-unmarked-deck', { slide: marking }, position)
    return {}
  }
  const slideRank = classificationRank(marking)
  const deckRank = classificationRank(deck)
  if (slideRank !== null && deckRank !== null && slideRank < deckRank) {
    report(file, 'slide-classification-lower', { slide: marking, deck }, position)
    return {}
  }
  if (marking === deck) return {}
  // The deck's chrome with this marking: the same boxes, sized and coloured for its text.
  const { chrome, overflows } = chromeOf({ ...meta, classification: marking }, ctx.theme, ctx.faces, ctx.assets)
  const banner = overflows.find((overflow) => overflow.part === 'banner')
  if (banner !== undefined) report(file, 'chrome-too-long', { part: 'classification banner', text: banner.text, size: banner.fontSize }, position)
  if (chrome.bannerTop === null || chrome.bannerBottom === null) return {}
  return { banners: { top: chrome.bannerTop, bottom: chrome.bannerBottom } }
}
