import type { ThemeTemplate } from '../../../theme/index.js'
import type { ChromeLine, MasterPlan, ParagraphPlan, PlanBox, PptxPlan, ShapePlan, SlidePlan, TextShape } from '../plan/index.js'
import type { SchemeSlot, ThemeScheme } from '../plan/types.js'

/**
 * The plan of a deck built on a template: every length and font size scaled
 * from layar's 960 pt canvas to the template's slide (a uniform scale, so
 * every line breaks where the layout measured it), and the chrome layar's own
 * master and layouts would draw (classification banners, organisation, theme
 * logo) drawn on each slide instead, since the slides sit on the template's
 * masters; the footer and slide number are the slide's own placeholders
 * already. Colours stay explicit: the template's colour scheme is its own.
 */
export function planOnTemplate(plan: PptxPlan, template: ThemeTemplate): PptxPlan {
  const s = template.scale
  return {
    ...plan,
    scheme: {
      ...plan.scheme,
      colors: { ...plan.scheme.colors, ...template.colors },
      schemeColors: templateSchemeColors(template),
      majorFont: { ...plan.scheme.majorFont, latin: template.fonts.major },
      minorFont: { ...plan.scheme.minorFont, latin: template.fonts.minor },
    },
    masters: plan.masters.map((master) => scaleMaster(master, s)),
    slides: plan.slides.map((slide) => scaleSlide({ ...slide, shapes: [...chromeShapes(plan, slide), ...slide.shapes] }, s)),
  }
}

/** The slots a slide may name, in order of preference when two hold one colour. */
const SLOTS: readonly SchemeSlot[] = ['tx1', 'bg1', 'tx2', 'bg2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink']

/**
 * The template's theme colours as slides name them: `tx1`, `bg1`, `tx2`,
 * `bg2` through its master's colour map, the accents and links as they are;
 * each colour once (the first slot that holds it).
 */
export function templateSchemeColors(template: ThemeTemplate): ThemeScheme['schemeColors'] {
  const seen = new Set<string>()
  const found: ThemeScheme['schemeColors'] = []
  for (const slot of SLOTS) {
    const color = template.colors[template.colorMap[slot] ?? slot]?.toUpperCase()
    if (color === undefined || seen.has(color)) continue
    seen.add(color)
    found.push({ slot, color })
  }
  return found
}

/** What layar's master and the slide's layar layout draw, as slide shapes: banners, layout lines (organisation), the theme logo. */
function chromeShapes(plan: PptxPlan, slide: SlidePlan): ShapePlan[] {
  const shapes: ShapePlan[] = plan.master.banners.map((banner) => lineShape(banner, 'Classification', banner.fill))
  const layout = plan.layouts.find((candidate) => candidate.source === slide.master)
  for (const line of layout?.shapes ?? []) shapes.push(lineShape(line, 'Organization', null))
  const logo = plan.master.logo
  if (logo !== null) shapes.push({ type: 'image', name: 'Logo', box: { ...logo.box }, path: logo.path, mime: logo.mime, altText: '', placeholder: null })
  return shapes
}

function lineShape(line: ChromeLine, name: string, fill: string | null): TextShape {
  const paragraph: ParagraphPlan = {
    align: line.align,
    lineSpacing: line.box.h,
    spaceAfter: 0,
    marker: { type: 'none' },
    runs: [{ text: line.text, fontFace: line.fontFace, fontSize: line.fontSize, color: line.color, bold: line.bold, italic: false, strike: false, underline: false, hyperlink: null, breakBefore: false }],
  }
  return { type: 'text', name, box: { ...line.box }, fill, margin: 0, valign: 'middle', wrap: false, paragraphs: [paragraph], placeholder: null }
}

function box(b: PlanBox, s: number): PlanBox {
  return { x: b.x * s, y: b.y * s, w: b.w * s, h: b.h * s }
}

function paragraph(p: ParagraphPlan, s: number): ParagraphPlan {
  const marker = p.marker.type === 'none' ? p.marker : { ...p.marker, indent: p.marker.indent * s }
  return { ...p, lineSpacing: p.lineSpacing * s, spaceAfter: p.spaceAfter * s, marker, runs: p.runs.map((run) => ({ ...run, fontSize: run.fontSize * s })) }
}

/** Tables and pictures leave layar's layout placeholders: the template's layouts have their own (body text is matched in `placeholders.ts`). */
function shape(plan: ShapePlan, s: number): ShapePlan {
  if (plan.type === 'image') return { ...plan, box: box(plan.box, s), placeholder: null }
  if (plan.type === 'text') return { ...plan, box: box(plan.box, s), margin: plan.margin * s, paragraphs: plan.paragraphs.map((p) => paragraph(p, s)) }
  return {
    ...plan,
    box: box(plan.box, s),
    placeholder: null,
    columnWidths: plan.columnWidths.map((w) => w * s),
    rowHeights: plan.rowHeights.map((h) => h * s),
    border: { ...plan.border, width: plan.border.width * s },
    cellMargin: plan.cellMargin.map((m) => m * s) as [number, number, number, number],
    rows: plan.rows.map((row) => row.map((cell) => ({ ...cell, paragraph: paragraph(cell.paragraph, s) }))),
  }
}

function scaleSlide(slide: SlidePlan, s: number): SlidePlan {
  const background = slide.background?.type === 'picture' ? { ...slide.background, box: box(slide.background.box, s) } : slide.background
  return {
    ...slide,
    title: slide.title === null ? null : { ...slide.title, box: box(slide.title.box, s), paragraph: paragraph(slide.title.paragraph, s) },
    footer: slide.footer === null ? null : { ...slide.footer, box: box(slide.footer.box, s), fontSize: slide.footer.fontSize * s },
    shapes: slide.shapes.map((plan) => shape(plan, s)),
    ...(background === undefined ? {} : { background }),
  }
}

function scaleMaster(master: MasterPlan, s: number): MasterPlan {
  return {
    ...master,
    title: { ...master.title, box: box(master.title.box, s), fontSize: master.title.fontSize * s },
    slideNumber: { ...master.slideNumber, box: box(master.slideNumber.box, s), fontSize: master.slideNumber.fontSize * s },
  }
}
