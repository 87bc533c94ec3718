import { join } from 'node:path'
import { build } from '../../src/index.js'
import type { BuildDeckResult } from '../../src/build/build-deck.js'

/** The click-by-click fixture deck: incremental lists, pauses, columns, split slides. */
export const stepsDeck = join(import.meta.dirname, '..', 'fixtures', 'builds', 'steps.md')

/** Builds the click-by-click deck (HTML and PPTX, nothing written) and returns its result. */
export async function buildSteps(): Promise<Omit<BuildDeckResult, 'outputs'> & { outputs: { html: string; pptx: Uint8Array } }> {
  const result = await build({ inputs: [stepsDeck], formats: ['html', 'pptx'], dryRun: true })
  if (result.type !== 'done') throw new Error(`build failed: ${JSON.stringify(result)}`)
  const deck = result.decks[0]
  const html = deck?.outputs?.html
  const pptx = deck?.outputs?.pptx
  if (deck === undefined || typeof html !== 'string' || !(pptx instanceof Uint8Array)) throw new Error(`no outputs: ${String(deck?.file.messages)}`)
  return { ...deck, outputs: { html, pptx } }
}
