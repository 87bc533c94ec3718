import type { PlanBox } from './plan/index.js'
import { NO_BULLET_SCHEME } from './write-pptx.js'

/** A paragraph property element, self-closing or with children. */
const P_PR = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g

/**
 * pptxgenjs writes an `<a:pPr>` before every run of a paragraph, but a paragraph
 * may have only one, first. Keeps the first; turns the no-bullet indent scheme
 * (see `NO_BULLET_SCHEME`) into `<a:buNone/>` without a hanging indent.
 */
export function fixParagraphs(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, body: string) => {
    let seen = false
    const fixed = body.replace(P_PR, (pPr) => {
      if (seen) return ''
      seen = true
      return pPr.includes(`type="${NO_BULLET_SCHEME}"`) ? plainIndent(pPr) : pPr
    })
    return `<a:p>${fixed}</a:p>`
  })
}

/**
 * Bullet characters are drawn in the paragraph's own font, as the HTML deck
 * draws them. pptxgenjs writes no `<a:buFont>`, and then LibreOffice falls back
 * to its symbol font, which draws a smaller, raised bullet.
 */
export function fixBulletFont(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (whole, body: string) => {
    if (!body.includes('<a:buChar ') || body.includes('<a:buFont ')) return whole
    const typeface = /<a:latin typeface="([^"]*)"/.exec(body)?.[1]
    if (typeface === undefined) return whole
    return `<a:p>${body.replace('<a:buChar ', `<a:buFont typeface="${typeface}"/><a:buChar `)}</a:p>`
  })
}

function plainIndent(pPr: string): string {
  return pPr
    .replace(/ indent="-?\d+"/, ' indent="0"')
    .replace(/<a:buSzPct val="\d+"\/><a:buFont typeface="\+mj-lt"\/><a:buAutoNum type="[^"]*" startAt="\d+"\/>/, '<a:buNone/>')
}

/**
 * Text boxes get an explicit `<a:noAutofit/>`: layout decided the fit, so
 * neither PowerPoint nor LibreOffice may shrink or grow anything.
 */
export function fixAutofit(xml: string): string {
  return xml.replace(/<a:bodyPr([^>]*)><\/a:bodyPr>/g, '<a:bodyPr$1><a:noAutofit/></a:bodyPr>')
}

/** Shape ids unique within the part: 1, 2, 3… in document order (pptxgenjs reuses some). */
export function renumberShapeIds(xml: string): string {
  let next = 0
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++next}"`)
}

/** Placeholder references on one line, without pptxgenjs's custom-prompt flag on slides. */
export function tidyPlaceholders(xml: string, keepPrompt: boolean): string {
  return xml.replace(/<p:ph\b([^>]*?)\/>/g, (_whole, attrs: string) => {
    const cleaned = (keepPrompt ? attrs : attrs.replace(/hasCustomPrompt="1"/, '')).replace(/\s+/g, ' ').trim()
    return cleaned === '' ? '<p:ph/>' : `<p:ph ${cleaned}/>`
  })
}

/**
 * Moves the slide's title placeholder to `box` (pptxgenjs always copies the
 * master's box, but a slide's title may be taller, e.g. on two lines).
 */
export function placeTitle(xml: string, box: PlanBox): string {
  const emu = (points: number): number => Math.round(points * 12700)
  const shape = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\b[^>]*type="title"[^>]*\/>(?:(?!<\/p:sp>)[\s\S])*?<a:xfrm>(<a:off x="-?\d+" y="-?\d+"\/><a:ext cx="\d+" cy="\d+"\/>)/
  const match = shape.exec(xml)
  if (match === null || match[1] === undefined) throw new Error('pptx post-process: slide has a title but no title placeholder shape.')
  const start = match.index + match[0].length - match[1].length
  const xfrm = `<a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/>`
  return xml.slice(0, start) + xfrm + xml.slice(start + match[1].length)
}
