import { contrastRatio, relativeLuminance } from '../contrast.js'
import type { Theme, ThemeTemplate, ThemeTemplateLayout, TemplateDecoration, TemplateTextBox } from '../theme.js'
import { bodiesOf, inherited, titleOf, type LayoutChoices } from './choose-layouts.js'
import { openFontOf, type OpenFont } from './open-fonts.js'
import type { TemplateSpacing } from './paragraph-style.js'
import { templateSlideKinds, type ReferenceTemplate, type TemplateBox, type TemplateDrawing, type TemplateLayout, type TemplatePlaceholder } from './types.js'

/** The layar canvas width in points (layout's `CANVAS`, which the theme layer may not import). */
const CANVAS_WIDTH = 960
const CANVAS_HEIGHT = 540

/** The image-asset key of a template's media part. */
export function templateMediaKey(media: string): string {
  return `template:${media}`
}

/** A theme derived from a template, and the template fonts only approximated by their open stand-ins. */
export interface DerivedTheme {
  theme: Theme
  approximate: OpenFont[]
}

/**
 * The layar theme of a template: colours from its colour scheme and its
 * layouts' backgrounds and placeholder colours, fonts from its font scheme
 * (each with its open stand-in), sizes from its placeholders (master → layout
 * inheritance), margins, title height and gap from the boxes of its content
 * layout, all scaled to layar's 960 pt wide canvas. What `base` does not get
 * from a template (code colours, banner colours, line spacing, chrome) is kept,
 * and so is every key in `keep` (a theme file's own overrides).
 *
 * @param base the theme the template's values are laid over
 * @param keep dotted keys (`colors.accent`, `sizes.body`) whose `base` value wins
 */
export function themeFromTemplate(base: Theme, template: ReferenceTemplate, choices: LayoutChoices, keep: ReadonlySet<string>): DerivedTheme {
  const scale = template.size.width / CANVAS_WIDTH
  const pt = (value: number): number => Math.round((value / scale) * 100) / 100
  const content = choices.layouts.content
  const scheme = (slot: string): string => template.colors[(template.master.colorMap[slot] ?? slot) as keyof typeof template.colors] ?? '000000'
  const background = (layout: TemplateLayout): string =>
    (layout.background?.type === 'color' ? layout.background.color : null) ??
    (template.master.background?.type === 'color' ? template.master.background.color : null) ??
    scheme('bg1')
  const title = (layout: TemplateLayout): { size: number | null; color: string; resolved: TemplatePlaceholder | null } => {
    const ph = titleOf(layout)
    const resolved = ph === null ? null : inherited(ph, template)
    return { size: resolved?.fontSize ?? template.master.titleSize, color: resolved?.color ?? scheme('tx1'), resolved }
  }
  const bodyPh = bodiesOf(content)[0]
  const body = bodyPh === undefined ? null : inherited(bodyPh, template)
  const text = body?.color ?? scheme('tx1')
  // A background picture (or a colour the text was not made for): the scheme colour the text reads best on.
  const bg = readable(text, background(content), [scheme('bg1'), scheme('tx1'), scheme('bg2'), scheme('tx2')])
  const heading = openFontOf(template.fonts.major)
  const bodyFont = openFontOf(template.fonts.minor)
  const titleLayout = choices.layouts.title
  const subtitlePh = titleLayout.placeholders.find((ph) => ph.type === 'subTitle')
  const subtitleSize = subtitlePh === undefined ? null : inherited(subtitlePh, template).fontSize
  const bodySize = pt(body?.fontSize ?? template.master.bodySize ?? base.sizes.body * scale)
  const contentTitle = title(content)
  const titleSize = pt(contentTitle.size ?? base.sizes.title * scale)
  const accent = template.colors.accent1
  const layoutStyle = (layout: TemplateLayout): { background: string; title: string } => ({ background: background(layout), title: title(layout).color })

  const theme: Theme = {
    ...base,
    name: base.name,
    colors: {
      ...base.colors,
      background: bg,
      text,
      title: contentTitle.color,
      accent,
      link: template.colors.hlink,
      muted: mix(text, bg, 0.4),
      codeBackground: mix(text, bg, 0.92),
      codeText: text,
      tableHeaderBackground: accent,
      tableHeaderText: readableOn(accent),
      tableRowBackground: bg,
      tableRowAltBackground: mix(accent, bg, 0.85),
      tableBorder: mix(accent, bg, 0.5),
      titleSlideBackground: background(titleLayout),
      titleSlideText: title(titleLayout).color,
      sectionBackground: background(choices.layouts.section),
      sectionText: title(choices.layouts.section).color,
    },
    fonts: { ...base.fonts, heading: heading.pair, body: bodyFont.pair },
    sizes: {
      ...base.sizes,
      titleSlideTitle: pt(title(titleLayout).size ?? base.sizes.titleSlideTitle * scale),
      subtitle: pt(subtitleSize ?? base.sizes.subtitle * scale),
      sectionTitle: pt(title(choices.layouts.section).size ?? base.sizes.sectionTitle * scale),
      title: titleSize,
      body: bodySize,
      minBody: Math.min(base.sizes.minBody, bodySize),
      code: Math.min(base.sizes.code, bodySize),
      minCode: Math.min(base.sizes.minCode, base.sizes.code, bodySize),
      table: Math.min(base.sizes.table, bodySize),
    },
    layouts: { content: layoutStyle(content), twoColumn: layoutStyle(choices.layouts.twoColumn), image: layoutStyle(choices.layouts.image) },
    ...geometry(base, contentTitle.resolved, body, pt),
    ...paragraphSpacing(base, body, pt),
    ...bulletsOf(body),
    ...bulletLooksOf(body),
    template: themeTemplate(template, choices, scale),
  }
  return { theme: keepOverrides(theme, base, keep), approximate: [heading, bodyFont].filter((font) => font.approximate) }
}

