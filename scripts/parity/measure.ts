import type { Box, Chrome, LaidOutSlide } from '../../src/layout/laid-out.js'
import type { Inline } from '../../src/model/index.js'
import type { Theme } from '../../src/theme/index.js'
import { colorDistance, colorFromHex, hexColor, medianColor, patchColor, pixel, type Bitmap, type PixelRect, type Rgb } from './image.js'

/** Both outputs' readings of one colour, the colour the theme asks for, and the worst disagreement. */
export interface ColorReading {
  expected: string
  html: string
  pptx: string
  /** Largest per-channel difference (0–255) between HTML and PPTX. */
  difference: number
  /** Largest per-channel difference (0–255) of either output from `expected`. */
  fromExpected: number
}

/** Where the ink of one laid-out box landed in each output, and how far apart (PPTX minus HTML, px). */
export interface BoxReading {
  /** What the box holds: `title` or the frame type. */
  kind: string
  /** The laid-out box, in px at the rendered size. */
  laidOut: PixelRect
  html: PixelRect | null
  pptx: PixelRect | null
  /** Edge offsets PPTX − HTML in px; `null` when either output drew nothing there. */
  offset: { left: number; top: number; right: number; bottom: number } | null
  /** The largest absolute edge offset, or `null`. */
  maxOffset: number | null
}

/** The similarity figures of one slide. */
export interface SlideParity {
  /** 1-based slide number. */
  slide: number
  layout: LaidOutSlide['layout']
  title: string | null
  /** Background sampled inside the four corners (below/above the banners), median of the four. */
  background: ColorReading & { corners: { html: string[]; pptx: string[] } }
  /** The title's ink colour (the strongest pixels inside its box); `null` for a slide without a title. */
  titleColor: ColorReading | null
  /** The title box first, then every body frame. */
  boxes: BoxReading[]
  /** Mean absolute RGB difference (0–255) per grid region, row by row. */
  regions: { columns: number; rows: number; difference: number[][]; mean: number; max: number }
}

const GRID = { columns: 8, rows: 6 }

/**
 * Measures how alike one slide came out in the two outputs.
 *
 * @param html the Chromium screenshot
 * @param pptx the LibreOffice rendering, the same size as `html`
 * @param slide the laid-out slide both were drawn from; its boxes tell where to look
 */
export function slideParity(html: Bitmap, pptx: Bitmap, slide: LaidOutSlide, index: number, chrome: Chrome, theme: Theme): SlideParity {
  if (html.width !== pptx.width || html.height !== pptx.height) {
    throw new Error(`slide ${index + 1}: HTML is ${html.width}×${html.height} px but PPTX is ${pptx.width}×${pptx.height} px`)
  }
  const scale = html.width / 960
  const colors = expectedColors(slide, theme)
  const corners = cornerPoints(chrome, scale, html.width)
  const htmlCorners = corners.map(([x, y]) => patchColor(html, x, y))
  const pptxCorners = corners.map(([x, y]) => patchColor(pptx, x, y))
  const htmlBg = medianColor(htmlCorners)
  const pptxBg = medianColor(pptxCorners)
  const titleBox = slide.title ? toPixels(slide.title.box, scale, html) : null
  return {
    slide: index + 1,
    layout: slide.layout,
    title: slide.title ? inlineText(slide.title.inlines) : null,
    background: {
      ...reading(colors.background, htmlBg, pptxBg),
      corners: { html: htmlCorners.map(hexColor), pptx: pptxCorners.map(hexColor) },
    },
    titleColor: titleBox ? reading(colors.title, inkColor(html, titleBox, htmlBg), inkColor(pptx, titleBox, pptxBg)) : null,
    boxes: slideBoxes(slide).map(({ kind, box }) => boxReading(kind, toPixels(box, scale, html), html, htmlBg, pptx, pptxBg)),
    regions: regionDifference(html, pptx),
  }
}

function expectedColors(slide: LaidOutSlide, theme: Theme): { background: string; title: string } {
  const c = theme.colors
  if (slide.layout === 'title') return { background: c.titleSlideBackground, title: c.titleSlideText }
  if (slide.layout === 'section') return { background: c.sectionBackground, title: c.sectionText }
  return { background: c.background, title: c.title }
}

function reading(expected: string, html: Rgb, pptx: Rgb): ColorReading {
  const want = colorFromHex(expected)
  return {
    expected: expected.toUpperCase(),
    html: hexColor(html),
    pptx: hexColor(pptx),
    difference: colorDistance(html, pptx),
    fromExpected: Math.max(colorDistance(html, want), colorDistance(pptx, want)),
  }
}

/** Points just inside the corners, clear of the banner strips (which have their own colour). */
function cornerPoints(chrome: Chrome, scale: number, width: number): Array<[number, number]> {
  const top = chrome.bannerTop ? chrome.bannerTop.box.y + chrome.bannerTop.box.h : 0
  const bottom = chrome.bannerBottom ? chrome.bannerBottom.box.y : 540
  const inset = 5
  const left = inset * scale
  const right = width - 1 - inset * scale
  return [
    [left, (top + inset) * scale],
    [right, (top + inset) * scale],
    [left, (bottom - inset) * scale],
    [right, (bottom - inset) * scale],
  ]
}

function slideBoxes(slide: LaidOutSlide): Array<{ kind: string; box: Box }> {
  const boxes: Array<{ kind: string; box: Box }> = slide.title ? [{ kind: 'title', box: slide.title.box }] : []
  if (slide.layout === 'title' || slide.layout === 'section') return boxes
  for (const frame of slide.frames) boxes.push({ kind: frame.type, box: frame.box })
  return boxes
}

