import type { FontPair, Theme } from '../../theme/index.js'
import { SYMBOL_FONTS } from '../../layout/list-marker.js'
import { SCRIPT_SCALE } from '../../layout/measure.js'
import { MARK_COLORS, SMALL_CAPS_SCALE } from '../../layout/small-caps.js'
import { cssColor } from './units.js'

/**
 * Height of the strip below the slide that holds reveal.js's arrows and
 * progress bar (and the dev server's buttons), in CSS px of the window: the
 * slide is scaled into the rest, so no control covers content, the slide
 * number or a banner. Printing (`reveal-print`) keeps reveal.js's own layout.
 */
export const NAV_STRIP_PX = 32

/**
 * The deck's CSS, derived from theme data. Built as text from checked
 * colours (`cssColor`), checked font names and fixed rules only; per-frame
 * geometry lives in each element's own `style`, and per-frame spacing in
 * custom properties (`--layar-space`, `--layar-indent`, `--layar-cell-*`).
 *
 * Note: the slide rules also undo reveal.js's defaults (centring, padding,
 * `text-align: center`), since the layout has placed everything already.
 * Inline code collapses white space like the text around it (layout measures
 * it collapsed, and the PPTX gets it collapsed); only code blocks keep it.
 * A code block's `pre` carries the mono font itself and its `code` only
 * inherits, with selectors more specific than reveal.js's `pre`/`code` rules:
 * with two fonts on one line (the browser's `monospace` strut and the
 * embedded mono font), lines grow past the laid-out line height.
 */
export function themeToCss(theme: Theme): string {
  const c = (name: keyof Theme['colors']): string => cssColor(theme.colors[name])
  const body = fontStack(theme.fonts.body, 'sans-serif')
  const mono = fontStack(theme.fonts.mono, 'monospace')
  // Task boxes: the body fonts have no U+2610/U+2611 (see SYMBOL_FONTS).
  const symbols = [...SYMBOL_FONTS.map(quoteFamily), body].join(',')
  const strip = `${NAV_STRIP_PX}px`
  return `
.reveal-viewport{background:${c('background')}}
html:not(.reveal-print) .reveal{height:calc(100% - ${strip});overflow:visible}
html:not(.reveal-print) .reveal .progress{bottom:-${strip};height:4px;color:${c('accent')};background:transparent}
html:not(.reveal-print) .reveal .controls{bottom:-${NAV_STRIP_PX - 3}px;right:12px;font-size:7px;color:${c('text')}}
html:not(.reveal-print) .reveal .controls .navigate-left,html:not(.reveal-print) .reveal .controls .navigate-right{bottom:0}
html:not(.reveal-print) .reveal .controls .navigate-left{right:4.4em}
html:not(.reveal-print) .reveal .controls .navigate-up,html:not(.reveal-print) .reveal .controls .navigate-down{display:none}
.reveal{font-family:${body};color:${c('text')};font-kerning:normal;font-variant-ligatures:normal;-webkit-font-smoothing:antialiased}
.reveal .slides{text-align:left}
.reveal .slides>section.layar-slide{width:1280px;height:720px;top:0;left:0;margin:0;padding:0;box-sizing:border-box;text-align:left;overflow:visible}
.layar-slide *{box-sizing:border-box;margin:0;padding:0;border:0}
.layar-slide .layar-abs{position:absolute}
.layar-kind-title{color:${c('titleSlideText')}}
.layar-kind-section{color:${c('sectionText')}}
.layar-placed{display:flex;flex-direction:column;justify-content:center;overflow-wrap:break-word}
.layar-placed>span{display:block}
h1.layar-title,h2.layar-title{font-family:${fontStack(theme.fonts.heading, 'sans-serif')};font-weight:700;color:${c('title')}}
.layar-kind-title h1.layar-title,.layar-kind-title .layar-subtitle,.layar-kind-title .layar-byline{color:${c('titleSlideText')}}
.layar-kind-section h2.layar-title{color:${c('sectionText')}}
${layoutTitleCss(theme)}.layar-caption{color:${c('muted')};font-style:italic}
.layar-chrome{color:${c('muted')};white-space:nowrap;overflow:hidden}
.layar-kind-title .layar-chrome{color:${c('titleSlideText')}}
.layar-kind-section .layar-chrome{color:${c('sectionText')}}
.layar-slide .layar-banner{font-weight:700;text-align:center}
.layar-footer{text-align:left}
.layar-organization{text-align:center}
.layar-slide-number{text-align:right}
.layar-text{overflow-wrap:break-word}
.layar-text p{margin-bottom:var(--layar-space)}
.layar-text ul,.layar-text ol{list-style:none;padding-left:var(--layar-indent)}
.layar-text li{position:relative}
.layar-text li::before{position:absolute;left:calc(-1 * var(--layar-indent));font-family:${body};font-style:normal;font-weight:400}
.layar-text li[data-marker]::before{content:attr(data-marker)}
.layar-text li.number::before{content:counter(list-item) "."}
${bulletLookCss(theme)}.layar-text li.task-open::before,.layar-text li.task-done::before{font-family:${symbols}}
.layar-text blockquote{margin-left:var(--layar-indent);font-style:italic;color:${c('muted')}}
.layar-slide strong{font-weight:700}
.layar-slide em{font-style:italic}
.layar-slide del{text-decoration:line-through}
.layar-slide sub,.layar-slide sup{font-size:${SCRIPT_SCALE}em;line-height:0;position:relative;vertical-align:baseline}
.layar-slide sup{top:-0.5em}
.layar-slide .layar-small-caps{font-size:${SMALL_CAPS_SCALE}em}
.layar-slide .layar-underline{text-decoration:underline}
.layar-slide .layar-mark{background:#${MARK_COLORS.background};color:#${MARK_COLORS.text}}
.layar-slide sub{bottom:-0.4em}
.layar-slide code{font-family:${mono};font-size:1em;white-space:normal}
.layar-slide a,.layar-slide a:visited{color:${c('link')};text-decoration:underline;position:static}
.layar-table{table-layout:fixed;border-collapse:collapse;border-spacing:0}
.layar-table th,.layar-table td{padding:var(--layar-cell-y) var(--layar-cell-x);border:1px solid ${c('tableBorder')};vertical-align:top;overflow-wrap:break-word}
.layar-table th{background:${c('tableHeaderBackground')};color:${c('tableHeaderText')};font-weight:700}
.layar-table tr.layar-row td{background:${c('tableRowBackground')}}
.layar-table tr.layar-row-alt td{background:${c('tableRowAltBackground')}}
.reveal .layar-figure img{margin:0;border:0;box-shadow:none;background:none;display:block;max-width:none;max-height:none;object-fit:fill}
.reveal img.layar-logo{margin:0;border:0;box-shadow:none;background:none;display:block;max-width:none;max-height:none;object-fit:fill}
.layar-placeholder{background:${c('codeBackground')};color:${c('codeText')};overflow-wrap:anywhere}
.reveal .slides pre.layar-code{font-family:${mono};background:${c('codeBackground')};color:${c('codeText')};white-space:pre;overflow:visible;tab-size:4;margin:0;box-shadow:none;word-wrap:normal}
.reveal .slides pre.layar-code code{display:block;font-family:inherit;font-size:inherit;line-height:inherit;padding:0;margin:0;max-height:none;overflow:visible;white-space:inherit;word-wrap:normal}
.reveal .slides pre.layar-code code *{font-family:inherit;font-size:inherit;line-height:inherit}
`
}

