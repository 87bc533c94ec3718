import type { Element } from 'xast'
import { x } from 'xastscript'
import type { TreeTransform } from '../part-transforms.js'
import type { SchemeColorName, SchemeFonts, ThemeScheme } from '../plan/index.js'
import { childElements, documentElement } from '../xml-tree.js'

const COLOR_ORDER: readonly SchemeColorName[] = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink']

/**
 * `ppt/theme/theme1.xml` is the layar theme: its name, colour scheme and font
 * scheme replace pptxgenjs's copy of Office's (accent1 4472C4, …), so Design →
 * Colors / Fonts in PowerPoint starts from the deck's theme. The format scheme
 * (fills, lines, effects) stays pptxgenjs's, which is Office's.
 */
export const themePart: TreeTransform = {
  type: 'tree',
  name: 'theme-part',
  appliesTo: (path) => /^ppt\/theme\/theme\d+\.xml$/.test(path),
  transform(tree, { scheme }) {
    const theme = documentElement(tree)
    theme.attributes.name = scheme.name
    const elements = childElements(theme).find((child) => child.name === 'a:themeElements')
    if (elements === undefined) throw new Error('pptx: theme part has no a:themeElements.')
    elements.children = childElements(elements).map((child) => {
      if (child.name === 'a:clrScheme') return colorScheme(scheme)
      if (child.name === 'a:fontScheme') return fontScheme(scheme)
      return child
    })
  },
}

/** `<a:clrScheme>` of the layar theme. */
export function colorScheme(scheme: ThemeScheme): Element {
  return x(
    'a:clrScheme',
    { name: scheme.name },
    COLOR_ORDER.map((name) => x(`a:${name}`, [x('a:srgbClr', { val: scheme.colors[name] })])),
  )
}

/** `<a:fontScheme>` of the layar theme: headings major, body minor. */
export function fontScheme(scheme: ThemeScheme): Element {
  const fonts = (name: string, faces: SchemeFonts): Element =>
    x(name, [x('a:latin', { typeface: faces.latin }), x('a:ea', { typeface: faces.ea }), x('a:cs', { typeface: faces.cs })])
  return x('a:fontScheme', { name: scheme.name }, [fonts('a:majorFont', scheme.majorFont), fonts('a:minorFont', scheme.minorFont)])
}
