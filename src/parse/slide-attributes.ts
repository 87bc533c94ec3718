import type { BackgroundFit, BackgroundImage, Position, SlideStyle } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import type { AttributeItem, Attributes } from './attributes.js'
import { cssColor } from './css-color.js'
import { resolveImagePath } from './images.js'
import { spanAt } from './source-lines.js'
import type { State } from './state.js'

/** What a slide heading's attributes mean for the deck. */
export interface SlideAttributes {
  /** Absent when no attribute changes how the slide looks. */
  style: SlideStyle | undefined
  /** `visibility="hidden"`: the slide is left out (already reported). */
  hidden: boolean
  /** `.incremental` (true) or `.nonincremental` (false) for the slide's lists; null when neither. */
  incremental: boolean | null
}

/** reveal.js slide attributes with no PowerPoint counterpart that the HTML deck applies (without `data-`). */
const HTML_ONLY: ReadonlySet<string> = new Set([
  'auto-animate', 'auto-animate-easing', 'auto-animate-unmatched', 'auto-animate-duration', 'auto-animate-delay',
  'auto-animate-id', 'auto-animate-restart', 'transition', 'transition-speed', 'background-transition', 'autoslide',
  'state', 'timing',
])

/** Classes that only matter to pandoc's other outputs (numbering, tables of contents): harmless here. */
const QUIET_CLASSES: ReadonlySet<string> = new Set(['unnumbered', 'unlisted'])

/** The background keys, by their name without `data-`. */
const BACKGROUND_KEYS: ReadonlySet<string> = new Set(['background-color', 'background-image', 'background-size', 'background-position', 'background-opacity', 'background-repeat'])

/**
 * Reads a slide heading's attributes into plain slide data, reporting each
 * one layar cannot honour at its place: the background colour and picture
 * (reveal.js's `background-*`, also spelt `data-background-*`), `.smaller`,
 * `.incremental`/`.nonincremental`, `visibility="hidden"`, and reveal.js-only
 * attributes (`auto-animate`, `transition`, …) kept for the HTML and reported
 * there as HTML-only. An `id` is harmless and kept by nothing.
 *
 * @param attributes from `headingAttributes` (offsets in the content file)
 */
export function slideAttributes(attributes: Attributes, state: State): SlideAttributes {
  const style: SlideStyle = { backgroundColor: null, backgroundImage: null, smaller: false, htmlOnly: [] }
  let hidden = false
  let incremental: boolean | null = null
  const background = new Map<string, { value: string; item: AttributeItem }>()
  for (const item of attributes.items) {
    const place = spanAt(state.lines, item.start, item.end)
    if (item.type === 'id') continue
    if (item.type === 'class') {
      for (const name of item.value.split(/\s+/).filter((word) => word !== '')) {
        if (name === 'smaller') style.smaller = true
        else if (name === 'incremental' || name === 'nonincremental') incremental = name === 'incremental'
        else if (!QUIET_CLASSES.has(name)) report(state.file, 'attribute-ignored', { attribute: `.${name}`, on: 'slide heading' }, place)
      }
      continue
    }
    const key = item.key.startsWith('data-') ? item.key.slice(5) : item.key
    if (BACKGROUND_KEYS.has(key)) {
      if (!background.has(key)) background.set(key, { value: item.value, item })
    } else if (key === 'visibility' && item.value === 'hidden') {
      hidden = true
      report(state.file, 'slide-hidden', undefined, place)
    } else if (HTML_ONLY.has(key)) {
      style.htmlOnly.push({ name: `data-${key}`, value: item.value })
      if (!state.reportedOnce.has(`attribute-html-only:${key}`)) report(state.file, 'attribute-html-only', { attribute: item.key }, place)
      state.reportedOnce.add(`attribute-html-only:${key}`)
    } else {
      report(state.file, 'attribute-ignored', { attribute: `${item.key}="${item.value}"`, on: 'slide heading' }, place)
    }
  }
  readBackground(background, style, state)
  const used = style.backgroundColor !== null || style.backgroundImage !== null || style.smaller || style.htmlOnly.length > 0
  return { style: used ? style : undefined, hidden, incremental }
}

type Written = Map<string, { value: string; item: AttributeItem }>