/** A laid-out box in px, grown by 3 pt on each side so a slightly moved glyph is still seen whole. */
function toPixels(box: Box, scale: number, bitmap: Bitmap): PixelRect {
  const grow = 3
  return {
    left: Math.max(0, Math.floor((box.x - grow) * scale)),
    top: Math.max(0, Math.floor((box.y - grow) * scale)),
    right: Math.min(bitmap.width, Math.ceil((box.x + box.w + grow) * scale)),
    bottom: Math.min(bitmap.height, Math.ceil((box.y + box.h + grow) * scale)),
  }
}

/** How far each pixel of `rect` is from the background, and the farthest. */
function inkDistances(bitmap: Bitmap, rect: PixelRect, background: Rgb): { at: (x: number, y: number) => number; max: number } {
  const width = rect.right - rect.left
  const distances = new Uint8Array(Math.max(0, width * (rect.bottom - rect.top)))
  let max = 0
  for (let y = rect.top; y < rect.bottom; y++) {
    for (let x = rect.left; x < rect.right; x++) {
      const d = colorDistance(pixel(bitmap, x, y), background)
      distances[(y - rect.top) * width + (x - rect.left)] = d
      if (d > max) max = d
    }
  }
  return { at: (x, y) => distances[(y - rect.top) * width + (x - rect.left)] ?? 0, max }
}

/** Pixels at least this far from the background count as ink (below it is blur and noise). */
const MIN_INK = 24

/**
 * The colour of the strongest ink in `rect`: the median of the pixels nearly
 * as far from the background as the farthest, i.e. glyph cores, not their
 * anti-aliased edges.
 */
function inkColor(bitmap: Bitmap, rect: PixelRect, background: Rgb): Rgb {
  const ink = inkDistances(bitmap, rect, background)
  if (ink.max < MIN_INK) return background
  const core: Rgb[] = []
  for (let y = rect.top; y < rect.bottom; y++) {
    for (let x = rect.left; x < rect.right; x++) if (ink.at(x, y) >= ink.max * 0.85) core.push(pixel(bitmap, x, y))
  }
  return medianColor(core)
}

/** The bounding box of the pixels in `rect` at least 40% as far from the background as the strongest ink. */
export function inkBounds(bitmap: Bitmap, rect: PixelRect, background: Rgb): PixelRect | null {
  const ink = inkDistances(bitmap, rect, background)
  if (ink.max < MIN_INK) return null
  const threshold = Math.max(MIN_INK, ink.max * 0.4)
  let bounds: PixelRect | null = null
  for (let y = rect.top; y < rect.bottom; y++) {
    for (let x = rect.left; x < rect.right; x++) {
      if (ink.at(x, y) < threshold) continue
      if (!bounds) bounds = { left: x, top: y, right: x + 1, bottom: y + 1 }
      else {
        bounds.left = Math.min(bounds.left, x)
        bounds.right = Math.max(bounds.right, x + 1)
        bounds.top = Math.min(bounds.top, y)
        bounds.bottom = Math.max(bounds.bottom, y + 1)
      }
    }
  }
  return bounds
}

function boxReading(kind: string, laidOut: PixelRect, html: Bitmap, htmlBg: Rgb, pptx: Bitmap, pptxBg: Rgb): BoxReading {
  const a = inkBounds(html, laidOut, htmlBg)
  const b = inkBounds(pptx, laidOut, pptxBg)
  const offset = a && b ? { left: b.left - a.left, top: b.top - a.top, right: b.right - a.right, bottom: b.bottom - a.bottom } : null
  const maxOffset = offset ? Math.max(...Object.values(offset).map(Math.abs)) : null
  return { kind, laidOut, html: a, pptx: b, offset, maxOffset }
}

/** Mean absolute RGB difference per region of a grid over the whole slide. */
function regionDifference(html: Bitmap, pptx: Bitmap): SlideParity['regions'] {
  const difference: number[][] = []
  for (let row = 0; row < GRID.rows; row++) {
    const cells: number[] = []
    const top = Math.floor((row * html.height) / GRID.rows)
    const bottom = Math.floor(((row + 1) * html.height) / GRID.rows)
    for (let column = 0; column < GRID.columns; column++) {
      const left = Math.floor((column * html.width) / GRID.columns)
      const right = Math.floor(((column + 1) * html.width) / GRID.columns)
      let sum = 0
      for (let y = top; y < bottom; y++) {
        for (let x = left; x < right; x++) {
          const i = (y * html.width + x) * 4
          for (let c = 0; c < 3; c++) sum += Math.abs((html.data[i + c] ?? 0) - (pptx.data[i + c] ?? 0))
        }
      }
      cells.push(round1(sum / ((bottom - top) * (right - left) * 3)))
    }
    difference.push(cells)
  }
  const all = difference.flat()
  return { ...GRID, difference, mean: round1(all.reduce((s, v) => s + v, 0) / all.length), max: Math.max(...all) }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

/** The plain text of some inlines (for naming a slide in reports). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.type === 'text' || inline.type === 'inlineCode') return inline.value
      if (inline.type === 'break') return ' '
      if (inline.type === 'inlineMath') return inline.tex
      if (inline.type === 'footnoteReference') return String(inline.number)
      return inlineText(inline.children)
    })
    .join('')
}
