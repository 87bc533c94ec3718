import type { Element } from 'xast'
import { x } from 'xastscript'
import type { ChromeLine, PlaceholderPlan, PlaceholderText, PlanBox } from './plan/index.js'
import { complexScriptFace, eastAsianFace } from './script-fonts.js'

/**
 * DrawingML/PresentationML shapes of the master and layouts (and a slide's
 * footer placeholder), built as xast trees. Colours and faces are written
 * explicitly; the part transforms turn the theme's into scheme colours and
 * theme fonts afterwards, as on every other part.
 */

const EMU_PER_POINT = 12700

/** Points to EMU, as a string attribute value. */
export function emu(points: number): string {
  return String(Math.round(points * EMU_PER_POINT))
}

/** `<a:xfrm>` of a box. */
export function xfrm(box: PlanBox): Element {
  return x('a:xfrm', [x('a:off', { x: emu(box.x), y: emu(box.y) }), x('a:ext', { cx: emu(box.w), cy: emu(box.h) })])
}

function solid(color: string): Element {
  return x('a:solidFill', [x('a:srgbClr', { val: color.toUpperCase() })])
}

const ALIGN = { left: 'l', center: 'ctr', right: 'r' } as const

/** `<a:rPr>` (or `<a:defRPr>`) with size, weight, colour and the Latin, east-Asian and complex-script faces. */
export function runProperties(name: 'a:rPr' | 'a:defRPr', style: Omit<PlaceholderText, 'align' | 'anchor'>, lang: string, text = ''): Element {
  return x(name, { lang, sz: String(Math.round(style.fontSize * 100)), b: style.bold ? '1' : '0', dirty: name === 'a:rPr' ? '0' : undefined }, [
    solid(style.color),
    x('a:latin', { typeface: style.fontFace }),
    x('a:ea', { typeface: eastAsianFace(text, lang) }),
    x('a:cs', { typeface: complexScriptFace(text) }),
  ])
}

/** `<a:bodyPr>` with no insets, anchored at the top or the middle; `autofit` shrinks text a user adds past the box (PowerPoint's body placeholders). */
export function bodyProperties(anchor: 'top' | 'middle', wrap: boolean, autofit: boolean): Element {
  return x('a:bodyPr', { vert: 'horz', wrap: wrap ? 'square' : 'none', lIns: '0', tIns: '0', rIns: '0', bIns: '0', rtlCol: '0', anchor: anchor === 'top' ? 't' : 'ctr' }, [
    x(autofit ? 'a:normAutofit' : 'a:noAutofit'),
  ])
}

/** `<p:ph>` of a placeholder; a content placeholder (`obj`) is written without `type`, as PowerPoint writes it. */
export function placeholderReference(type: PlaceholderPlan['type'], idx: number | null): Element {
  const size = type === 'dt' ? 'half' : type === 'ftr' || type === 'sldNum' ? 'quarter' : undefined
  return x('p:ph', { type: type === 'obj' ? undefined : type, sz: size, idx: idx === null ? undefined : String(idx) })
}

/** A placeholder shape of the master or a layout: its box, its text style, and for date, footer and slide number its field or text. */
export function placeholderShape(id: number, placeholder: PlaceholderPlan, lang: string, footerText: string | null): Element {
  const text = placeholder.text
  const isBody = placeholder.type === 'body' || placeholder.type === 'obj' || placeholder.type === 'subTitle'
  const levels = text === null ? [] : [x('a:lvl1pPr', { marL: '0', indent: '0', algn: ALIGN[text.align] }, [x('a:buNone'), runProperties('a:defRPr', text, lang)])]
  return x('p:sp', [
    x('p:nvSpPr', [
      x('p:cNvPr', { id: String(id), name: placeholder.name }),
      x('p:cNvSpPr', [x('a:spLocks', { noGrp: '1' })]),
      x('p:nvPr', [placeholderReference(placeholder.type, placeholder.idx)]),
    ]),
    x('p:spPr', [xfrm(placeholder.box), x('a:prstGeom', { prst: 'rect' }, [x('a:avLst')])]),
    x('p:txBody', [
      bodyProperties(text?.anchor ?? (isBody ? 'top' : 'middle'), placeholder.type !== 'ftr' && placeholder.type !== 'sldNum' && placeholder.type !== 'dt', isBody),
      x('a:lstStyle', levels),
      x('a:p', placeholderContent(placeholder, lang, footerText)),
    ]),
  ])
}

function placeholderContent(placeholder: PlaceholderPlan, lang: string, footerText: string | null): Element[] {
  const end = x('a:endParaRPr', { lang })
  if (placeholder.type === 'sldNum') return [x('a:fld', { id: SLIDE_NUMBER_FIELD, type: 'slidenum' }, [x('a:rPr', { lang }), x('a:t', '‹#›')]), end]
  if (placeholder.type === 'dt') return [x('a:fld', { id: DATE_FIELD, type: 'datetime1' }, [x('a:rPr', { lang }), x('a:t', '')]), end]
  if (placeholder.type === 'ftr' && footerText !== null) return [x('a:r', [x('a:rPr', { lang }), x('a:t', footerText)]), end]
  return [end]
}

/** Field GUIDs (any fixed GUID: PowerPoint matches fields by `type`). */
const SLIDE_NUMBER_FIELD = '{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}'
const DATE_FIELD = '{6A1E1A0B-3C1B-4E26-9B4A-0F5F3D1E7C21}'

/** One line of chrome (organisation, classification marking) as a shape that is not a placeholder; a banner carries its fill. */
export function chromeShape(id: number, name: string, line: ChromeLine, lang: string, fill: string | null = null): Element {
  return x('p:sp', [
    x('p:nvSpPr', [x('p:cNvPr', { id: String(id), name }), x('p:cNvSpPr'), x('p:nvPr', { userDrawn: '1' })]),
    x('p:spPr', [xfrm(line.box), x('a:prstGeom', { prst: 'rect' }, [x('a:avLst')]), fill === null ? x('a:noFill') : solid(fill), x('a:ln', [x('a:noFill')])]),
    x('p:txBody', [
      bodyProperties('middle', false, false),
      x('a:lstStyle'),
      x('a:p', [x('a:pPr', { marL: '0', indent: '0', algn: ALIGN[line.align] }, [x('a:buNone')]), x('a:r', [runProperties('a:rPr', line, lang, line.text), x('a:t', line.text)])]),
    ]),
  ])
}

/** The group-shape header every `<p:spTree>` starts with. */
export function shapeTreeHeader(): Element[] {
  return [
    x('p:nvGrpSpPr', [x('p:cNvPr', { id: '1', name: '' }), x('p:cNvGrpSpPr'), x('p:nvPr')]),
    x('p:grpSpPr', [x('a:xfrm', [x('a:off', { x: '0', y: '0' }), x('a:ext', { cx: '0', cy: '0' }), x('a:chOff', { x: '0', y: '0' }), x('a:chExt', { cx: '0', cy: '0' })])]),
  ]
}

/** `<p:bg>` of one colour. */
export function background(color: string): Element {
  return x('p:bg', [x('p:bgPr', [solid(color), x('a:effectLst')])])
}