function readBackground(written: Written, style: SlideStyle, state: State): void {
  const placeOf = (item: AttributeItem): Position => spanAt(state.lines, item.start, item.end)
  const invalid = (key: string, expected: string): void => {
    const entry = written.get(key)
    if (entry === undefined) return
    report(state.file, 'attribute-value-invalid', { attribute: entry.item.type === 'pair' ? entry.item.key : key, value: entry.value, expected }, placeOf(entry.item))
  }
  const color = written.get('background-color')
  if (color !== undefined) {
    const read = cssColor(color.value)
    if (read === null) invalid('background-color', 'a CSS colour such as `#a33`, `#aa3333`, `rgb(170, 51, 51)` or `darkred`')
    else {
      style.backgroundColor = read.hex
      if (read.translucent) invalid('background-color', 'an opaque colour (its transparency is dropped: slides have nothing behind them)')
    }
  }
  const image = written.get('background-image')
  if (image === undefined) {
    for (const key of ['background-size', 'background-position', 'background-opacity', 'background-repeat']) {
      const entry = written.get(key)
      if (entry === undefined || entry.item.type !== 'pair') continue
      report(state.file, 'attribute-ignored', { attribute: `${entry.item.key}="${entry.value}"`, on: 'slide heading, which sets no `background-image`,' }, placeOf(entry.item))
    }
    return
  }
  const resolved = resolveImagePath(image.value, state, placeOf(image.item))
  if (!resolved.ok) return
  const position = placeOf(image.item)
  const picture: BackgroundImage = {
    image: { type: 'image', src: image.value, path: resolved.path, alt: '', title: null, position },
    fit: 'cover',
    align: { x: 0.5, y: 0.5 },
    opacity: 1,
  }
  const size = written.get('background-size')
  if (size !== undefined) {
    const fit = backgroundFit(size.value)
    if (fit === null) invalid('background-size', '`cover`, `contain` or `100% 100%` (the picture fills the slide, cropped)')
    else picture.fit = fit
  }
  const where = written.get('background-position')
  if (where !== undefined) {
    const align = backgroundAlign(where.value)
    if (align === null) invalid('background-position', 'keywords such as `center`, `top left`, or percentages such as `50% 20%` (the picture stays centred)')
    else picture.align = align
  }
  const opacity = written.get('background-opacity')
  if (opacity !== undefined) {
    const value = Number(opacity.value)
    if (opacity.value.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) invalid('background-opacity', 'a number from 0 to 1 (the picture stays opaque)')
    else picture.opacity = value
  }
  const repeat = written.get('background-repeat')
  if (repeat !== undefined && repeat.value !== 'no-repeat') invalid('background-repeat', '`no-repeat`: tiled backgrounds cannot be drawn in PowerPoint, so the picture is drawn once')
  style.backgroundImage = picture
}

function backgroundFit(value: string): BackgroundFit | null {
  const words = value.trim().toLowerCase().split(/\s+/)
  if (words.length === 1 && (words[0] === 'cover' || words[0] === 'contain')) return words[0]
  if (words.length === 2 && words[0] === '100%' && words[1] === '100%') return 'stretch'
  return null
}

const KEYWORD: Readonly<Record<string, { axis: 'x' | 'y' | 'both'; at: number }>> = {
  left: { axis: 'x', at: 0 }, right: { axis: 'x', at: 1 }, top: { axis: 'y', at: 0 }, bottom: { axis: 'y', at: 1 }, center: { axis: 'both', at: 0.5 },
}

/** CSS `background-position` with one or two keywords or percentages. */
function backgroundAlign(value: string): { x: number; y: number } | null {
  const words = value.trim().toLowerCase().split(/\s+/)
  if (words.length === 0 || words.length > 2) return null
  const align = { x: 0.5, y: 0.5 }
  const percents = words.map((word) => (/^\d+(?:\.\d+)?%$/.test(word) ? Math.min(100, Number.parseFloat(word)) / 100 : null))
  if (percents.every((p) => p !== null)) {
    align.x = percents[0] ?? 0.5
    align.y = percents[1] ?? 0.5
    return align
  }
  for (const word of words) {
    const keyword = KEYWORD[word]
    if (keyword === undefined) return null
    if (keyword.axis === 'x') align.x = keyword.at
    else if (keyword.axis === 'y') align.y = keyword.at
  }
  return align
}
