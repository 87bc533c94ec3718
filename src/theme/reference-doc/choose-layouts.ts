import { bulletLookOver, NO_BULLET_LOOK } from './bullet-look.js'
import { NO_PARAGRAPH, paragraphOver } from './paragraph-style.js'
import type { ReferenceTemplate, TemplateLayout, TemplatePlaceholder, TemplateSlideKind } from './types.js'

/** What each kind of layar slide looks for in a template: layout types first, then PowerPoint's (and Impress's) usual names. */
const WANTED: Readonly<Record<TemplateSlideKind, { types: readonly string[]; names: readonly string[]; titled: boolean }>> = {
  title: { types: ['title'], names: ['Title Slide'], titled: true },
  section: { types: ['secHead'], names: ['Section Header', 'Section Title'], titled: true },
  content: { types: ['obj'], names: ['Title and Content', 'Title, Content'], titled: true },
  twoColumn: { types: ['twoObj', 'twoTxTwoObj'], names: ['Two Content', 'Comparison', 'Title, 2 Content'], titled: true },
  // Title Only before Picture with Caption: layar places the picture below a content slide's title.
  image: { types: ['titleOnly', 'picTx'], names: ['Title Only', 'Picture with Caption'], titled: true },
  untitled: { types: ['blank', 'titleOnly'], names: ['Blank', 'Blank Slide', 'Title Only'], titled: false },
}

/** Where a kind falls back when the template has no layout for it. */
const FALLBACK: Readonly<Record<TemplateSlideKind, TemplateSlideKind | null>> = {
  title: 'content',
  section: 'title',
  content: null,
  twoColumn: 'content',
  image: 'content',
  untitled: 'content',
}

/** The layout chosen for each kind, and each kind that fell back (to warn about). */
export interface LayoutChoices {
  layouts: Record<TemplateSlideKind, TemplateLayout>
  fallbacks: Array<{ kind: TemplateSlideKind; wanted: string; used: string }>
}

/**
 * Picks the template layout each kind of layar slide is built on: by layout
 * type, then by name (PowerPoint's usual names, then LibreOffice Impress's);
 * a titled kind only takes a layout with a title placeholder. A kind the
 * template has no layout for uses another kind's (see `FALLBACK`), and is listed.
 */
export function chooseLayouts(template: ReferenceTemplate): LayoutChoices {
  const found: Partial<Record<TemplateSlideKind, TemplateLayout>> = {}
  for (const kind of Object.keys(WANTED) as TemplateSlideKind[]) {
    const wanted = WANTED[kind]
    const usable = template.layouts.filter((layout) => !wanted.titled || titleOf(layout) !== null)
    const match =
      wanted.types.map((type) => usable.find((layout) => layout.type === type)).find((layout) => layout !== undefined) ??
      wanted.names.map((name) => usable.find((layout) => sameName(layout.name, name))).find((layout) => layout !== undefined)
    if (match !== undefined) found[kind] = match
  }
  const fallbacks: LayoutChoices['fallbacks'] = []
  const resolve = (kind: TemplateSlideKind): TemplateLayout => {
    const own = found[kind]
    if (own !== undefined) return own
    const next = FALLBACK[kind]
    return next === null ? (template.layouts.find((layout) => titleOf(layout) !== null) ?? (template.layouts[0] as TemplateLayout)) : resolve(next)
  }
  const layouts = {} as Record<TemplateSlideKind, TemplateLayout>
  for (const kind of Object.keys(WANTED) as TemplateSlideKind[]) {
    layouts[kind] = resolve(kind)
    if (found[kind] === undefined) fallbacks.push({ kind, wanted: WANTED[kind].names[0] ?? kind, used: layouts[kind].name })
  }
  return { layouts, fallbacks }
}

/** A layout's title placeholder (`title` or `ctrTitle`), or `null`. */
export function titleOf(layout: TemplateLayout): TemplatePlaceholder | null {
  return layout.placeholders.find((ph) => ph.type === 'title' || ph.type === 'ctrTitle') ?? null
}

/** Its body placeholders (`body`, `obj`, `subTitle`), in order. */
export function bodiesOf(layout: TemplateLayout): TemplatePlaceholder[] {
  return layout.placeholders.filter((ph) => ph.type === 'body' || ph.type === 'obj' || ph.type === 'subTitle')
}

/**
 * A layout placeholder with what it leaves unset taken from the master's
 * placeholder of its kind (title from title, bodies from body, dt/ftr/sldNum
 * from their own), and the master's text styles for its size.
 */
export function inherited(ph: TemplatePlaceholder, template: ReferenceTemplate): TemplatePlaceholder {
  const master = template.master
  const kind = ph.type === 'ctrTitle' ? 'title' : ph.type === 'obj' || ph.type === 'subTitle' || ph.type === 'pic' ? 'body' : ph.type
  const parent = master.placeholders.find((candidate) => candidate.type === kind)
  const styleSize = kind === 'title' ? master.titleSize : kind === 'body' ? master.bodySize : null
  const styleAlign = kind === 'title' ? master.titleAlign : kind === 'body' ? master.bodyAlign : null
  const styleParagraph = kind === 'title' ? master.titleParagraph : kind === 'body' ? master.bodyParagraph : NO_PARAGRAPH
  return {
    ...ph,
    box: ph.box ?? parent?.box ?? null,
    fontSize: ph.fontSize ?? parent?.fontSize ?? styleSize,
    color: ph.color ?? parent?.color ?? null,
    insets: ph.insets ?? parent?.insets ?? null,
    anchor: ph.anchor ?? parent?.anchor ?? null,
    align: ph.align ?? parent?.align ?? styleAlign,
    paragraph: paragraphOver(ph.paragraph, paragraphOver(parent?.paragraph ?? NO_PARAGRAPH, styleParagraph)),
    bulletLooks: ph.bulletLooks.map((look, level) =>
      bulletLookOver(look, bulletLookOver(parent?.bulletLooks[level] ?? NO_BULLET_LOOK, kind === 'body' ? (master.bodyBulletLooks[level] ?? NO_BULLET_LOOK) : NO_BULLET_LOOK)),
    ),
    bullets: ph.bullets.map((bullet, level) => bullet ?? parent?.bullets[level] ?? (kind === 'body' ? (master.bodyBullets[level] ?? null) : null)),
  }
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.toLowerCase()
}
