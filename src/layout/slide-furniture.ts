import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import { inlineText, type ContentSlide, type DeckMeta, type List, type Paragraph } from '../model/index.js'
import { chromeSize, footerPlace } from './chrome.js'
import type { LayoutContext } from './context.js'
import { round2, roundBox } from './geometry.js'
import type { Region } from './frames.js'
import type { ChromeText, TextFrame } from './laid-out.js'
import { textBlocksHeight, textMetrics } from './text-frame.js'
import { mathLineMetrics } from './math-lines.js'

/**
 * A slide's own footer (Quarto's `::: footer`), on one line in the deck
 * footer's place, shrunk like the deck's footer (reported when even the
 * smallest size cannot hold it). Both outputs draw it instead of the deck's.
 */
export function slideFooterOf(slide: ContentSlide, meta: DeckMeta, ctx: LayoutContext, file: VFile): ChromeText | undefined {
  if (slide.footer === undefined) return undefined
  const text = inlineText(slide.footer).replace(/\s+/g, ' ').trim()
  const { box, align } = footerPlace(meta, ctx.theme)
  const fitted = chromeSize(text, ctx.faces.body.regular, ctx.theme.sizes.footer, box.w)
  if (!fitted.fits) report(file, 'chrome-too-long', { part: 'slide footer', text, size: fitted.fontSize }, slide.position)
  return { box, fontSize: fitted.fontSize, text, align }
}

/** A slide's asides (Quarto's `::: aside`) and the room they take above the foot of its body, gap included; 0 without. */
export interface SlideAside {
  blocks: ReadonlyArray<Paragraph | List>
  room: number
}

/** The asides of a slide, measured in a body `width` pt wide, in small text (the footnotes' size). */
export function slideAsideOf(slide: ContentSlide, ctx: LayoutContext, width: number): SlideAside {
  const blocks = slide.aside ?? []
  if (blocks.length === 0) return { blocks, room: 0 }
  return { blocks, room: textBlocksHeight(blocks, ctx.faces, textMetrics(ctx.theme, asideSize(ctx)), width) + ctx.theme.gap }
}

/** A region with the room of the asides taken off its foot. */
export function regionAboveAside(region: Region, aside: SlideAside): Region {
  return aside.room === 0 ? region : { ...region, h: Math.max(0, region.h - aside.room) }
}

/** The asides as one small text frame, its bottom on the bottom of `region`; `null` without. */
export function asideFrame(aside: SlideAside, ctx: LayoutContext, region: Region): TextFrame | null {
  if (aside.blocks.length === 0) return null
  const metrics = textMetrics(ctx.theme, asideSize(ctx))
  const h = aside.room - ctx.theme.gap
  return {
    type: 'text',
    box: roundBox({ x: region.x, y: region.y + region.h - h, w: region.w, h }),
    fontSize: metrics.fontSize,
    lineHeight: round2(metrics.lineHeight),
    paragraphSpacing: round2(metrics.paragraphSpacing),
    listIndent: metrics.listIndent,
    blocks: [...aside.blocks],
    ...mathLineMetrics(aside.blocks, ctx.faces.body.regular),
  }
}

function asideSize(ctx: LayoutContext): number {
  return Math.min(ctx.theme.sizes.minBody, ctx.theme.sizes.body)
}
