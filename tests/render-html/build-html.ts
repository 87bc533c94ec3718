import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import type { Root } from 'hast'
import type { LaidOutDeck } from '../../src/layout/laid-out.js'
import type { ImageAssets } from '../../src/model/index.js'
import { deckToHtml } from '../../src/render/html/index.js'
import { formalTheme } from '../support/theme.js'
import { sampleAssets } from './sample-deck.js'

/** Renders a laid-out deck with the formal theme; returns the HTML and its parsed tree. */
export function render(deck: LaidOutDeck, assets: ImageAssets = sampleAssets): { html: string; tree: Root } {
  const html = deckToHtml(deck, formalTheme(), assets)
  return { html, tree: fromHtml(html) }
}

/** Writes a rendered deck to a fresh temporary folder and returns the file's path. */
export function writeDeck(html: string, name = 'deck.html'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'layar-html-')), name)
  writeFileSync(file, html)
  return file
}
