import type { DeckMeta, ImageAssets } from '../model/index.js'
import { bannerColorsOf } from '../theme/classification.js'
import type { Theme } from '../theme/theme.js'
import type { ThemeFaces } from './context.js'
import type { LoadedFace } from './font-metrics.js'
import { CANVAS, contentAreaOf, round2, roundBox, THEME_LOGO_KEY, TOLERANCE, verticalsOf } from './geometry.js'
import type { BannerText, Box, Chrome, ChromeText } from './laid-out.js'
import { naturalWidth, prepareText } from './measure.js'

/** A chrome text that does not fit its box on one line even at `MIN_CHROME_SIZE`. */
export interface ChromeOverflow {
  part: 'banner' | 'footer' | 'organization'
  text: string
  /** The size it is drawn at (the floor), in pt. */
  fontSize: number
}

/**
 * The repeated parts of every slide: classification banners (top and bottom,
 * only with `meta.classification`, in the colours of its marking level), and the footer band (above the bottom
 * banner, or below the top one with `chrome.footer: top`) holding footer,
 * organisation (centre third) and slide number in thirds inside the side
 * margins: number right and footer left, or the other way round with
 * `chrome.slideNumber: left`. Each text is measured in the body font (banners
 * bold) and shrunk until it fits its box on one line (see `chromeSize`); the
 * ones that cannot fit are returned in `overflows`. The theme logo gets its
 * box from `logoOf`.
 *
 * @param faces the theme's opened fonts (`themeFaces`)
 * @param assets the images, holding the logo's bytes under `THEME_LOGO_KEY`
 */
export function chromeOf(meta: DeckMeta, theme: Theme, faces: ThemeFaces, assets: ImageAssets = {}): { chrome: Chrome; overflows: ChromeOverflow[] } {
  const { banner, bandTop } = verticalsOf(meta, theme)
  const x = theme.margins.left
  const third = (CANVAS.width - theme.margins.left - theme.margins.right) / 3
  const band = (i: number): Box => roundBox({ x: x + i * third, y: bandTop, w: third, h: theme.footerHeight })
  const numberLeft = theme.chrome.slideNumber === 'left'
  const overflows: ChromeOverflow[] = []
  const text = (part: ChromeOverflow['part'], box: Box, value: string | null, size: number, align: ChromeText['align']): ChromeText | null => {
    if (value === null || value === '') return null
    const fitted = chromeSize(value, part === 'banner' ? faces.body.bold : faces.body.regular, size, box.w)
    if (!fitted.fits && !overflows.some((o) => o.part === part)) overflows.push({ part, text: value, fontSize: fitted.fontSize })
    return { box, fontSize: fitted.fontSize, text: value, align }
  }
  const bannerAt = (y: number): BannerText | null => {
    const placed = text('banner', { x: 0, y, w: CANVAS.width, h: banner }, meta.classification, theme.sizes.banner, 'center')
    if (placed === null) return null
    const colors = bannerColorsOf(theme, placed.text)
    return { ...placed, background: colors.background, color: colors.text }
  }
  const chrome: Chrome = {
    bannerTop: bannerAt(0),
    bannerBottom: bannerAt(CANVAS.height - banner),
    footer: text('footer', band(numberLeft ? 2 : 0), meta.footer, theme.sizes.footer, numberLeft ? 'right' : 'left'),
    organization: text('organization', band(1), meta.organization, theme.sizes.footer, 'center'),
    slideNumber: { box: band(numberLeft ? 0 : 2), fontSize: theme.sizes.footer, align: numberLeft ? 'left' : 'right' },
    logo: logoOf(meta, theme, assets),
  }
  return { chrome, overflows }
}

/** The footer's box in the footer band (left third, or right third with `chrome.slideNumber: left`) and its alignment. */
export function footerPlace(meta: DeckMeta, theme: Theme): { box: Box; align: ChromeText['align'] } {
  const { bandTop } = verticalsOf(meta, theme)
  const third = (CANVAS.width - theme.margins.left - theme.margins.right) / 3
  const numberLeft = theme.chrome.slideNumber === 'left'
  const box = roundBox({ x: theme.margins.left + (numberLeft ? 2 : 0) * third, y: bandTop, w: third, h: theme.footerHeight })
  return { box, align: numberLeft ? 'right' : 'left' }
}

/**
 * The logo's box: the theme's height, the picture's own aspect, in the chosen
 * corner of the margins, in the strip `contentAreaOf` keeps free for it
 * (below the top banner, or above the footer band). `null` without a logo or
 * its bytes (the build has reported why).
 */
function logoOf(meta: DeckMeta, theme: Theme, assets: ImageAssets): Chrome['logo'] {
  const asset = assets[THEME_LOGO_KEY]
  if (theme.logo === null || asset === undefined) return null
  const { height, position } = theme.logo
  const maxWidth = CANVAS.width - theme.margins.left - theme.margins.right
  const width = Math.min(maxWidth, (height * asset.width) / asset.height)
  const area = contentAreaOf(meta, theme)
  const y = position.startsWith('top') ? area.top - theme.gap - height : area.bottom + theme.gap
  const x = position.endsWith('left') ? theme.margins.left : CANVAS.width - theme.margins.right - width
  return { box: roundBox({ x, y, w: width, h: height }), key: THEME_LOGO_KEY }
}

/** The smallest size chrome text (banners, footer, organisation) shrinks to, in pt. */
export const MIN_CHROME_SIZE = 6

/** Chrome text shrinks in steps this big, in pt. */
const STEP = 0.5

/** A chrome text's size: the largest that keeps it on one line in its box, or the floor. */
export interface ChromeSize {
  fontSize: number
  /** Whether it fits at `fontSize`; `false` means it runs past its box even at `MIN_CHROME_SIZE`. */
  fits: boolean
}

/**
 * The size a chrome text is drawn at: the theme's `size`, shrunk in 0.5 pt
 * steps until the text (white space collapsed, on one line) fits `width`, down
 * to `MIN_CHROME_SIZE`. Both outputs draw chrome on one line without wrapping,
 * so it is measured as one line.
 *
 * @param text the chrome text as written
 * @param face the face it is drawn in (banners bold, footer regular)
 * @param size the theme's size for it, in pt
 * @param width its box width, in pt
 */
export function chromeSize(text: string, face: LoadedFace, size: number, width: number): ChromeSize {
  const prepared = prepareText([{ type: 'text', text, face }])
  const floor = Math.min(size, MIN_CHROME_SIZE)
  for (let step = 0; ; step++) {
    const candidate = Math.max(floor, round2(size - step * STEP))
    if (naturalWidth(prepared, candidate) <= width + TOLERANCE) return { fontSize: candidate, fits: true }
    if (candidate === floor) return { fontSize: floor, fits: false }
  }
}
