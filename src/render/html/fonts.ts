import { fontSubsetFiles } from '../../layout/font-files.js'
import type { FontFace } from '../../layout/font-files.js'
import type { LayoutCache } from '../../layout/layout-cache.js'
import type { FontPair, Theme } from '../../theme/index.js'
import type { FontRole, FontUsage } from './context.js'

/**
 * `@font-face` rules embedding, as woff2 data: URLs, only the font subset
 * files the deck needs: for each face it draws text in, the subsets whose
 * ranges cover a code point it draws. The files come from `fontSubsetFiles`,
 * the very files the layout measured with.
 *
 * Note: faces of roles that share a family (heading and body often do) are
 * merged, so each file is embedded once.
 */
export function fontFacesCss(theme: Theme, usage: FontUsage, cache: LayoutCache): string {
  const merged = new Map<string, { font: FontPair; face: FontFace; points: Set<number> }>()
  for (const [key, points] of usage) {
    const [role, weight, style] = key.split('|') as [FontRole, string, FontFace['style']]
    const font = theme.fonts[role]
    const face: FontFace = { weight: weight === '700' ? 700 : 400, style }
    const id = `${font.package}|${font.web}|${face.weight}|${face.style}`
    const entry = merged.get(id) ?? { font, face, points: new Set<number>() }
    for (const point of points) entry.points.add(point)
    merged.set(id, entry)
  }
  const rules: string[] = []
  for (const { font, face, points } of merged.values()) {
    for (const file of fontSubsetFiles(font, face, cache)) {
      if (!file.ranges.some(([from, to]) => [...points].some((p) => p >= from && p <= to))) continue
      rules.push(fontFaceRule(font.web, face, file.unicodeRange, file.woff2))
    }
  }
  return rules.join('\n')
}

function fontFaceRule(family: string, face: FontFace, unicodeRange: string, woff2: Uint8Array): string {
  // Family names and ranges are checked so the rule is built from safe text only.
  if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(family)) throw new TypeError(`Font name ${JSON.stringify(family)} is not a plain family name.`)
  if (!/^[0-9A-Fa-fU+,\s-]+$/.test(unicodeRange)) throw new TypeError(`Unexpected unicode-range ${JSON.stringify(unicodeRange)}.`)
  const data = Buffer.from(woff2).toString('base64')
  return `@font-face{font-family:"${family}";font-style:${face.style};font-weight:${face.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${unicodeRange}}`
}
