import type { LaidOutDeck } from '../../../layout/laid-out.js'
import type { ImageAssets } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { PptxPlan } from './types.js'
import { chromeColorOf, chromeLine, mastersFromDeck } from './masters.js'
import { slideToPlan } from './slides.js'
import { localeFromLang, oneLine } from './text-safety.js'
import { layoutsFromDeck } from './layouts.js'
import { slideMasterFromDeck } from './slide-master.js'
import { themeScheme } from './theme-scheme.js'

export type * from './types.js'
export type * from './master-types.js'
export { localeFromLang } from './text-safety.js'

/**
 * The PPTX plan of a laid-out deck: masters, slides and document properties as
 * plain data. Pure: same input, same plan.
 *
 * @param deck What layout decided (boxes, sizes, lines).
 * @param theme Colours and fonts; fonts use their `office` names.
 * @param assets Image bytes keyed by `Image.path`; only the mime type is read here.
 */
export function deckToPlan(deck: LaidOutDeck, theme: Theme, assets: ImageAssets): PptxPlan {
  const optional = (value: string | null): string | null => (value === null ? null : oneLine(value))
  const lang = localeFromLang(deck.meta.lang)
  const layouts = layoutsFromDeck(deck, theme)
  const footer = deck.chrome.footer === null ? null : chromeLine(deck.chrome.footer, theme, chromeColorOf('CONTENT', theme), false)
  return {
    meta: {
      title: oneLine(deck.meta.title),
      author: optional(deck.meta.author),
      subject: optional(deck.meta.subtitle),
      company: optional(deck.meta.organization),
      lang,
      headingFont: theme.fonts.heading.office,
      bodyFont: theme.fonts.body.office,
    },
    master: slideMasterFromDeck(deck, theme, assets),
    layouts,
    scheme: themeScheme(theme, lang),
    masters: mastersFromDeck(deck, theme),
    slides: deck.slides.map((slide) => slideToPlan(slide, { theme, assets, layouts, footer })),
  }
}
