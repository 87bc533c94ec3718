import pptxgenModule from 'pptxgenjs'
import type * as Pptx from 'pptxgenjs'
import type { ImageAssets } from '../../model/index.js'
import type { Parts } from './dedupe-media.js'
import { storedZipParts } from './stored-zip.js'
import { imageBytes, putBackSlides, reusableSlides, type DrawnSlideCache } from './drawn-slides.js'
import type {
  ImageShape,
  MasterPlan,
  ParagraphMarker,
  ParagraphPlan,
  PptxPlan,
  PlanBox,
  RunPlan,
  SlidePlan,
  TableShape,
  TextShape,
} from './plan/index.js'

/**
 * The `buAutoNum` scheme written for indented paragraphs without a marker
 * (a list item's later paragraphs, quoted text). pptxgenjs can only indent a
 * paragraph by giving it a bullet, so it gets this made-up scheme and
 * `post-process.ts` turns it into `<a:buNone/>` with no hanging indent.
 */
export const NO_BULLET_SCHEME = 'layarIndentNoBullet'

type PptxGenJS = Pptx.default
/**
 * The pptxgenjs class. Its bundled types describe the CommonJS build (default
 * import = module object) while Node's ESM loader hands over the class itself;
 * accept both.
 */
const PptxGenJSClass: typeof pptxgenModule.default =
  (pptxgenModule as unknown as { default?: typeof pptxgenModule.default }).default ??
  (pptxgenModule as unknown as typeof pptxgenModule.default)

/**
 * Draws a PPTX plan with pptxgenjs and returns the parts of its raw package
 * (before `post-process.ts` fixes and zips them). The only module that imports pptxgenjs.
 *
 * Note: pptxgenjs mutates the option objects it is given, so every call here
 * builds fresh objects from the plan; the plan itself is never handed over.
 * Note: pptxgenjs writes font names and `lang` into XML attributes without
 * escaping them (`typeface="${fontFace}"`), so those are escaped here; every
 * other string it escapes itself.
 *
 * @param cache the slides drawn for the previous package, put back where unchanged instead of drawn again (`DrawnSlideCache`); default: none
 */
export async function writePptx(plan: PptxPlan, assets: ImageAssets, cache?: DrawnSlideCache): Promise<Parts> {
  const pres = new PptxGenJSClass()
  pres.layout = 'LAYOUT_WIDE'
  pres.title = plan.meta.title
  pres.author = plan.meta.author ?? ''
  pres.subject = plan.meta.subject ?? ''
  pres.company = plan.meta.company ?? ''
  pres.theme = { headFontFace: attr(plan.meta.headingFont), bodyFontFace: attr(plan.meta.bodyFont) }
  const lang = attr(plan.meta.lang)
  const images = new ImageStandIns(assets)
  for (const master of plan.masters) pres.defineSlideMaster(masterProps(master))
  const reused = reusableSlides(plan, cache)
  plan.slides.forEach((slide, index) => {
    // A slide put back from the cache is drawn as an empty stand-in: the package keeps its parts, names and order.
    if (reused[index] !== undefined) pres.addSlide({ masterName: slide.master })
    else addSlide(pres, slide, lang, images)
  })
  // 'STREAM' is pptxgenjs's uncompressed package (STORE entries): nothing is deflated only to be inflated again.
  // Its `jszip` is vendor/pptx-stored-zip (package.json overrides), which writes that zip in one pass.
  const written = await pres.write({ outputType: 'STREAM', compression: false })
  if (!(written instanceof Uint8Array)) throw new Error('pptx: pptxgenjs returned no bytes for its package.')
  const parts = storedZipParts(written)
  putBackSlides(parts, plan, reused, images.restore(parts), assets, cache)
  return parts
}

/**
 * pptxgenjs takes images as base64 data URLs and writes one media part per
 * use. Encoding every use in base64 (and JSZip decoding it again) cost more
 * than drawing the slides, so pptxgenjs gets a few bytes naming the asset,
 * and `restore` puts the real bytes into the media parts it wrote.
 */
class ImageStandIns {
  private readonly paths: string[] = []
  private readonly numbers = new Map<string, number>()

  constructor(private readonly assets: ImageAssets) {}

  /** The data URL handed to pptxgenjs for the asset at `path`. */
  dataUrl(path: string, mime: string): string {
    if (this.assets[path] === undefined) throw new TypeError(`No image asset for \`${path}\`: pass every planned image in \`assets\`.`)
    let number = this.numbers.get(path)
    if (number === undefined) {
      number = this.paths.push(path) - 1
      this.numbers.set(path, number)
    }
    return `${mime};base64,${Buffer.from(`${standInPrefix}${number}`).toString('base64')}`
  }

