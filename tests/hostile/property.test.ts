import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { buildDeck, type BuildDeckResult } from '../../src/build/index.js'
import { drawingText, htmlSlides, pptxSlideParts } from '../support/outputs.js'

/** A word: graphemes of letters, marks, digits and emoji (with ZWJ/VS16), never Markdown syntax. */
const word = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 6 })
  .filter((text) => /^[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\u200D\uFE0F\u{1F3FB}-\u{1F3FF}]+$/u.test(text) && !/^\p{M}/u.test(text))
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(' '))

/** One block of slide Markdown. */
const block = fc.oneof(
  words.map((text) => `## ${text}`),
  words.map((text) => `# ${text}`),
  words,
  words.map((text) => `**${text}** dan _${text}_`),
  fc.array(words, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.array(words, { minLength: 1, maxLength: 3 }).map((items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n')),
  fc.tuple(words, words).map(([a, b]) => `- ${a}\n  - ${b}`),
  words.map((text) => `> ${text}`),
  fc.tuple(words, words).map(([a, b]) => `| ${a} | x |\n|---|---|\n| ${b} | y |`),
  words.map((text) => `\`\`\`\n${text}\n\`\`\``),
  words.map((text) => `::: notes\n${text}\n:::`),
  fc.constant('---'),
)

const markdown = fc.tuple(words, fc.array(block, { minLength: 1, maxLength: 8 })).map(([title, blocks]) => `---\ntitle: "${title}"\n---\n\n${blocks.join('\n\n')}\n`)

async function build(source: string): Promise<BuildDeckResult> {
  const file = new VFile({ path: 'input.md', value: source })
  const options = { formats: ['html', 'pptx'] as const, theme: null, sourceDateEpoch: 1764028800, themeContext: null }
  return buildDeck(file, options, async () => null)
}

async function outputs(result: BuildDeckResult): Promise<{ htmlSlides: number; pptxSlides: number; htmlText: string; pptxText: string }> {
  const html = htmlSlides(result.outputs?.html ?? '')
  const pptx = await pptxSlideParts(result.outputs?.pptx ?? new Uint8Array())
  return { htmlSlides: html.sections, pptxSlides: pptx.slides.length, htmlText: html.text, pptxText: [...pptx.slides, ...pptx.notes].map(drawingText).join('\n') }
}

describe('generated Markdown', () => {
  test('structured decks: never throw, same slide count, every word in both outputs or in a message', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (source) => {
        const result = await build(source)
        const messages = result.file.messages.map((message) => message.reason).join('\n')
        if (result.outputs === null) {
          expect(result.file.messages.some((message) => message.fatal)).toBe(true)
          return
        }
        const out = await outputs(result)
        expect(out.pptxSlides).toBe(out.htmlSlides)
        expect(out.htmlSlides).toBe(result.laidOut?.slides.length)
        const sourceWords = source.replace(/^---\ntitle: "|"\n---\n|::: notes/g, ' ').split(/[\s*_|`#>:-]+|\d+\./).filter((w) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(w))
        for (const w of sourceWords) {
          const inHtml = out.htmlText.includes(w) || messages.includes(w)
          const inPptx = out.pptxText.includes(w) || messages.includes(w)
          expect({ word: w, inHtml, inPptx }).toEqual({ word: w, inHtml: true, inPptx: true })
        }
      }),
      { numRuns: 30 },
    )
  })

  test('arbitrary grapheme text: never throws, only reports; outputs agree on slide count', async () => {
    const anything = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('\n', '\n\n', '## ', '- ', '---\n', '> ', '```\n', '::: notes\n', ':::\n', '|', '\u0000', '\r\n', '\u202E', '<script>')), { maxLength: 30 })
    await fc.assert(
      fc.asyncProperty(anything, async (parts) => {
        const result = await build(`---\ntitle: Acak\n---\n\n${parts.join('')}\n`)
        expect(result.file.messages.every((message) => message.ruleId !== undefined && message.line !== undefined)).toBe(true)
        if (result.outputs === null) return
        const out = await outputs(result)
        expect(out.pptxSlides).toBe(out.htmlSlides)
        expect(result.outputs.html).not.toContain('<script>window')
      }),
      { numRuns: 25 },
    )
  })
})
