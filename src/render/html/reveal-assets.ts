import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { HtmlCache } from './html-cache.js'
import { scriptForInline, styleForInline } from './script-text.js'

/** reveal.js's stylesheet, core script and notes plugin, as text ready to inline. */
export interface RevealAssets {
  css: string
  js: string
  notesJs: string
}

const require = createRequire(import.meta.url)

/**
 * The installed reveal.js files the deck inlines: `dist/reveal.css`,
 * `dist/reveal.js` and `dist/plugin/notes.js` (UMD builds, which define the
 * `Reveal` and `RevealNotes` globals), escaped for inline `<script>`/`<style>`.
 *
 * Note: read once and kept in `cache` (the dev server rebuilds often).
 *
 * @throws TypeError if reveal.js is not installed.
 */
export function revealAssets(cache: HtmlCache): RevealAssets {
  if (cache.reveal) return cache.reveal
  const read = (id: string): string => {
    try {
      return readFileSync(require.resolve(id), 'utf8')
    } catch (error) {
      throw new TypeError(`reveal.js is not installed or incomplete; run npm install (${String(error)}).`)
    }
  }
  cache.reveal = {
    css: styleForInline(read('reveal.js/reveal.css')),
    js: scriptForInline(read('reveal.js'), 'reveal.js'),
    notesJs: scriptForInline(read('reveal.js/plugin/notes'), 'reveal.js/plugin/notes'),
  }
  return cache.reveal
}
