/**
 * reveal.js's fragment styles, the classes written beside `.fragment`
 * (`::: {.fragment .fade-up}`, `[text]{.fragment .grow}`): how a build
 * shows or changes its content on its click. The HTML deck passes the class
 * to reveal.js, which draws it; the PPTX draws `FRAGMENT_STYLES[style].powerpoint`.
 */
export type FragmentStyle = keyof typeof FRAGMENT_STYLES

/**
 * What the PPTX draws for a fragment on its click, as one of PowerPoint's
 * own animation effects:
 * - `appear`, `fade`, `float` (fade in while rising from below, or sinking
 *   from above: "Float In"), `zoom` (fade in while growing from nothing):
 *   entrances, hidden until the click;
 * - `fade-out`: an exit, shown until the click;
 * - `scale` (to `by` times its size: "Grow/Shrink"), `transparency` (to
 *   `opacity`), `font-color` (its text to `color`, six hex digits):
 *   emphasis, shown from the start and changed on the click;
 * - `none`: no effect at all (shown from the start, the click does nothing).
 */
export type PowerPointEffect =
  | { type: 'appear' }
  | { type: 'fade' }
  | { type: 'float'; from: 'below' | 'above' }
  | { type: 'zoom' }
  | { type: 'fade-out' }
  | { type: 'scale'; by: number }
  | { type: 'transparency'; opacity: number }
  | { type: 'font-color'; color: string }
  | { type: 'none' }

/** One fragment style: what the PPTX draws for it, and whether that is what reveal.js draws (`exact`; otherwise the style is reported as HTML-only). */
export interface FragmentStyleInfo {
  powerpoint: PowerPointEffect
  exact: boolean
}

const fade = { type: 'fade' } as const
// reveal.js's highlight colours (`dist/reveal.css`), so both outputs turn the text the same colour.
const RED = 'FF2C2D'
const GREEN = '17FF2E'
const BLUE = '1B91FF'

/**
 * Every reveal.js fragment style (reveal.js 5, `dist/reveal.css`, plus
 * Quarto's documented `fade-in`, reveal.js's default look) and its PowerPoint
 * equivalent. Where PowerPoint has none, the nearest effect that keeps the
 * content's visibility right is drawn (an entrance for styles that start
 * hidden, nothing for those that start visible) and the style is reported.
 */
export const FRAGMENT_STYLES = {
  'fade-in': { powerpoint: fade, exact: true },
  'fade-out': { powerpoint: { type: 'fade-out' }, exact: true },
  'fade-up': { powerpoint: { type: 'float', from: 'below' }, exact: true },
  'fade-down': { powerpoint: { type: 'float', from: 'above' }, exact: true },
  'fade-left': { powerpoint: fade, exact: false },
  'fade-right': { powerpoint: fade, exact: false },
  'fade-in-then-out': { powerpoint: fade, exact: false },
  'fade-in-then-semi-out': { powerpoint: fade, exact: false },
  'current-visible': { powerpoint: fade, exact: false },
  'semi-fade-out': { powerpoint: { type: 'transparency', opacity: 0.5 }, exact: true },
  'zoom-in': { powerpoint: { type: 'zoom' }, exact: true },
  grow: { powerpoint: { type: 'scale', by: 1.3 }, exact: true },
  shrink: { powerpoint: { type: 'scale', by: 0.7 }, exact: true },
  strike: { powerpoint: { type: 'none' }, exact: false },
  'highlight-red': { powerpoint: { type: 'font-color', color: RED }, exact: true },
  'highlight-green': { powerpoint: { type: 'font-color', color: GREEN }, exact: true },
  'highlight-blue': { powerpoint: { type: 'font-color', color: BLUE }, exact: true },
  'highlight-current-red': { powerpoint: { type: 'font-color', color: RED }, exact: false },
  'highlight-current-green': { powerpoint: { type: 'font-color', color: GREEN }, exact: false },
  'highlight-current-blue': { powerpoint: { type: 'font-color', color: BLUE }, exact: false },
} as const satisfies Record<string, FragmentStyleInfo>

/** Whether a class name is a reveal.js fragment style. */
export function isFragmentStyle(name: string): name is FragmentStyle {
  return Object.hasOwn(FRAGMENT_STYLES, name)
}

/**
 * A build the parse made from a `.fragment` class: its content appears (or
 * changes) on a click of its own, drawn in `style` (`null`: reveal.js's
 * default, an "Appear" in the PPTX).
 */
export interface Fragment {
  style: FragmentStyle | null
}
