import type { ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import type { DeckMeta } from '../../model/index.js'
import type { RevealAssets } from './reveal-assets.js'
import { jsonForScript, styleForInline } from './script-text.js'

/**
 * The reveal.js options every deck uses. The layout has placed everything on
 * a 1280 × 720 canvas, so reveal.js only scales it (no centring, no margin),
 * and the slide number is drawn by the deck itself (`current/total`), not by
 * reveal.js.
 */
export const REVEAL_CONFIG = {
  width: 1280,
  height: 720,
  margin: 0,
  minScale: 0.2,
  maxScale: 2,
  center: false,
  disableLayout: false,
  hash: true,
  slideNumber: false,
  progress: true,
  controls: true,
  transition: 'none',
  backgroundTransition: 'none',
} as const

/** HTML already serialised, put into the page as it is (hast-util-to-html's `raw` node, with `allowDangerousHtml`). */
export interface RawHtml {
  type: 'raw'
  value: string
}

/** What goes into the page shell. */
export interface DocumentParts {
  meta: DeckMeta
  /** The deck's own CSS: font faces, then theme rules. */
  css: string
  /** The slides' sections, each serialised. */
  slides: RawHtml[]
  /** reveal.js's files, read once (see `revealAssets`). */
  reveal: RevealAssets
}

/**
 * The page: `<html lang>`, head with title, description, generator and the
 * inlined reveal.js CSS; body with `.reveal > .slides`, then reveal.js, its
 * notes plugin and the start-up script, all inline so the file works offline.
 */
export function documentToHast({ meta, css, slides, reveal }: DocumentParts): Root {
  const description = meta.subtitle ?? meta.title
  const start = `(function(){var config=${jsonForScript(REVEAL_CONFIG)};config.plugins=[RevealNotes];Reveal.initialize(config);})();`
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', meta.title),
    h('meta', { name: 'description', content: description }),
    h('meta', { name: 'generator', content: 'layar' }),
    h('style', reveal.css),
    h('style', styleForInline(css)),
  ])
  const body = h('body', [
    h('div', { className: ['reveal'] }, [{ ...h('div', { className: ['slides'] }), children: slides as unknown as ElementContent[] }]),
    h('script', reveal.js),
    h('script', reveal.notesJs),
    h('script', start),
  ])
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: meta.lang }, [head, body])] }
}
