import type { Element } from 'xast'
import { BULLET_LEVELS } from './paragraph-style.js'
import { child, children, intAttr, path } from './xml.js'

/** The colour a fill-like element names (drawing's `colorIn` with the template's scheme). */
export type ColorOf = (fill: Element | undefined) => string | null

/** How a level's bullet is drawn: its colour (`a:buClr`, six hex digits) and size (`a:buSzPct`, a fraction of the text's); `null`: inherited. */
export interface TemplateBulletLook {
  color: string | null
  size: number | null
}

export const NO_BULLET_LOOK: Readonly<TemplateBulletLook> = { color: null, size: null }

/** The bullet colour and size a paragraph-properties element sets. */
export function bulletLookOf(properties: Element | undefined, colorOf: ColorOf): TemplateBulletLook {
  const percent = intAttr(child(properties, 'a:buSzPct'), 'val')
  return {
    color: colorOf(child(properties, 'a:buClr')),
    size: percent === null || percent <= 0 ? null : percent / 100000,
  }
}

/** `over`'s settings, with what it leaves unset from `under`. */
export function bulletLookOver(over: TemplateBulletLook, under: TemplateBulletLook): TemplateBulletLook {
  return { color: over.color ?? under.color, size: over.size ?? under.size }
}

/** A placeholder's first levels' bullet looks: its list style's, else its example paragraphs' of that level (Impress). */
export function levelBulletLooks(body: Element | undefined, colorOf: ColorOf): TemplateBulletLook[] {
  const examples = body === undefined ? [] : children(body).filter((element) => element.name === 'a:p').map((paragraph) => child(paragraph, 'a:pPr'))
  return Array.from({ length: BULLET_LEVELS }, (_, level) => {
    const example = examples.find((properties) => (intAttr(properties, 'lvl') ?? 0) === level)
    return bulletLookOver(bulletLookOf(path(body, 'a:lstStyle', `a:lvl${level + 1}pPr`), colorOf), bulletLookOf(example, colorOf))
  })
}

/** The master body style's first levels' bullet looks (`p:txStyles`). */
export function styleBulletLooks(master: Element, colorOf: ColorOf): TemplateBulletLook[] {
  return Array.from({ length: BULLET_LEVELS }, (_, level) => bulletLookOf(path(master, 'p:txStyles', 'p:bodyStyle', `a:lvl${level + 1}pPr`), colorOf))
}