  /** Replaces every stand-in media part with its asset's bytes; returns each media part's asset key. */
  restore(parts: Parts): Map<string, string> {
    const restored = new Map<string, string>()
    for (const [path, content] of parts) {
      if (!path.startsWith('ppt/media/') || typeof content === 'string') continue
      const text = Buffer.from(content).toString('latin1')
      if (!text.startsWith(standInPrefix)) throw new Error(`pptx: media part ${path} is not one layar wrote.`)
      const key = this.paths[Number(text.slice(standInPrefix.length))]
      if (key === undefined) throw new Error(`pptx: media part ${path} names no asset.`)
      parts.set(path, imageBytes(this.assets, key))
      restored.set(path, key)
    }
    return restored
  }
}

const standInPrefix = 'layar-image-stand-in:'

/** Escapes a value pptxgenjs puts into an attribute unescaped. */
function attr(value: string): string {
  if (!/[&<>"']/.test(value)) return value
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

function inches(box: PlanBox): { x: number; y: number; w: number; h: number } {
  return { x: box.x / 72, y: box.y / 72, w: box.w / 72, h: box.h / 72 }
}

/**
 * A pptxgenjs layout: only what pptxgenjs needs to draw slides on it (the
 * title placeholder's box, the slide number). Its part is replaced by layar's
 * layout (`master-parts.ts`), which carries the chrome and placeholders.
 */
function masterProps(master: MasterPlan): Pptx.default.SlideMasterProps {
  const objects: NonNullable<Pptx.default.SlideMasterProps['objects']> = []
  // Untitled slides use a layout without a title: pptxgenjs would put an empty title placeholder on each.
  if (master.name !== 'UNTITLED') objects.push({
    placeholder: {
      options: {
        name: 'title',
        type: 'title',
        ...inches(master.title.box),
        fontFace: attr(master.title.fontFace),
        fontSize: master.title.fontSize,
        color: master.title.color,
        bold: true,
        align: master.title.align,
        valign: 'middle',
        margin: 0,
      },
      text: '',
    },
  })
  return {
    title: master.name,
    background: { color: master.background },
    margin: 0,
    objects,
    slideNumber: {
      ...inches(master.slideNumber.box),
      fontFace: attr(master.slideNumber.fontFace),
      fontSize: master.slideNumber.fontSize,
      color: master.slideNumber.color,
      align: master.slideNumber.align,
      valign: 'middle',
      margin: 0,
    },
  }
}

function addSlide(pres: PptxGenJS, plan: SlidePlan, lang: string, images: ImageStandIns): void {
  const slide = pres.addSlide({ masterName: plan.master })
  // The crop and transparency of a picture are set by `transforms/background-picture.ts` after pptxgenjs wrote the slide.
  if (plan.background?.type === 'color') slide.background = { color: plan.background.color }
  else if (plan.background?.type === 'image') slide.background = { data: images.dataUrl(plan.background.path, plan.background.mime) }
  else if (plan.background?.type === 'picture') {
    const picture = plan.background
    if (picture.color !== null) slide.background = { color: picture.color }
    // Added first, so it lies under the title and every shape; it stays clear of the master's chrome (see layout).
    slide.addImage({ ...inches(picture.box), data: images.dataUrl(picture.path, picture.mime), altText: '', objectName: 'Background picture', transparency: picture.transparency })
  }
  if (plan.title !== null) {
    // The master's placeholder decides the box; post-process moves it to plan.title.box.
    slide.addText(paragraphRuns(plan.title.paragraph, lang), { placeholder: 'title', lang })
  }
  for (const shape of plan.shapes) {
    if (shape.type === 'text') addTextShape(slide, shape, lang)
    else if (shape.type === 'table') addTableShape(slide, shape, lang)
    else addImageShape(slide, shape, images)
  }
  if (plan.notes.length > 0) slide.addNotes(plan.notes.join('\n'))
}

function addTextShape(slide: Pptx.default.Slide, shape: TextShape, lang: string): void {
  const runs = shape.paragraphs.flatMap((paragraph) => paragraphRuns(paragraph, lang))
  slide.addText(runs, {
    ...inches(shape.box),
    objectName: shape.name,
    isTextBox: true,
    margin: shape.margin,
    valign: shape.valign,
    wrap: shape.wrap,
    fit: 'none',
    lang,
    ...(shape.fill === null ? {} : { fill: { color: shape.fill } }),
  })
}

/**
 * A paragraph as pptxgenjs text runs: paragraph options on the first run, the
 * same `align` on every run (pptxgenjs starts a paragraph where `align`
 * changes) and `breakLine` on the last run to end the paragraph.
 */
function paragraphRuns(paragraph: ParagraphPlan, lang: string, exactLines = false): Pptx.default.TextProps[] {
  // Built by assignment, in the order the keys always had: spreading a handful of small objects per run cost more than drawing it.
  const last = paragraph.runs.length - 1
  return paragraph.runs.map((run, index) => {
    const options = runOptions(run, lang)
    options.align = paragraph.align
    if (index === 0) {
      Object.assign(options, exactLines ? { lineSpacing: paragraph.lineSpacing } : lineSpacingOptions(paragraph))
      options.paraSpaceAfter = paragraph.spaceAfter
      Object.assign(options, markerOptions(paragraph.marker))
    }
    if (index === last) options.breakLine = true
    return { text: run.text, options }
  })
}

/**
 * Line spacing as a proportion of the font size (`<a:spcPct>`) when every run
 * has one size: 100 % is a line of 1.2 em, which is what LibreOffice draws
 * for 100 % (measured: words within 0.25 pt of the exact spacing), so a user
 * who changes the font size gets lines that grow with it instead of
 * overlapping. Mixed sizes (formulas, raised text) keep the exact points.
 */
function lineSpacingOptions(paragraph: ParagraphPlan): Pptx.default.TextPropsOptions {
  const size = paragraph.runs[0]?.fontSize
  if (size === undefined || paragraph.runs.some((run) => run.fontSize !== size || run.math !== undefined)) return { lineSpacing: paragraph.lineSpacing }
  return { lineSpacingMultiple: Math.round((paragraph.lineSpacing / size / 1.2) * 10000) / 10000 }
}

function runOptions(run: RunPlan, lang: string): Pptx.default.TextPropsOptions {
  const options: Pptx.default.TextPropsOptions = {
    fontFace: attr(run.fontFace),
    fontSize: run.fontSize,
    color: run.color,
    bold: run.bold,
    italic: run.italic,
    lang: run.lang ?? lang,
  }
  if (run.highlight !== undefined) options.highlight = run.highlight
  if (run.strike) options.strike = 'sngStrike'
  if (run.underline) options.underline = { style: 'sng' }
  if (run.hyperlink !== null) options.hyperlink = { url: run.hyperlink }
  if (run.breakBefore) options.softBreakBefore = true
  // pptxgenjs writes `baseline` × 50 (in 1/1000 %): raised 30 %, lowered 25 %, as the HTML's `top`/`bottom` shift them.
  if (run.baseline !== undefined) options.baseline = run.baseline === 'super' ? 600 : -500
  return options
}

function markerOptions(marker: ParagraphMarker): Pptx.default.TextPropsOptions {
  switch (marker.type) {
    case 'none':
      return { bullet: false }
    case 'bullet':
      return {
        bullet: { characterCode: marker.char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '2022', indent: marker.indent },
        indentLevel: marker.depth - 1,
      }
    case 'number':
      return { bullet: { type: 'number', style: 'arabicPeriod', numberStartAt: marker.startAt, indent: marker.indent }, indentLevel: marker.depth - 1 }
    case 'indent':
      return { bullet: { type: 'number', style: NO_BULLET_SCHEME as 'arabicPeriod', indent: marker.indent }, indentLevel: marker.depth - 1 }
  }
}

function addTableShape(slide: Pptx.default.Slide, shape: TableShape, lang: string): void {
  const border = { type: 'solid' as const, pt: shape.border.width, color: shape.border.color }
  // pptxgenjs reads cell margins as points when the first is ≥ 1, else as inches.
  const [top] = shape.cellMargin
  const margin = (top >= 1 ? [...shape.cellMargin] : shape.cellMargin.map((value) => value / 72)) as [number, number, number, number]
  const rows: Pptx.default.TableRow[] = shape.rows.map((row) =>
    row.map((cell) => ({
      // Table rows have measured heights: their lines keep exact points (LibreOffice draws cells' proportional lines taller).
      text: paragraphRuns(cell.paragraph, lang, true),
      options: {
        fill: { color: cell.fill },
        align: cell.align,
        valign: 'top',
        margin,
        border: [{ ...border }, { ...border }, { ...border }, { ...border }],
      },
    })),
  )
  slide.addTable(rows, {
    ...inches(shape.box),
    objectName: shape.name,
    colW: shape.columnWidths.map((width) => width / 72),
    rowH: shape.rowHeights.map((height) => height / 72),
    autoPage: false,
  })
}

function addImageShape(slide: Pptx.default.Slide, shape: ImageShape, images: ImageStandIns): void {
  slide.addImage({
    ...inches(shape.box),
    data: images.dataUrl(shape.path, shape.mime),
    altText: shape.altText,
    objectName: shape.name,
  })
}
