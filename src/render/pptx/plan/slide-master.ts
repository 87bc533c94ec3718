import type { LaidOutDeck } from '../../../layout/laid-out.js'
import { BULLETS } from '../../../layout/list-marker.js'
import type { ImageAssets } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { MasterPicture, PlaceholderPlan, PlaceholderText, SlideMasterPlan } from './master-types.js'
import type { MasterName, PlanBox } from './types.js'
import { pictureMime } from './image-frame.js'
import { chromeColorOf, chromeLine, contentBoxBelow, titlePlaceholder } from './masters.js'

/**
 * The slide master: the content slides' background, the classification
 * banners and the theme logo (so every layout, and every slide a user adds,
 * carries them), and the title, body, date, footer and slide-number
 * placeholders at the boxes layout measured, in the theme's fonts and colours.
 */
export function slideMasterFromDeck(deck: LaidOutDeck, theme: Theme, assets: ImageAssets): SlideMasterPlan {
  const title = titlePlaceholder('CONTENT', deck, theme)
  const titleStyle: PlaceholderText = { fontFace: title.fontFace, fontSize: title.fontSize, color: title.color, bold: true, align: title.align, anchor: 'middle' }
  const banners = [deck.chrome.bannerTop, deck.chrome.bannerBottom].flatMap((banner) =>
    banner === null ? [] : [{ ...chromeLine(banner, theme, banner.color, true), fill: banner.background }],
  )
  return {
    background: theme.layouts.content.background,
    banners,
    logo: logoOf(deck, assets),
    placeholders: [
      { type: 'title', idx: null, name: 'Title Placeholder 1', box: { ...title.box }, text: null },
      { type: 'body', idx: 1, name: 'Text Placeholder 2', box: contentBoxBelow(title.box, deck, theme), text: null },
      ...footerPlaceholders(deck, theme, 'CONTENT'),
    ],
    titleStyle,
    bodyStyle: {
      fontFace: theme.fonts.body.office,
      fontSize: theme.sizes.body,
      color: theme.colors.text,
      lineSpacing: theme.lineSpacing,
      spaceAfter: theme.paragraphSpacing * theme.sizes.body,
      listIndent: theme.listIndent,
      bullets: BULLETS,
    },
  }
}

/**
 * The date, footer and slide-number placeholders (`dt`, `ftr`, `sldNum`, idx
 * 10–12 as PowerPoint numbers them) in the footer band, clear of each other
 * and of the organisation: the footer in its third, the slide number at the
 * band's end. The date shares the number's third when the organisation holds
 * the middle one (the number takes the outer half, so it draws where the
 * slides draw theirs; the date the inner half, next to it), else it takes
 * the middle third. Layar shows no date until a user turns it on.
 */
export function footerPlaceholders(deck: LaidOutDeck, theme: Theme, master: MasterName): PlaceholderPlan[] {
  const { footer, slideNumber, organization } = deck.chrome
  const number = slideNumber.box
  const numberLeft = slideNumber.align === 'left'
  const footerBox: PlanBox = footer?.box ?? { ...number, x: numberLeft ? number.x + 2 * number.w : theme.margins.left }
  const half = number.w / 2
  const shared = organization !== null
  const numberBox: PlanBox = shared ? { ...number, x: numberLeft ? number.x : number.x + half, w: half } : { ...number }
  const dateBox: PlanBox = shared ? { ...number, x: numberLeft ? number.x + half : number.x, w: half } : { ...number, x: theme.margins.left + number.w }
  const text = (align: PlaceholderText['align']): PlaceholderText => ({
    fontFace: theme.fonts.body.office,
    fontSize: theme.sizes.footer,
    color: chromeColorOf(master, theme),
    bold: false,
    align,
    anchor: 'middle',
  })
  return [
    { type: 'dt', idx: 10, name: 'Date Placeholder', box: dateBox, text: text(shared ? (numberLeft ? 'left' : 'right') : 'center') },
    { type: 'ftr', idx: 11, name: 'Footer Placeholder', box: { ...footerBox }, text: { ...text(numberLeft ? 'right' : 'left'), fontSize: footer?.fontSize ?? theme.sizes.footer } },
    { type: 'sldNum', idx: 12, name: 'Slide Number Placeholder', box: numberBox, text: { ...text(slideNumber.align), fontSize: slideNumber.fontSize } },
  ]
}

/** The theme logo as a master picture, at the box layout gave it; its bytes must be in `assets`. */
function logoOf(deck: LaidOutDeck, assets: ImageAssets): MasterPicture | null {
  const logo = deck.chrome.logo
  if (logo === null) return null
  const asset = assets[logo.key]
  if (asset === undefined) throw new TypeError(`No image asset for the theme logo ${JSON.stringify(logo.key)}; pass it in assets.`)
  return { box: { ...logo.box }, path: logo.key, mime: pictureMime(asset) }
}
