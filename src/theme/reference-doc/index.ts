import type { Theme } from '../theme.js'
import { chooseLayouts } from './choose-layouts.js'
import { templateMediaKey, themeFromTemplate } from './derive-theme.js'
import { readReferenceDoc } from './read-template.js'

export { MAX_TEMPLATE_BYTES, MAX_TEMPLATE_UNPACKED, readReferenceDoc } from './read-template.js'
export { templateMediaKey } from './derive-theme.js'
export { openFontOf } from './open-fonts.js'
export type * from './types.js'

/** How far a template's slide may be from 16:9 (layar's canvas) and still be used. */
const ASPECT_TOLERANCE = 0.01

/** A theme laid over a template, or why the template cannot be used. */
export type TemplateTheme =
  | {
      type: 'ok'
      theme: Theme
      /** Its master's and layouts' pictures, by image-asset key (`templateMediaKey`). */
      media: Record<string, Uint8Array>
      /** Template fonts drawn with a look-alike open font (fit approximate). */
      substitutedFonts: Array<{ font: string; substitute: string }>
      /** Kinds of slide the template has no layout for, and the layout they use. */
      missingLayouts: Array<{ kind: string; wanted: string; used: string }>
    }
  | { type: 'error'; detail: string }

/**
 * The theme of a deck built on a PowerPoint template: `base` with the
 * template's colours, fonts, sizes and boxes (see `themeFromTemplate`), and
 * `theme.template` naming the layout each kind of slide uses.
 *
 * @param base the deck's theme (a theme file's own keys in `keep` win over the template)
 * @param bytes the template file
 * @param file its path as shown in messages
 */
export async function themeWithTemplate(base: Theme, bytes: Uint8Array, file: string, keep: readonly string[]): Promise<TemplateTheme> {
  const read = await readReferenceDoc(bytes, file)
  if (read.type === 'error') return read
  const template = read.template
  const ratio = template.size.width / template.size.height
  if (Math.abs(ratio / (16 / 9) - 1) > ASPECT_TOLERANCE) {
    const inches = (pt: number): string => (pt / 72).toFixed(2)
    return { type: 'error', detail: `its slides are ${inches(template.size.width)} × ${inches(template.size.height)} in, not 16:9 like layar's; set the template's slide size to a 16:9 one (Design → Slide Size → Widescreen)` }
  }
  const choices = chooseLayouts(template)
  const derived = themeFromTemplate(base, template, choices, new Set(keep))
  const media: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>
  for (const [part, data] of Object.entries(template.media)) media[templateMediaKey(part)] = data
  return {
    type: 'ok',
    theme: derived.theme,
    media,
    substitutedFonts: derived.approximate.map((font) => ({ font: font.pair.office, substitute: font.pair.web })),
    missingLayouts: choices.fallbacks.map((fallback) => ({ kind: kindName[fallback.kind], wanted: fallback.wanted, used: fallback.used })),
  }
}

const kindName = { title: 'title', section: 'section', content: 'content', twoColumn: 'two-column', image: 'image', untitled: 'untitled' } as const
