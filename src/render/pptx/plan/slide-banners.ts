import type { BannerText, BodyLayout, SectionLayout } from '../../../layout/laid-out.js'
import { collapseWhitespace } from '../../../layout/whitespace.js'
import type { Theme } from '../../../theme/index.js'
import { xmlSafe } from './text-safety.js'
import type { TextShape } from './types.js'

/**
 * A slide's own classification banners (see `BodyLayout.banners`) as filled
 * text boxes exactly over its master's banners, so the slide shows its
 * marking in its level's colours; none for a slide marked as the deck.
 */
export function slideBannerShapes(slide: BodyLayout | SectionLayout, theme: Theme): TextShape[] {
  if (slide.banners === undefined) return []
  return [bannerShape('Classification Banner Top', slide.banners.top, theme), bannerShape('Classification Banner Bottom', slide.banners.bottom, theme)]
}

function bannerShape(name: string, banner: BannerText, theme: Theme): TextShape {
  return {
    type: 'text',
    name,
    placeholder: null,
    box: { ...banner.box },
    fill: banner.background,
    margin: 0,
    valign: 'middle',
    // One line, as layout measured it and the masters draw theirs.
    wrap: false,
    paragraphs: [
      {
        align: banner.align,
        lineSpacing: Math.round(banner.fontSize * 1.2 * 100) / 100,
        spaceAfter: 0,
        marker: { type: 'none' },
        runs: [
          {
            text: collapseWhitespace(xmlSafe(banner.text), true).text.replace(/ $/, ''),
            fontFace: theme.fonts.body.office,
            fontSize: banner.fontSize,
            color: banner.color,
            bold: true,
            italic: false,
            strike: false,
            underline: false,
            hyperlink: null,
            breakBefore: false,
          },
        ],
      },
    ],
  }
}
