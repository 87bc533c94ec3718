import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { buildDeck, createBuildCache } from '../../src/build/index.js'
import { htmlDeck, pptxSlide, type BuiltSlide } from '../support/built-slides.js'
import { readPptx } from '../support/pptx.js'

/**
 * Random small decks that mix what users write (headings, lists, tables, code,
 * missing images, pauses, attributes, spans, callouts, definition lists,
 * footnotes, notes, columns). For every deck that
 * builds: no exception, the HTML and the PPTX have the same slides with the
 * same words in the same order, and the layout reports no overflow.
 * Words come from a fixed vocabulary, so a word out of order or missing in
 * one output is easy to read in a counterexample.
 */
const vocabulary = ['kapal', 'layar', 'angin', 'laut', 'pantai', 'bendera', 'kompas', 'peta', 'awak', 'dermaga', 'ombak', 'bintang', 'garis', 'pulau', 'jangkar', 'nakhoda']
const word = fc.constantFrom(...vocabulary)
const words = (max: number): fc.Arbitrary<string> => fc.array(word, { minLength: 1, maxLength: max }).map((list) => list.join(' '))

/** Attributes pandoc users put on a slide heading. */
const headingAttributes = fc.constantFrom('', ' {.smaller}', ' {#bagian-satu}', ' {background-color="#EEF2F7"}', ' {.incremental}', ' {.nonincremental}')

const list = fc.tuple(fc.boolean(), fc.array(words(6), { minLength: 1, maxLength: 4 })).map(([ordered, items]) => items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n'))
const nested = fc.tuple(words(5), words(5), words(5)).map(([a, b, c]) => `- ${a}\n    - ${b}\n- ${c}`)
const table = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.array(words(3), { minLength: 12, maxLength: 12 }))
  .map(([columns, rows, cells]) => {
    const row = (r: number): string => `| ${cells.slice(r * columns, r * columns + columns).join(' | ')} |`
    return [row(0), `|${'---|'.repeat(columns)}`, ...Array.from({ length: rows }, (_, r) => row(r + 1))].join('\n')
  })
const code = fc.tuple(fc.constantFrom('', 'python', 'js', 'bash'), fc.array(words(4), { minLength: 1, maxLength: 5 })).map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``)
const missingImage = fc.tuple(words(3), fc.constantFrom('', '{width=40%}', '{height=2in}')).map(([alt, attributes]) => `![${alt}](tidak-ada.png)${attributes}`)
const columns = fc.tuple(words(6), words(6)).map(([left, right]) => `:::: columns\n::: {.column width="50%"}\n${left}\n:::\n::: {.column width="50%"}\n${right}\n:::\n::::`)

/** One block of a slide body. */
const block = fc.oneof(
  { arbitrary: words(12), weight: 3 },
  { arbitrary: words(6).map((text) => `**${text}** dan _${text}_`), weight: 1 },
  { arbitrary: list, weight: 3 },
  { arbitrary: nested, weight: 1 },
  { arbitrary: list.map((items) => `::: incremental\n${items}\n:::`), weight: 1 },
  { arbitrary: table, weight: 2 },
  { arbitrary: code, weight: 2 },
  { arbitrary: missingImage, weight: 1 },
  { arbitrary: fc.constant('. . .'), weight: 2 },
  { arbitrary: words(5).map((text) => `::: fragment\n${text}\n:::`), weight: 1 },
  { arbitrary: words(8).map((text) => `::: notes\n${text}\n:::`), weight: 1 },
  { arbitrary: columns, weight: 1 },
  { arbitrary: words(6).map((text) => `> ${text}`), weight: 1 },
  { arbitrary: fc.tuple(words(3), words(3), words(3)).map(([a, b, c]) => `${a} [${b}]{.underline} ${c}`), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('note', 'tip', 'warning'), words(3), words(8)).map(([kind, title, text]) => `::: {.callout-${kind} title="${title}"}\n${text}\n:::`), weight: 1 },
  { arbitrary: fc.tuple(words(2), words(6)).map(([term, text]) => `${term}\n:   ${text}`), weight: 1 },
  { arbitrary: fc.tuple(words(4), words(5)).map(([text, note]) => `${text}^[${note}]`), weight: 1 },
)

/** One slide (a `##` heading, sometimes after a `#` section) or a `---` slide without a title. */
const slide = fc.oneof(
  fc.tuple(fc.option(words(3), { freq: 4 }), words(4), headingAttributes, fc.array(block, { minLength: 0, maxLength: 4 })).map(
    ([section, title, attributes, blocks]) => [...(section === null ? [] : [`# ${section}`]), `## ${title}${attributes}`, ...blocks].join('\n\n'),
  ),
  fc.array(block, { minLength: 1, maxLength: 3 }).map((blocks) => ['---', ...blocks].join('\n\n')),
)

const frontMatter = fc.tuple(words(3), fc.boolean()).map(([title, incremental]) => `---\ntitle: ${title}\nlang: id\n${incremental ? 'incremental: true\n' : ''}---`)
const deckSource = fc.tuple(frontMatter, fc.array(slide, { minLength: 1, maxLength: 4 })).map(([front, slides]) => `${front}\n\n${slides.join('\n\n')}\n`)

/** Every word a slide shows or says, in reading order: title, content, notes. */
function wordsOf(slide: BuiltSlide): { title: string[]; body: string[]; notes: string[] } {
  const split = (texts: string[]): string[] => texts.join(' ').split(/[^\p{L}\p{N}]+/u).filter((token) => vocabulary.includes(token))
  return { title: split([slide.title]), body: split(slide.body), notes: split(slide.notes) }
}

describe('random decks that build', () => {
  test('never throw; both outputs show the same slides with the same words in the same order; nothing overflows', async () => {
    const cache = createBuildCache()
    let built = 0
    await fc.assert(
      fc.asyncProperty(deckSource, async (source) => {
        const file = new VFile({ path: 'acak.md', value: source })
        const result = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 1764028800, themeContext: null }, async () => null, cache)
        if (result.outputs === null) {
          expect(file.messages.filter((message) => message.fatal === true).length).toBeGreaterThan(0)
          return
        }
        built += 1
        const html = htmlDeck(result.outputs.html ?? '').slides.map(wordsOf)
        const pkg = await readPptx(result.outputs.pptx ?? new Uint8Array())
        const pptx = pkg.slides.map((path) => wordsOf(pptxSlide(pkg, path)))
        expect(pptx).toEqual(html)
        expect(html.length).toBe(result.laidOut?.slides.length)
        const overflowing = (result.laidOut?.slides ?? []).flatMap((laid, index) => ('fit' in laid && laid.fit.type === 'overflows' ? [index] : []))
        expect(overflowing).toEqual([])
        expect(file.messages.filter((message) => message.ruleId === 'fit-overflow').map(String)).toEqual([])
      }),
      // 20 decks: ~1 s each on a loaded machine, after the first build loads the fonts (~10 s).
      { numRuns: 20, endOnFailure: true },
    )
    // Most generated decks build (a missing image is a warning): the property is not vacuous.
    expect(built).toBeGreaterThan(12)
  }, 120_000)
})
