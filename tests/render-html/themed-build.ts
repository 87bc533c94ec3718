import { VFile } from 'vfile'
import { buildDeck, type BuildDeckResult } from '../../src/build/index.js'

/**
 * Builds Markdown held in memory with a shipped theme, as `layar build --theme`
 * does (no images, no path themes), and fails the test when the build reports
 * an error, showing the messages.
 */
export async function buildWithTheme(markdown: string, theme: string, formats: ('html' | 'pptx')[] = ['html']): Promise<BuildDeckResult> {
  const file = new VFile({ path: 'deck.md', value: markdown })
  const result = await buildDeck(file, { formats, theme, sourceDateEpoch: 0, themeContext: null }, async () => null)
  if (result.outputs === null) throw new Error(`the deck does not build with ${theme}: ${file.messages.map(String).join('\n')}`)
  return result
}
