import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import type { ElementTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import type { BulletLook, SlidePlan } from '../plan/index.js'

/** CT_TextParagraphProperties' children after the bullet colour, and after the bullet size (schema order). */
const AFTER_COLOR: readonly string[] = ['a:buSzTx', 'a:buSzPct', 'a:buSzPts', 'a:buFontTx', 'a:buFont', 'a:buNone', 'a:buAutoNum', 'a:buChar', 'a:buBlip', 'a:tabLst', 'a:defRPr', 'a:extLst']
const AFTER_SIZE = AFTER_COLOR.slice(3)

/**
 * A template's bullet colour and size (the plan's `marker.look`, from its body
 * style) on the bullet paragraphs: pptxgenjs writes neither `<a:buClr>` nor a
 * bullet size other than 100 %. A paragraph is matched by its bullet character
 * and level (`lvl` is the plan's depth − 1).
 */
export const bulletLooks: ElementTransform = {
  type: 'elements',
  name: 'bullet-looks',
  appliesTo: isSlidePart,
  names: ['a:pPr'],
  start({ slide }) {
    const looks = slide === undefined ? new Map<string, BulletLook>() : looksByBullet(slide)
    if (looks.size === 0) return null
    return {
      visit(pPr) {
        const char = named(pPr, 'a:buChar')
        const look = char === undefined ? undefined : looks.get(key(String(char.attributes.char ?? ''), Number(pPr.attributes.lvl ?? 0) + 1))
        if (look === undefined) return
        if (look.color !== null) put(pPr, ['a:buClrTx', 'a:buClr'], x('a:buClr', [x('a:srgbClr', { val: look.color })]), AFTER_COLOR)
        if (look.size !== null) put(pPr, ['a:buSzTx', 'a:buSzPct', 'a:buSzPts'], x('a:buSzPct', { val: String(Math.round(look.size * 100000)) }), AFTER_SIZE)
      },
    }
  },
}

function key(char: string, depth: number): string {
  return `${depth}:${char}`
}

/** Bullet (depth and character) → the template's look, for the slide's bullets that have one. */
function looksByBullet(slide: SlidePlan): Map<string, BulletLook> {
  const looks = new Map<string, BulletLook>()
  for (const shape of slide.shapes) {
    if (shape.type !== 'text') continue
    for (const { marker } of shape.paragraphs) if (marker.type === 'bullet' && marker.look !== undefined) looks.set(key(marker.char, marker.depth), marker.look)
  }
  return looks
}

function named(parent: Element, name: string): Element | undefined {
  return parent.children.find((node): node is Element => node.type === 'element' && node.name === name)
}

/** Replaces the first of `names` with `element`, or inserts it before the first child of `before` (at the end without one). */
function put(pPr: Element, names: readonly string[], element: Element, before: readonly string[]): void {
  const at = pPr.children.findIndex((node) => node.type === 'element' && names.includes(node.name))
  if (at >= 0) {
    pPr.children.splice(at, 1, element)
    return
  }
  const next = pPr.children.findIndex((node: ElementContent) => node.type === 'element' && before.includes(node.name))
  pPr.children.splice(next < 0 ? pPr.children.length : next, 0, element)
}
