import type { Element } from 'xast'
import { child, EMU_PER_PT, intAttr } from './xml.js'

/** A spacing as DrawingML writes it: a share of a line (`a:spcPct`, 1 = one line) or points (`a:spcPts`). */
export type TemplateSpacing = { type: 'lines'; value: number } | { type: 'points'; value: number }

/**
 * What a template's first text level sets of its paragraphs (`a:lvl1pPr`, or
 * the `a:pPr` of a placeholder's example paragraph, as Impress writes it);
 * `null`: left to the level above (layout → master placeholder → master text style).
 */
export interface TemplateParagraph {
  /** Left margin of the text, in points (`marL`). */
  marginLeft: number | null
  /** First-line indent, in points (`indent`; negative: a hanging bullet). */
  indent: number | null
  lineSpacing: TemplateSpacing | null
  spaceBefore: TemplateSpacing | null
  spaceAfter: TemplateSpacing | null
}

/** Nothing set: every field inherited. */
export const NO_PARAGRAPH: TemplateParagraph = { marginLeft: null, indent: null, lineSpacing: null, spaceBefore: null, spaceAfter: null }

/** What a paragraph-properties element (`a:lvl1pPr`, `a:pPr`) sets. */
export function paragraphOf(properties: Element | undefined): TemplateParagraph {
  if (properties === undefined) return NO_PARAGRAPH
  const emu = (name: string): number | null => {
    const value = intAttr(properties, name)
    return value === null ? null : value / EMU_PER_PT
  }
  return {
    marginLeft: emu('marL'),
    indent: emu('indent'),
    lineSpacing: spacingOf(child(properties, 'a:lnSpc')),
    spaceBefore: spacingOf(child(properties, 'a:spcBef')),
    spaceAfter: spacingOf(child(properties, 'a:spcAft')),
  }
}

/** `own`'s fields, each taken from `parent` where `own` leaves it unset. */
export function paragraphOver(own: TemplateParagraph, parent: TemplateParagraph): TemplateParagraph {
  return {
    marginLeft: own.marginLeft ?? parent.marginLeft,
    indent: own.indent ?? parent.indent,
    lineSpacing: own.lineSpacing ?? parent.lineSpacing,
    spaceBefore: own.spaceBefore ?? parent.spaceBefore,
    spaceAfter: own.spaceAfter ?? parent.spaceAfter,
  }
}

function spacingOf(spacing: Element | undefined): TemplateSpacing | null {
  const percent = intAttr(child(spacing, 'a:spcPct'), 'val')
  if (percent !== null) return { type: 'lines', value: percent / 100_000 }
  const points = intAttr(child(spacing, 'a:spcPts'), 'val')
  return points === null ? null : { type: 'points', value: points / 100 }
}

/** A level's bullet: a character (in its bullet font, if it names one), none, or an automatic number. */
export type TemplateBullet = { type: 'char'; char: string; font: string | null } | { type: 'none' } | { type: 'number' }

/** The list levels whose bullets layar reads (it repeats them deeper, as it does its own). */
export const BULLET_LEVELS = 3

/** The bullet a paragraph-properties element sets, or `null` when it leaves it to the level above. */
export function bulletOf(properties: Element | undefined): TemplateBullet | null {
  if (properties === undefined) return null
  if (child(properties, 'a:buNone') !== undefined) return { type: 'none' }
  if (child(properties, 'a:buAutoNum') !== undefined) return { type: 'number' }
  const char = child(properties, 'a:buChar')?.attributes.char
  if (typeof char !== 'string' || char === '') return null
  const font = child(properties, 'a:buFont')?.attributes.typeface
  return { type: 'char', char, font: typeof font === 'string' ? font : null }
}