/**
 * Margins, title height and gap from where the content layout's title and
 * body placeholders draw text: their boxes inside their insets (layar points).
 */
function geometry(base: Theme, title: TemplatePlaceholder | null, body: TemplatePlaceholder | null, pt: (value: number) => number): Pick<Theme, 'margins' | 'titleHeight' | 'gap'> {
  if (title?.box == null || body?.box == null) return { margins: base.margins, titleHeight: base.titleHeight, gap: base.gap }
  const inner = (ph: TemplatePlaceholder, box: TemplateBox): TemplateBox => {
    const [left, top, right, bottom] = ph.insets ?? DEFAULT_INSETS
    return { x: box.x + left, y: box.y + top, w: Math.max(1, box.w - left - right), h: Math.max(1, box.h - top - bottom) }
  }
  const titleText = inner(title, title.box)
  const bodyText = inner(body, body.box)
  const left = Math.max(4, pt(bodyText.x))
  const right = Math.max(4, round(CANVAS_WIDTH - pt(bodyText.x + bodyText.w)))
  const top = Math.max(4, pt(titleText.y))
  const bottom = Math.max(4, round(CANVAS_HEIGHT - base.footerHeight - pt(bodyText.y + bodyText.h)))
  const gap = Math.min(36, Math.max(6, round(pt(bodyText.y) - pt(titleText.y + titleText.h))))
  return { margins: { top, right, bottom, left }, titleHeight: Math.max(20, pt(titleText.h)), gap }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/** layar's own bullets by level (layout's `BULLETS`, which the theme layer may not import). */
const OWN_BULLETS = ['•', '–', '◦'] as const

/** Fonts whose bullet characters are pictures at private code points that no other font draws. */
const SYMBOL_FONT = /^(wingdings|webdings|symbol|opensymbol|starsymbol|marlett)\b/i

/**
 * The template body's bullet characters for the first three levels, where it
 * sets a character any font can draw (one character, not a private-use code
 * point of a symbol font such as Wingdings, as Impress's templates use);
 * layar's own for the other levels. Nothing when no level differs from layar's.
 */
function bulletsOf(body: TemplatePlaceholder | null): Pick<Theme, 'bullets'> {
  const chars = OWN_BULLETS.map((own, level) => {
    const bullet = body?.bullets[level]
    if (bullet?.type !== 'char' || [...bullet.char].length !== 1) return own
    const code = bullet.char.codePointAt(0) ?? 0
    const drawable = !(code >= 0xe000 && code <= 0xf8ff) && !(bullet.font !== null && SYMBOL_FONT.test(bullet.font))
    return drawable ? bullet.char : own
  })
  return chars.some((char, level) => char !== OWN_BULLETS[level]) ? { bullets: chars } : {}
}

/** The template body's bullet colours and sizes for the first three levels; nothing when it sets none. */
function bulletLooksOf(body: TemplatePlaceholder | null): Pick<Theme, 'bulletLooks'> {
  const looks = (body?.bulletLooks ?? []).map((look) => ({ color: look.color, size: look.size === null || look.size === 1 ? null : round(look.size * 100) / 100 }))
  return looks.some((look) => look.color !== null || look.size !== null) ? { bulletLooks: looks } : {}
}

/** PowerPoint's single line spacing, as a multiple of the font size (the Office fonts' ascent, descent and line gap). */
const SINGLE_LINE = 1.2

/**
 * Line spacing, paragraph spacing and list indent from the first level of
 * the content layout's body placeholder (master → layout inheritance), where
 * it sets them and they are within what a slide can use; `base`'s otherwise.
 */
function paragraphSpacing(base: Theme, body: TemplatePlaceholder | null, pt: (value: number) => number): Pick<Theme, 'lineSpacing' | 'paragraphSpacing' | 'listIndent'> {
  const style = body?.paragraph
  const size = body?.fontSize ?? null
  // As a multiple of the font size; spacing in points needs the size it was set for.
  const multiple = (spacing: TemplateSpacing | null): number | null =>
    spacing === null ? null : spacing.type === 'lines' ? spacing.value * SINGLE_LINE : size === null || size <= 0 ? null : spacing.value / size
  const within = (value: number | null, min: number, max: number): number | null => (value !== null && value >= min && value <= max ? Math.round(value * 100) / 100 : null)
  const lineSpacing = within(multiple(style?.lineSpacing ?? null), 0.9, 2) ?? base.lineSpacing
  const before = multiple(style?.spaceBefore ?? null)
  const after = multiple(style?.spaceAfter ?? null)
  const spacing = before === null && after === null ? null : (before ?? 0) + (after ?? 0)
  const margin = style?.marginLeft ?? null
  return {
    lineSpacing,
    paragraphSpacing: within(spacing, 0, 1.5) ?? base.paragraphSpacing,
    listIndent: within(margin === null ? null : pt(margin), 12, 72) ?? base.listIndent,
  }
}

function themeTemplate(template: ReferenceTemplate, choices: LayoutChoices, scale: number): ThemeTemplate {
  const layouts = {} as ThemeTemplate['layouts']
  for (const kind of templateSlideKinds) {
    const layout = choices.layouts[kind]
    const title = titleOf(layout)
    layouts[kind] = {
      path: layout.path,
      name: layout.name,
      title: title === null ? null : title.type === 'ctrTitle' ? 'ctrTitle' : 'title',
      titleText: title === null ? null : textBoxOf(inherited(title, template), scale),
      bodies: inReadingOrder(bodiesOf(layout)).map((ph) => ({ type: ph.type, idx: ph.idx, text: textBoxOf(inherited(ph, template), scale) })),
      fields: layout.placeholders.filter((ph) => ['dt', 'ftr', 'sldNum'].includes(ph.type)).map((ph) => ({ type: ph.type, idx: ph.idx })),
      decorations: decorationsOf(layout, template, scale),
    }
  }
  return { file: template.file, size: { ...template.size }, scale, colors: { ...template.colors }, colorMap: { ...template.master.colorMap }, fonts: { ...template.fonts }, layouts }
}

/**
 * Body placeholders in the layout's order, except that placeholders a slide
 * can only tell apart by order (the same type and `idx`, as Impress writes
 * the columns of Two Content) are ordered by position: top to bottom, then
 * left to right.
 */
function inReadingOrder(bodies: TemplatePlaceholder[]): TemplatePlaceholder[] {
  const key = (ph: TemplatePlaceholder): string => `${ph.type} ${ph.idx}`
  const groups = new Map<string, TemplatePlaceholder[]>()
  for (const ph of bodies) groups.set(key(ph), [...(groups.get(key(ph)) ?? []), ph])
  const position = (ph: TemplatePlaceholder): [number, number] => [Math.round(ph.box?.y ?? 0), ph.box?.x ?? 0]
  for (const group of groups.values()) {
    group.sort((a, b) => {
      const [ay, ax] = position(a)
      const [by, bx] = position(b)
      return ay - by || ax - bx
    })
  }
  return bodies.map((ph) => groups.get(key(ph))?.shift() ?? ph)
}

/** PowerPoint's insets when a placeholder sets none: 0.1 in left and right, 0.05 in top and bottom. */
const DEFAULT_INSETS: readonly [number, number, number, number] = [7.2, 3.6, 7.2, 3.6]

/** Where a (resolved) placeholder draws text, in layar points; `null` when no box is known. */
function textBoxOf(ph: TemplatePlaceholder, scale: number): TemplateTextBox | null {
  if (ph.box === null || ph.box.w <= 0 || ph.box.h <= 0) return null
  const at = (value: number): number => Math.round((value / scale) * 100) / 100
  const [left, top, right, bottom] = (ph.insets ?? DEFAULT_INSETS).map(at) as [number, number, number, number]
  return {
    box: { x: at(ph.box.x), y: at(ph.box.y), w: at(ph.box.w), h: at(ph.box.h) },
    insets: { left, top, right, bottom },
    anchor: ph.anchor ?? 'top',
    align: ph.align ?? 'left',
  }
}

/** What a slide on `layout` shows under its content: the background picture, then the master's drawing (when shown), then the layout's. */
function decorationsOf(layout: TemplateLayout, template: ReferenceTemplate, scale: number): ThemeTemplateLayout['decorations'] {
  const box = (b: TemplateBox): TemplateBox => ({ x: b.x / scale, y: b.y / scale, w: b.w / scale, h: b.h / scale })
  const found: TemplateDecoration[] = []
  const backdrop = layout.background ?? template.master.background
  if (backdrop?.type === 'picture' && template.media[backdrop.media] !== undefined) {
    found.push({ type: 'picture', key: templateMediaKey(backdrop.media), box: { x: 0, y: 0, w: CANVAS_WIDTH, h: CANVAS_HEIGHT } })
  }
  const draw = (drawing: TemplateDrawing): void => {
    for (const band of drawing.bands) found.push({ type: 'band', color: band.color, box: box(band.box) })
    for (const picture of drawing.pictures) {
      if (template.media[picture.media] !== undefined) found.push({ type: 'picture', key: templateMediaKey(picture.media), box: box(picture.box) })
    }
  }
  if (layout.showMasterShapes) draw(template.master)
  draw(layout)
  return found
}

/** Puts back every `keep` key's value from `base` (a theme file's overrides win over the template). */
function keepOverrides(theme: Theme, base: Theme, keep: ReadonlySet<string>): Theme {
  const copy = structuredClone(theme) as unknown as Record<string, unknown>
  for (const key of keep) {
    const path = key.split('.')
    const last = path.pop()
    if (last === undefined) continue
    let from: unknown = base
    let into: unknown = copy
    for (const part of path) {
      from = (from as Record<string, unknown> | undefined)?.[part]
      into = (into as Record<string, unknown> | undefined)?.[part]
    }
    if (typeof into === 'object' && into !== null && typeof from === 'object' && from !== null && last in from) {
      ;(into as Record<string, unknown>)[last] = (from as Record<string, unknown>)[last]
    }
  }
  return copy as unknown as Theme
}

/** `a` mixed toward `b` by `amount` (0: a, 1: b), six hex digits. */
function mix(a: string, b: string, amount: number): string {
  const channel = (hex: string, index: number): number => Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16)
  return [0, 1, 2]
    .map((index) => Math.round(channel(a, index) * (1 - amount) + channel(b, index) * amount).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}

/** `preferred` when `text` reads on it, else the candidate it reads best on. */
function readable(text: string, preferred: string, candidates: readonly string[]): string {
  if (contrastRatio(text, preferred) >= 3) return preferred
  return [...candidates].sort((a, b) => contrastRatio(text, b) - contrastRatio(text, a))[0] ?? preferred
}

/** Black or white, whichever reads better on `color`. */
function readableOn(color: string): string {
  return relativeLuminance(color) > 0.35 ? '000000' : 'FFFFFF'
}