/**
 * The template's bullet colours and sizes by level (`bulletLooks`), on the
 * bullet markers of that level (`li.bullet-N::before`), as the PPTX's
 * `a:buClr`/`a:buSzPct` draw them; none for layar's own themes.
 */
function bulletLookCss(theme: Theme): string {
  return (theme.bulletLooks ?? [])
    .map((look, level) => {
      const color = look.color === null ? '' : `color:${cssColor(look.color)};`
      const size = look.size === null ? '' : `font-size:${Math.round(look.size * 1000) / 10}%;`
      return color === '' && size === '' ? '' : `.layar-text li.bullet-${level}::before{${color}${size}}\n`
    })
    .join('')
}

/** Each body layout's own title colour (`layouts:`), after the general title rule so it wins; none when left at `colors.title`. */
function layoutTitleCss(theme: Theme): string {
  return Object.entries(theme.layouts)
    .filter(([, style]) => style.title !== theme.colors.title)
    .map(([name, style]) => `.layar-kind-${name} h2.layar-title{color:${cssColor(style.title)}}`)
    .map((rule) => `${rule}\n`)
    .join('')
}

/**
 * A CSS font-family list: the embedded web font, the office font it matches, a generic family.
 *
 * @throws TypeError if a font name holds characters that have no place in a family name.
 */
export function fontStack(font: FontPair, generic: 'sans-serif' | 'monospace'): string {
  return `${quoteFamily(font.web)},${quoteFamily(font.office)},${generic}`
}

function quoteFamily(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(name)) {
    throw new TypeError(`Font name ${JSON.stringify(name)} is not a plain family name; use letters, digits, spaces, dots, dashes.`)
  }
  return `"${name}"`
}
