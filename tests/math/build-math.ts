import { join } from 'node:path'
import { build } from '../../src/index.js'

const repo = join(import.meta.dirname, '..', '..')

/** The math fixture decks (`tests/fixtures/math/`), one per language. */
export const MATH_DECKS = ['matematika.md', 'math-en.md'] as const

/** Builds a math fixture deck as `layar build` does (nothing written): its outputs and messages. */
export async function buildMathDeck(name: string): Promise<{ html: string; pptx: Uint8Array; messages: string[] }> {
  const result = await build({ inputs: [join('tests/fixtures/math', name)], formats: ['html', 'pptx'], cwd: repo, dryRun: true })
  if (result.type !== 'done') throw new Error(`build failed: ${JSON.stringify(result)}`)
  const deck = result.decks[0]
  const html = deck?.outputs?.html
  const pptx = deck?.outputs?.pptx
  if (deck === undefined || typeof html !== 'string' || pptx === undefined || pptx === null) throw new Error(`no outputs: ${String(deck?.file.messages)}`)
  return { html, pptx, messages: deck.file.messages.map((message) => `${message.ruleId ?? ''}: ${message.reason}`) }
}
