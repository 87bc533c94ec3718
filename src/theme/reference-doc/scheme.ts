import type { Element } from 'xast'
import { colorIn } from './drawing.js'
import type { ReferenceTemplate, SchemeColorName } from './types.js'
import { attr, child, path } from './xml.js'

const SLOTS: readonly SchemeColorName[] = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink']

/** Office's own scheme, for a slot a theme part leaves out. */
const OFFICE: Record<SchemeColorName, string> = {
  dk1: '000000',
  lt1: 'FFFFFF',
  dk2: '44546A',
  lt2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
  hlink: '0563C1',
  folHlink: '954F72',
}

/** The colour scheme and the Latin faces of the font scheme of a theme part (`a:theme`). */
export function schemeOf(theme: Element): Pick<ReferenceTemplate, 'colors' | 'fonts'> {
  const elements = child(theme, 'a:themeElements')
  const scheme = child(elements, 'a:clrScheme')
  const colors = { ...OFFICE }
  for (const slot of SLOTS) {
    const color = colorIn(child(scheme, `a:${slot}`), () => null)
    if (color !== null) colors[slot] = color
  }
  const face = (name: string): string => attr(path(elements, 'a:fontScheme', name, 'a:latin'), 'typeface')?.trim() || 'Calibri'
  return { colors, fonts: { major: face('a:majorFont'), minor: face('a:minorFont') } }
}
