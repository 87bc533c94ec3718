import type { ImageLength, ImageSize, Position } from '../model/index.js'
import { report } from '../diagnostics/index.js'
import type { Attributes } from './attributes.js'
import type { State } from './state.js'

/** What an image's `{…}` block says about it, read once for both outputs. */
export interface ImageAttributes {
  size?: ImageSize
  align?: 'left' | 'center' | 'right'
  /** `fig-cap`: the caption text. */
  caption?: string
  /** `fig-alt`: the alt text, instead of the bracketed text. */
  alt?: string
}

/** Points per unit pandoc accepts on images (`px` at 96 per inch, as CSS and pandoc count). */
const POINTS_PER: Readonly<Record<string, number>> = { px: 0.75, pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4 }

/** Classes pandoc or Quarto put on images that change nothing layar draws. */
const QUIET_CLASSES: ReadonlySet<string> = new Set(['unnumbered', 'lightbox', 'nostretch'])

/**
 * Reads pandoc's and Quarto's image attributes: `width`, `height` (in `%`,
 * `px`, `pt`, `in`, `cm`, `mm`, `em`, or a bare number of pixels as pandoc
 * reads it), `fig-align`, `fig-cap` and `fig-alt`. Anything else is reported
 * (`attribute-ignored`), and a value layar cannot use too (`attribute-value-invalid`).
 *
 * @param attributes the block after `![alt](src)`
 * @param place where the block is written
 * @param state the conversion state (for reports)
 */
export function imageAttributes(attributes: Attributes, place: Position, state: State): ImageAttributes {
  const out: ImageAttributes = {}
  let width: ImageLength | null = null
  let height: ImageLength | null = null
  for (const pair of attributes.pairs) {
    switch (pair.key) {
      case 'width':
      case 'height': {
        const length = imageLength(pair.value)
        if (length === null) {
          const expected = 'a length such as `50%`, `300px`, `12cm`, `4in`, `200pt` or `10em` (the image keeps its natural size that way)'
          report(state.file, 'attribute-value-invalid', { attribute: pair.key, value: pair.value, expected }, place)
        } else if (pair.key === 'width') width = length
        else height = length
        break
      }
      case 'fig-align':
        if (pair.value === 'left' || pair.value === 'center' || pair.value === 'right') out.align = pair.value
        else if (pair.value !== 'default') report(state.file, 'attribute-value-invalid', { attribute: 'fig-align', value: pair.value, expected: '`left`, `center`, `right` or `default`' }, place)
        break
      case 'fig-cap':
        out.caption = pair.value
        break
      case 'fig-alt':
        out.alt = pair.value
        break
      default:
        report(state.file, 'attribute-ignored', { attribute: `${pair.key}="${pair.value}"`, on: 'image' }, place)
    }
  }
  for (const name of attributes.classes) {
    if (!QUIET_CLASSES.has(name)) report(state.file, 'attribute-ignored', { attribute: `.${name}`, on: 'image' }, place)
  }
  if (width !== null) out.size = { width, height }
  else if (height !== null) out.size = { width: null, height }
  return out
}

/** A CSS-like length as pandoc reads it on images; null when it is not one (or not positive). */
export function imageLength(value: string): ImageLength | null {
  const match = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*(%|px|pt|in|cm|mm|em)?\s*$/.exec(value)
  if (match === null) return null
  const number = Number(match[1])
  if (!(number > 0) || !Number.isFinite(number)) return null
  const unit = match[2] ?? 'px'
  if (unit === '%') return { unit: 'fraction', value: number / 100 }
  if (unit === 'em') return { unit: 'em', value: number }
  return { unit: 'pt', value: number * (POINTS_PER[unit] ?? 0.75) }
}
